// The API's routes in groups, each imported on the first request under its paths: a cold start
// parses the app and the one group it serves, not zod's schemas of every route (esbuild makes each
// dynamic import a chunk of its own; `npm run bench -- --only cold-start` measures it).
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { ACTIVITY_READ_PATH, IMPORTS_PATH } from "./paths";

export type RouteGroup = {
  /** Hono path patterns of every route of the group (test/shared/api/route-groups.test.ts checks them). */
  paths: string[];
  /** Routes without a schema (plain Hono) are described in the document by another group. */
  load: () => Promise<(deps: Deps) => OpenAPIHono<AppEnv> | Hono<AppEnv>>;
};

const under = (...prefixes: string[]) => prefixes.flatMap((prefix) => [prefix, `${prefix}/*`]);

export const ROUTE_GROUPS: RouteGroup[] = [
  // Before the activities' group, whose paths hold it: a record's read loads only its own route.
  { paths: [ACTIVITY_READ_PATH], load: async () => (await import("./routes/activity-read")).activityReadRoutes },
  { paths: under("/activities"), load: async () => (await import("./routes/activities")).activityRoutes },
  {
    paths: under("/mentors", "/donors", "/labs", "/published-figures", "/report-texts"),
    load: async () => (await import("./routes/catalog")).catalogRoutes,
  },
  { paths: ["/reports/*"], load: async () => (await import("./routes/reports")).reportRoutes },
  {
    paths: ["/exports/activities/*", "/exports/donors/*"],
    load: async () => (await import("./routes/exports")).exportRoutes,
  },
  { paths: ["/exports/iati"], load: async () => (await import("./routes/iati")).iatiRoutes },
  { paths: ["/health/ready"], load: async () => (await import("./routes/health")).healthRoutes },
  { paths: under(IMPORTS_PATH), load: async () => (await import("./routes/imports")).importRoutes },
];

/** Where the document and its page are: they load every group. */
export const DOCUMENTATION_PATHS = ["/openapi.json", "/docs", "/assets/docs/*"];
