// The HTTP API: each group of routes, and the OpenAPI document with its page, imported on the
// first request that needs them (shared/api/route-groups.ts says why).
import { Hono } from "hono";
import type { AppEnv, Deps } from "../http/context";
import { lazyRoutes } from "../http/lazy-routes";
import { DOCUMENTATION_PATHS, ROUTE_GROUPS } from "./route-groups";

export function apiRoutes(deps: Deps) {
  const api = new Hono<AppEnv>();
  for (const group of ROUTE_GROUPS) {
    const routes = lazyRoutes(async () => (await group.load())(deps));
    for (const path of group.paths) api.use(path, routes);
  }
  const documentation = lazyRoutes(async () => (await import("./documentation")).documentationRoutes(deps));
  for (const path of DOCUMENTATION_PATHS) api.use(path, documentation);
  return api;
}
