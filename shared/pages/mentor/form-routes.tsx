// The activity form: shown, and, for a browser without the script, received and stored under
// the same rules as POST /activities.
import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { assertCanCreate } from "../../auth/policy";
import { ActivityInputSchema } from "../../domain/activity";
import { fieldIssues } from "../../domain/field-issues";
import type { AppEnv, Deps } from "../../http/context";
import { logActivity } from "../../use-cases/activities";
import { formInput } from "../client/form-input";
import { pageFor } from "../guard";
import { errorPage } from "./error-page";
import { formBody, renderForm } from "./form-response";
import { EMPTY_FORM, formState } from "./form-state";
import { activityPath, FORM_PATH } from "./paths";

export function formRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  // Each rendering gets its own key, kept in a hidden field: a form sent twice stores one activity.
  const mode = () => ({ kind: "new" as const, idempotencyKey: randomUUID() });

  app.get(FORM_PATH, pageFor("mentor", "manager", "admin"), (c) => renderForm(c, deps, mode(), EMPTY_FORM, 200));

  app.post(FORM_PATH, pageFor("mentor", "manager", "admin"), async (c) => {
    const identity = c.get("identity");
    try {
      // Who may not log activities is told so, whatever the form holds.
      assertCanCreate(identity);
      const { body, entries } = await formBody(c);
      const { input, fieldPath } = formInput(entries);
      const parsed = ActivityInputSchema.safeParse(input);
      if (!parsed.success) {
        return await renderForm(c, deps, mode(), formState(entries, fieldIssues(parsed.error), fieldPath), 400);
      }
      // The key of this rendering of the form, with the body: sending the same form twice stores
      // one activity, going back and changing it stores the new one.
      const key = typeof body.idempotencyKey === "string" ? body.idempotencyKey : undefined;
      const { activity: stored } = await logActivity(
        deps,
        identity,
        parsed.data,
        key ? { key, onOtherBody: "newRecord" } : undefined,
      );
      return c.redirect(`${activityPath(stored.id)}?created=1`, 303);
    } catch (error) {
      return errorPage(c, error);
    }
  });

  return app;
}
