// The app Lambda and the local server serve: the pages and the API behind one set of middleware
// (compression, security headers, body limit, CSRF where cookies act, authentication), one
// 404 and one error mapping.
import { Hono } from "hono";
import { compress } from "hono/compress";
import { csrf } from "hono/csrf";
import { requestId } from "hono/request-id";
import { apiRoutes } from "../api/api";
import { errorResponse } from "../api/error-response";
import { DEV_AUTH_PATH, IMPORTS_PATH, MAX_IMPORT_BYTES } from "../api/paths";
import { PAGES_PATH } from "../auth/session";
import type { AppEnv, Deps } from "../http/context";
import { lazyRoutes } from "../http/lazy-routes";
import { IMPORT_PAGE_PATH } from "../pages/import/paths";
import { authenticate } from "./authenticate";
import { limitBody } from "./body-limit";
import { requestLog } from "./request-log";
import { noStoreByDefault, securityHeaders } from "./security-headers";
import { utf8Bodies } from "./utf8-bodies";

/** Every path the pages serve is under one of these (test/shared/app/app.test.ts checks it). */
export const PAGE_PATHS = ["/", "/sign-in", "/auth/*", "/assets/*", PAGES_PATH, `${PAGES_PATH}/*`];

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  if (deps.telemetry) app.use(requestLog(deps.telemetry));
  // Mentors log activities from phones on slow links, and API Gateway's HTTP APIs do not compress:
  // pages, scripts and JSON shrink to a fifth or less. Spreadsheets and Word files already are zips.
  app.use(compress());
  app.use(securityHeaders());
  app.use(noStoreByDefault());
  // A spreadsheet may be larger than any JSON body; its route has its own limit.
  const bodyLimit = limitBody(deps.config.maxBodyBytes);
  const importLimit = limitBody(MAX_IMPORT_BYTES);
  const imports = new Set([IMPORTS_PATH, IMPORT_PAGE_PATH]);
  app.use((c, next) => (imports.has(c.req.path) ? importLimit(c, next) : bodyLimit(c, next)));
  app.use(utf8Bodies());

  // Where a browser's cookie or form can act (sign-in, sign-out, the pages and their API), a
  // request must come from this origin. Bearer-token clients carry no ambient credentials.
  app.use("/auth/*", csrf());
  app.use("/app/*", csrf());
  app.use(authenticate(deps.verifyToken, deps.gatewayIdentity));

  app.get("/health", (c) => c.json({ status: "ok" }));
  // The pages are imported on the first request for one: an API call's cold start does not parse them.
  const pages = lazyRoutes(() =>
    import("../pages/pages").then(({ pageRoutes }) => pageRoutes(deps, (request) => app.fetch(request))),
  );
  for (const path of PAGE_PATHS) app.use(path, pages);
  const { devIdentity } = deps;
  if (devIdentity) {
    const devAuth = lazyRoutes(async () => (await import("../api/routes/dev-auth")).devAuthRoutes(devIdentity));
    app.use(`${DEV_AUTH_PATH}/*`, devAuth);
  }
  app.route("/", apiRoutes(deps));

  app.notFound((c) => c.json({ error: "not_found", message: `No route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError(errorResponse(deps.telemetry?.logger));
  return app;
}
