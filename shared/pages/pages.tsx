// The pages for mentors, managers and donors, served by the same app as the API.
import { Hono } from "hono";
import { PAGES_PATH, sessionToken } from "../auth/session";
import type { AppEnv, Deps } from "../http/context";
import { donorPages } from "./donor/routes";
import { importPage } from "./import/import-page";
import { managerPages } from "./manager/routes";
import { mentorPages } from "./mentor/routes";
import { notFoundPage } from "./message-page";
import { homeOf, signInRoutes } from "./routes/sign-in";
import { APP_CSS } from "./styles";

/** Serves a request as the API would, e.g. the app's own fetch. */
export type Dispatch = (request: Request) => Response | Promise<Response>;

export function pageRoutes(deps: Deps, dispatch: Dispatch) {
  const app = new Hono<AppEnv>();
  app.route("/", signInRoutes(deps));

  app.get("/assets/app.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(APP_CSS, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  app.get(PAGES_PATH, (c) => c.redirect(homeOf(c.get("identity").role), 303));
  app.route("/", mentorPages(deps));
  app.route("/", managerPages(deps));
  app.route("/", donorPages(deps));
  app.route("/", importPage(deps));

  // The pages' scripts call the API here, same origin, with the session standing in for the
  // bearer token; the API checks the token and the rules exactly as for any other client.
  app.all(`${PAGES_PATH}/api/*`, async (c) => {
    const url = new URL(c.req.url);
    url.pathname = url.pathname.slice(`${PAGES_PATH}/api`.length);
    const headers = new Headers(c.req.raw.headers);
    headers.set("authorization", `Bearer ${sessionToken(c)}`);
    headers.delete("cookie");
    const body = ["GET", "HEAD"].includes(c.req.method) ? undefined : await c.req.arrayBuffer();
    return dispatch(new Request(url, { method: c.req.method, headers, body }));
  });

  // Any other address under /app is a page that does not exist: said as a page, in the visitor's language.
  app.get(`${PAGES_PATH}/*`, (c) => notFoundPage(c));

  return app;
}
