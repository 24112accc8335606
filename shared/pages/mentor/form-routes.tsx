// The activity form: shown, and, for a browser without the script, received and stored under
// the same rules as POST /activities.
import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../api/context";
import { fieldIssues } from "../../api/errors";
import { actorOf } from "../../auth/identity";
import { assertCanCreate, mentorOfRecord } from "../../auth/policy";
import { createActivity, newActivity } from "../../data/activities";
import { requestHash } from "../../data/idempotency";
import { ActivityInputSchema } from "../../domain/activity";
import { formInput } from "../client/form-input";
import { pageFor } from "../guard";
import { errorPage } from "./error-page";
import { formBody, renderForm } from "./form-response";
import { EMPTY_FORM, formState } from "./form-state";
import { activityPath, FORM_PATH } from "./paths";

export function formRoutes({ db }: Deps) {
  const app = new Hono<AppEnv>();
  // Each rendering gets its own key, kept in a hidden field: a form sent twice stores one activity.
  const mode = () => ({ kind: "new" as const, idempotencyKey: randomUUID() });

  app.get(FORM_PATH, pageFor("mentor", "manager", "admin"), (c) => renderForm(c, db, mode(), EMPTY_FORM, 200));

  app.post(FORM_PATH, pageFor("mentor", "manager", "admin"), async (c) => {
    const { body, entries } = await formBody(c);
    const { input, fieldPath } = formInput(entries);
    const parsed = ActivityInputSchema.safeParse(input);
    if (!parsed.success) {
      return renderForm(c, db, mode(), formState(entries, fieldIssues(parsed.error), fieldPath), 400);
    }
    const identity = c.get("identity");
    try {
      assertCanCreate(identity);
      // The key of this rendering of the form, with the body: sending the same form twice stores
      // one activity, going back and changing it stores the new one.
      const hash = requestHash(parsed.data);
      const key = typeof body.idempotencyKey === "string" ? body.idempotencyKey.slice(0, 64) : undefined;
      const claim = key
        ? { scope: `activities#${identity.id}`, key: `${key}-${hash.slice(0, 32)}`, requestHash: hash }
        : undefined;
      const activity = newActivity(parsed.data, actorOf(identity), { mentorId: mentorOfRecord(identity) });
      const { activity: stored } = await createActivity(db, activity, claim);
      return c.redirect(`${activityPath(stored.id)}?created=1`, 303);
    } catch (error) {
      return errorPage(c, error);
    }
  });

  return app;
}
