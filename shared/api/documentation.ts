// The OpenAPI document, built from every group of routes, and its page with its files.
import { createHash } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv, Deps } from "../http/context";
import { DOCS_ASSETS, type DocsAsset, docsAsset } from "./docs-assets";
import { DOCS_SCRIPT, docsPage } from "./docs-page";
import { validationHook } from "./errors";
import { type OpenApiDocument, openApiDocument, registerSecuritySchemes, servedDocument } from "./openapi-document";
import { ROUTE_GROUPS } from "./route-groups";

/** The page's files' URLs name their content's version, so browsers may keep them. */
async function docsVersion(): Promise<string> {
  const hash = createHash("sha256").update(DOCS_SCRIPT);
  for (const name of Object.keys(DOCS_ASSETS) as DocsAsset[]) hash.update(await docsAsset(name));
  return hash.digest("base64url").slice(0, 12);
}
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Every group's routes in one app: what the document describes. */
export async function allRoutes(deps: Deps): Promise<OpenAPIHono<AppEnv>> {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const group of ROUTE_GROUPS) api.route("/", (await group.load())(deps));
  registerSecuritySchemes(api);
  return api;
}

export async function documentationRoutes(deps: Deps) {
  const api = await allRoutes(deps);
  const docs = new OpenAPIHono<AppEnv>();
  // The document is built on the first request, then kept; `servers` names the address it was
  // asked at, so a client generated from it calls the same server.
  let document: OpenApiDocument | undefined;
  docs.get("/openapi.json", (c) => {
    document ??= openApiDocument(api);
    return c.json(servedDocument(document, new URL(c.req.url).origin));
  });
  let version: Promise<string> | undefined;
  docs.get("/docs", async (c) => {
    version ??= docsVersion().catch((error) => {
      version = undefined;
      throw error;
    });
    return c.html(docsPage(await version));
  });
  docs.get("/assets/docs/docs.js", (c) =>
    c.body(DOCS_SCRIPT, 200, { "Content-Type": "application/javascript; charset=utf-8", "Cache-Control": IMMUTABLE }),
  );
  for (const [name, type] of Object.entries(DOCS_ASSETS)) {
    docs.get(`/assets/docs/${name}`, async (c) =>
      c.body(new Uint8Array(await docsAsset(name as DocsAsset)), 200, {
        "Content-Type": type,
        "Cache-Control": IMMUTABLE,
      }),
    );
  }
  return docs;
}
