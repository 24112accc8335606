// Serves the mentor pages' script and style, and the service worker that keeps the form offline.
import { Hono } from "hono";
import type { AppEnv } from "../../http/context";
import { ASSETS, BODIES, SERVICE_WORKER } from "./assets";
import { SERVICE_WORKER_PATH, SERVICE_WORKER_SCOPE } from "./paths";

const current = new Set(Object.values(ASSETS));

export function assetRoutes() {
  const app = new Hono<AppEnv>();

  for (const [path, { body, type }] of Object.entries(BODIES)) {
    app.get(path, (c) => {
      const url = new URL(c.req.url);
      // The URL the pages link to names this very content: it may be kept. Any other is revalidated.
      const cache = current.has(`${url.pathname}${url.search}`) ? "public, max-age=31536000, immutable" : "no-cache";
      return c.body(body, 200, { "Content-Type": type, "Cache-Control": cache });
    });
  }

  app.get(SERVICE_WORKER_PATH, (c) =>
    c.body(SERVICE_WORKER, 200, {
      "Content-Type": "application/javascript; charset=utf-8",
      "Service-Worker-Allowed": SERVICE_WORKER_SCOPE,
      // Browsers look for a new worker on each visit; none should be kept in between.
      "Cache-Control": "no-cache",
    }),
  );

  return app;
}
