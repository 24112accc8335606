// The activity form: shown, and, for a browser without the script, received and stored under
// the same rules as POST /activities.
import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../api/context";
import { fieldIssues } from "../../api/errors";
import { actorOf } from "../../auth/identity";
import { assertCanCreate, mentorOfRecord } from "../../auth/policy";
import { createActivity, newActivity } from "../../data/activities";
import { donors } from "../../data/catalog";
import { requestHash } from "../../data/idempotency";
import { readPages } from "../../data/read-pages";
import { ActivityInputSchema } from "../../domain/activity";
import { formInput } from "../client/form-input";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { errorPage } from "./error-page";
import { FormPage } from "./form-page";
import { EMPTY_FORM, type FormState, formState } from "./form-state";
import { activityPath, FORM_PATH } from "./paths";

type FormBody = Record<string, string | File | (string | File)[]>;

/** The form's fields in their order, repeated names (countries, donors) once per value. */
const entriesOf = (body: FormBody): [string, string][] =>
  Object.entries(body).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((one) =>
      typeof one === "string" ? [[name, one] as [string, string]] : [],
    ),
  );

export function formRoutes({ db }: Deps) {
  const app = new Hono<AppEnv>();

  const render = async (c: Context<AppEnv>, state: FormState, status: 200 | 400) => {
    const donorList = await readPages((page) => donors.list(db, page));
    const page = (
      <FormPage
        language={pageLanguage(c)}
        identity={c.get("identity")}
        donors={donorList}
        state={state}
        idempotencyKey={randomUUID()}
      />
    );
    return c.html(page, status);
  };

  app.get(FORM_PATH, pageFor("mentor", "manager", "admin"), (c) => render(c, EMPTY_FORM, 200));

  app.post(FORM_PATH, pageFor("mentor", "manager", "admin"), async (c) => {
    const body = await c.req.parseBody({ all: true });
    const entries = entriesOf(body);
    const { input, fieldPath } = formInput(entries);
    const parsed = ActivityInputSchema.safeParse(input);
    if (!parsed.success) return render(c, formState(entries, fieldIssues(parsed.error), fieldPath), 400);
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
