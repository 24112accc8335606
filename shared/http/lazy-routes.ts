// Routes whose code is imported on their first request, not at every cold start: the import is
// dynamic, so esbuild puts their modules in a chunk of their own (infra/bundle.ts). They run as if
// mounted with app.route(): with who asks and the request id the app's middleware found, their
// errors thrown to the app's error mapping, and a path they do not serve left to the app's next
// routes.
import { Hono, type MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Identity } from "../auth/identity";
import type { AppEnv } from "./context";

/** What a request carries into the routes and back. */
type Carried = { requestId: string; identity: Identity | undefined; served: boolean; route?: string };

const carried = new WeakMap<Request, Carried>();

function carry(request: Request): Carried {
  const found = carried.get(request);
  if (!found) throw new Error("lazily loaded routes reached without the app");
  return found;
}

function mount(routes: Hono<AppEnv>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const from = carry(c.req.raw);
    c.set("requestId", from.requestId);
    if (from.identity) c.set("identity", from.identity);
    await next();
    from.route = routePath(c, -1);
  });
  app.route("/", routes);
  app.notFound((c) => {
    carry(c.req.raw).served = false;
    return c.body(null, 404);
  });
  app.onError((error) => {
    throw error;
  });
  return app;
}

/** Middleware serving `load()`'s routes, imported on the first request that reaches it. */
export function lazyRoutes(load: () => Promise<Hono<AppEnv>>): MiddlewareHandler<AppEnv> {
  let routes: Promise<Hono<AppEnv>> | undefined;
  return async (c, next) => {
    routes ??= load()
      .then(mount)
      .catch((error: unknown) => {
        routes = undefined;
        throw error;
      });
    const app = await routes;
    // The app's middleware may have read the body already (it checks that text is UTF-8).
    const raw = c.req.raw;
    const request = raw.bodyUsed
      ? new Request(raw.url, { method: raw.method, headers: raw.headers, body: await c.req.arrayBuffer() })
      : raw;
    const state: Carried = { requestId: c.get("requestId"), identity: c.get("identity"), served: true };
    carried.set(request, state);
    const response = await app.fetch(request, c.env);
    if (!state.served) return next();
    if (state.route) c.set("route", state.route);
    return response;
  };
}
