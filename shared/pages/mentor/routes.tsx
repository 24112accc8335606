// The mentor's pages (managers may log activities too): my activities, log an activity, one
// activity, correct it, submit a draft; the form's script, style and service worker.
//
// Stable hooks for browser tests:
//   form#activity-form          the form (data-mode="edit" at /app/activities/<id>/edit, where it
//                               is sent by the browser itself, with a hidden version); each input is named by its ActivityInput JSON path
//                               (title, countries, participants.total, participants.bySex.women,
//                               participants.byProfession.judges, outcomes.0.value, narrative.fr…)
//                               and has the id field-<path>; its error is #error-<path>
//   #form-errors                error summary (focused when shown), links to each error
//   #form-success               confirmation after a 201 (focused), links to the new activity
//   #form-conflict              edit: someone saved the record in between (role="alert", focused)
//   #form-offline               edit: the form was not sent, the network being down (role="alert")
//   #outbox                     aria-live="polite": activities kept on the device, waiting or
//                               needing attention; localStorage key "activity-outbox-v1"
//   #country-filter             the country search box; #country-list its checkboxes
//   #add-outcome                adds an outcome row (outcomes.1.*, …)
//   li#activity-<id>            a card of "My activities"; its form posts to
//                               /app/activities/<id>/submit; its "Edit" link, where the record may
//                               be changed, leads to /app/activities/<id>/edit
//   /assets/activity-form.js    the form's script; /assets/mentor.css; /app/sw.js the worker
//   form[data-submit]           a Submit button's form (list and activity page), sent by
//                               /assets/mentor-pages.js through the API, or kept on the device
//   #pending                    aria-live="polite": submissions waiting, sent or refused, and the
//                               note that the page is shown as last seen; localStorage key
//                               "activity-submit-queue-v1"
//   /app/offline                the page shown offline for a page never opened on the device
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../http/context";
import { assetRoutes } from "./asset-routes";
import { editRoutes } from "./edit-routes";
import { formRoutes } from "./form-routes";
import { listRoutes } from "./list-routes";
import { offlineRoutes } from "./offline-page";

export function mentorPages(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.route("/", assetRoutes());
  app.route("/", offlineRoutes());
  // Before the list's /app/activities/:id, which would take "new" for an id.
  app.route("/", formRoutes(deps));
  app.route("/", editRoutes(deps));
  app.route("/", listRoutes(deps));
  return app;
}
