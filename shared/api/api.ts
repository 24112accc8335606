// The HTTP API: every route built from the schemas, and the OpenAPI document they make.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, Deps } from "../http/context";
import { docsPage, type OpenApiDocument } from "./docs-page";
import { validationHook } from "./errors";
import { activityRoutes } from "./routes/activities";
import { donorRoutes, labRoutes, mentorRoutes, publishedFigureRoutes } from "./routes/catalog";
import { exportRoutes } from "./routes/exports";
import { iatiRoutes } from "./routes/iati";
import { reportRoutes } from "./routes/reports";

export const OPENAPI_INFO = {
  title: "Cybercrime capacity-building tracker",
  version: "1.0.0",
  description:
    "Activities of UNODC's Global Programme on Cybercrime — trainings, assessments, forensic labs, " +
    "equipment, campaigns — recorded by mentors, validated by managers and reported to the Commission.",
};

export function apiRoutes(deps: Deps) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.route("/", activityRoutes(deps));
  api.route("/", mentorRoutes(deps));
  api.route("/", donorRoutes(deps));
  api.route("/", labRoutes(deps));
  api.route("/", publishedFigureRoutes(deps));
  api.route("/", reportRoutes(deps));
  api.route("/", exportRoutes(deps));
  api.route("/", iatiRoutes(deps));

  api.doc31("/openapi.json", { openapi: "3.1.0", info: OPENAPI_INFO });
  let docs: ReturnType<typeof docsPage> | undefined;
  api.get("/docs", (c) => {
    // The document is built from the routes on the first request, then kept.
    docs ??= docsPage(api.getOpenAPI31Document({ openapi: "3.1.0", info: OPENAPI_INFO }) as OpenApiDocument);
    return c.html(docs);
  });
  return api;
}
