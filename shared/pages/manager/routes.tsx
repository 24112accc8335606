// The manager's pages (managers and admins): dashboard, validation queue and annual report.
//
// Stable hooks for end-to-end tests:
//   #dashboard-totals            the dashboard's cards (each .card has data-card="participants|countries|activities|labs")
//   #chart-theme                 participants by theme: the SVG (#chart-theme-svg) and its table (#chart-theme-table);
//                                also #chart-region, #chart-country, #chart-sex
//   #validation-queue            the queue; each item is li[data-activity-id], with buttons "Validate"/"Valider"
//                                and "Return to mentor"/"Renvoyer au mentor" (textarea name="comment")
//   #report-preview              the report as it stands (#report-body), with #report-downloads and #report-reconciliation
//   /app/records                 every activity of a year: search, filters, order, pages (see records.tsx)
//   /app/activities/<id>/history the audit trail of a record (see history.tsx)
//   /app/manage                  the reference records: mentors, donors (and what each funds), labs, published figures (see manage.tsx)
//   /assets/manager.css          the style of these pages and the donor page
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../http/context";
import { dashboardPage } from "./dashboard";
import { historyPage } from "./history";
import { managePages } from "./manage";
import { managerStyleRoute } from "./manager-css";
import { recordsPage } from "./records";
import { reportPage } from "./report";
import { validationPages } from "./validation";
import { yearsPage } from "./years";

export function managerPages(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.route("/", managerStyleRoute());
  app.route("/", yearsPage(deps));
  app.route("/", dashboardPage(deps));
  app.route("/", validationPages(deps));
  app.route("/", recordsPage(deps));
  app.route("/", historyPage(deps));
  app.route("/", managePages(deps));
  app.route("/", reportPage(deps));
  return app;
}
