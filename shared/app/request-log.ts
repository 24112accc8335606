// One log line per request, and the counts of what it did. The route is the pattern the request
// matched (/activities/:id), never the path, the query or a body: an id names a record, a query
// may name a person, and no personal data goes to the logs.
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import { METRICS, type Telemetry } from "../http/telemetry";

export function requestLog({ logger, metrics }: Telemetry): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const route = (c.get("route") as string | undefined) ?? routePath(c, -1);
    const status = c.res.status;
    const fields = {
      requestId: c.get("requestId") as string | undefined,
      method: c.req.method,
      route,
      status,
      latencyMs: Math.round(performance.now() - started),
    };
    if (status >= 500) logger.error("request failed", fields);
    else logger.info("request", fields);

    const count = (name: string) => metrics.addMetric(name, "Count", 1);
    if (status >= 500) count(METRICS.errors);
    if (
      c.req.method === "POST" &&
      route === "/activities" &&
      status === 201 &&
      !c.res.headers.get("idempotent-replayed")
    ) {
      count(METRICS.activitiesLogged);
    }
    if (c.req.method === "POST" && route === "/activities/:id/status" && status === 200) {
      const changed = (await c.res.clone().json()) as { status?: string };
      if (changed.status === "validated") count(METRICS.validations);
    }
    if (c.req.method === "GET" && route.startsWith("/reports/") && status === 200) count(METRICS.reportsGenerated);
  };
}
