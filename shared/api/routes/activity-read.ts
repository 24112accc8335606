// GET /activities/{id}, the API's most frequent request, served without zod: its one parameter is
// checked by hand, as its schema would (IdSchema), so that a cold start serving it loads neither
// zod nor the other activity routes' schemas. The operation is described in the OpenAPI document
// with the other activity routes (./activities.ts), from the same rule (shared/domain/ids.ts).
import { Hono } from "hono";
import { ValidationError } from "../../domain/errors";
import { ID_PATTERN, ID_RULE } from "../../domain/ids";
import type { AppEnv, Deps } from "../../http/context";
import { readActivity } from "../../use-cases/read-activity";
import { ACTIVITY_READ_PATH } from "../paths";

export function activityReadRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.get(ACTIVITY_READ_PATH, async (c) => {
    const id = c.req.param("id");
    // The path as the schema's validation hook names it (shared/api/errors.ts).
    if (!ID_PATTERN.test(id)) throw new ValidationError([{ path: "path.id", message: ID_RULE }]);
    const activity = await readActivity(deps, c.get("identity"), id);
    c.header("ETag", `"${activity.version}"`);
    return c.json(activity, 200);
  });
  return app;
}
