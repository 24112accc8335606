// The HTTP API: every route built from the schemas, the OpenAPI document they make, and its page.
import { createHash } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, Deps } from "../http/context";
import { DOCS_ASSETS, type DocsAsset, docsAsset } from "./docs-assets";
import { DOCS_SCRIPT, docsPage } from "./docs-page";
import { validationHook } from "./errors";
import { type OpenApiDocument, openApiDocument, registerSecuritySchemes, servedDocument } from "./openapi-document";
import { activityRoutes } from "./routes/activities";
import { donorRoutes, labRoutes, mentorRoutes, publishedFigureRoutes, reportTextsRoutes } from "./routes/catalog";
import { exportRoutes } from "./routes/exports";
import { healthRoutes } from "./routes/health";
import { iatiRoutes } from "./routes/iati";
import { importRoutes } from "./routes/imports";
import { reportRoutes } from "./routes/reports";

export { OPENAPI_INFO } from "./openapi-document";

/** The page's files' URLs name their content's version, so browsers may keep them. */
async function docsVersion(): Promise<string> {
  const hash = createHash("sha256").update(DOCS_SCRIPT);
  for (const name of Object.keys(DOCS_ASSETS) as DocsAsset[]) hash.update(await docsAsset(name));
  return hash.digest("base64url").slice(0, 12);
}
const IMMUTABLE = "public, max-age=31536000, immutable";

export function apiRoutes(deps: Deps) {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.route("/", activityRoutes(deps));
  api.route("/", mentorRoutes(deps));
  api.route("/", donorRoutes(deps));
  api.route("/", labRoutes(deps));
  api.route("/", publishedFigureRoutes(deps));
  api.route("/", reportTextsRoutes(deps));
  api.route("/", reportRoutes(deps));
  api.route("/", exportRoutes(deps));
  api.route("/", healthRoutes(deps));
  api.route("/", iatiRoutes(deps));
  api.route("/", importRoutes(deps));
  registerSecuritySchemes(api);

  // The document is built from the routes on the first request, then kept; `servers` names the
  // address it was asked at, so a client generated from it calls the same server.
  let document: OpenApiDocument | undefined;
  api.get("/openapi.json", (c) => {
    document ??= openApiDocument(api);
    return c.json(servedDocument(document, new URL(c.req.url).origin));
  });
  let version: Promise<string> | undefined;
  api.get("/docs", async (c) => {
    version ??= docsVersion().catch((error) => {
      version = undefined;
      throw error;
    });
    return c.html(docsPage(await version));
  });
  api.get("/assets/docs/docs.js", (c) =>
    c.body(DOCS_SCRIPT, 200, { "Content-Type": "application/javascript; charset=utf-8", "Cache-Control": IMMUTABLE }),
  );
  for (const [name, type] of Object.entries(DOCS_ASSETS)) {
    api.get(`/assets/docs/${name}`, async (c) =>
      c.body(new Uint8Array(await docsAsset(name as DocsAsset)), 200, {
        "Content-Type": type,
        "Cache-Control": IMMUTABLE,
      }),
    );
  }
  return api;
}
