// Correcting an activity from the pages: the form prefilled from the record, and, sent by the
// browser itself (with or without the script), stored as PUT /activities/{id} stores it: the same
// rules, on the version the form was read at.
import type { Context } from "hono";
import { Hono } from "hono";
import { ActivityInputSchema } from "../../domain/activity";
import { ValidationError, VersionConflictError } from "../../domain/errors";
import { fieldIssues } from "../../domain/field-issues";
import type { AppEnv, Deps } from "../../http/context";
import { activityToEdit, correctActivity } from "../../use-cases/activities";
import { formInput } from "../client/form-input";
import { pageFor } from "../guard";
import { activityEntries } from "./activity-entries";
import { errorPage } from "./error-page";
import { formBody, renderForm } from "./form-response";
import { formState } from "./form-state";
import { activityPath, LIST_PATH } from "./paths";
import { withUnshownFields } from "./unshown-fields";

const EDIT_ROUTE = `${LIST_PATH}/:id/edit`;
const asTyped = (path: string) => path;

/**
 * A form prefilled from a record must not come back from the browser's cache holding an older
 * version (going back after saving), nor stay on a shared device.
 */
const uncached = (c: Context<AppEnv>) => c.header("Cache-Control", "no-store");

export function editRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const staff = pageFor("mentor", "manager", "admin");

  app.get(EDIT_ROUTE, staff, async (c) => {
    const identity = c.get("identity");
    try {
      const record = await activityToEdit(deps, identity, c.req.param("id"));
      uncached(c);
      const state = formState(activityEntries(record), [], asTyped);
      return await renderForm(c, deps, { kind: "edit", record, version: record.version }, state, 200);
    } catch (error) {
      return errorPage(c, error);
    }
  });

  app.post(EDIT_ROUTE, staff, async (c) => {
    const identity = c.get("identity");
    const id = c.req.param("id");
    const { body, entries } = await formBody(c);
    // The version the form was read at: anything else than a number is as stale as an old one.
    const version = Number(body.version);
    try {
      const record = await activityToEdit(deps, identity, id);
      uncached(c);
      const { input, fieldPath } = formInput(entries);
      const parsed = ActivityInputSchema.safeParse(input);
      const again = (issues: ValidationError["issues"]) =>
        renderForm(c, deps, { kind: "edit", record, version }, formState(entries, issues, fieldPath), 400);
      if (!parsed.success) return await again(fieldIssues(parsed.error));
      try {
        await correctActivity(deps, identity, id, { input: withUnshownFields(record, parsed.data), version });
      } catch (error) {
        // A donor ticked that is no longer on record: said next to the donors, like any other issue.
        if (error instanceof ValidationError) return await again(error.issues);
        if (!(error instanceof VersionConflictError)) throw error;
        // Someone saved in between: the form keeps what was typed, at the version held now, so that
        // saving it again, once the other change is read, replaces that one knowingly.
        const current = await activityToEdit(deps, identity, id);
        const mode = { kind: "edit" as const, record: current, version: current.version, conflict: true };
        return await renderForm(c, deps, mode, formState(entries, [], fieldPath), 409);
      }
      return c.redirect(`${activityPath(id)}?saved=1`, 303);
    } catch (error) {
      return errorPage(c, error);
    }
  });

  return app;
}
