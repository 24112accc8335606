// Readiness for load balancers and alarms: 200 when the database answers, 503 with Retry-After when
// it does not. Liveness (/health) stays in the app and touches nothing.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { AppEnv, Deps } from "../../http/context";
import { checkReady } from "../../use-cases/health";
import { ErrorSchema, validationHook } from "../errors";

const ReadySchema = z.object({ status: z.literal("ok"), database: z.literal("ok") }).meta({ id: "Ready" });

export function healthRoutes(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(
    createRoute({
      method: "get",
      path: "/health/ready",
      operationId: "getReadiness",
      // Load balancers and alarms call it without a token.
      security: [],
      tags: ["Health"],
      summary: "Whether the API can serve data: its database answers",
      responses: {
        200: { description: "Ready", content: { "application/json": { schema: ReadySchema } } },
        503: {
          description: "The database does not answer (Retry-After says when to look again)",
          content: { "application/json": { schema: ErrorSchema } },
        },
      },
    }),
    async (c) => c.json(await checkReady(deps), 200),
  );
  return app;
}
