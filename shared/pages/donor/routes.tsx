// The donor's page: what its organisation funded in a year. Donors see their own organisation
// only, whatever the address says; managers and admins choose any donor (&donor=<id>).
//
// Stable hooks for end-to-end tests:
//   #donor-summary               the totals (each .card has data-card="activities|<measure>|countries|labs",
//                                one card per measure of people: practitionersTrained, peopleReached…)
//   #donor-chart-theme-<measure> a measure by theme: the SVG (#donor-chart-theme-<measure>-svg) and its table
//   #donor-countries-<measure>-table  a measure by country, with "not attributed" and the total
//   #donor-activities            a page of the activities, each li[data-activity-id], with its narrative,
//                                and a[rel=next] to the next page if there is one
//   link "Download the activities (CSV)" / "Télécharger les activités (CSV)"
import { type Context, Hono } from "hono";
import { assertCanReadDonorSummary } from "../../auth/policy";
import type { Donor } from "../../domain/donor";
import { NotFoundError } from "../../domain/errors";
import type { AppEnv, Deps } from "../../http/context";
import { donorSummary } from "../../report/donor-summary";
import { donorCatalog } from "../../use-cases/catalog";
import { donorYearSummary, donorYears } from "../../use-cases/reports";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { ManagerStyle } from "../manager/manager-css";
import { messagePage } from "../message-page";
import { latestYear, pageYear, withQuery, YearForm, yearAsked } from "../year";
import { DonorPicker } from "./donor-picker";
import { SummaryView } from "./summary-view";
import { DONOR_WORDS } from "./words";

const PATH = "/app/donor";
/** Activities told on one page; the totals above them count all of them. */
const ACTIVITIES_PER_PAGE = 25;

export function donorPages(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get(PATH, pageFor("donor", "manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const words = DONOR_WORDS[language];
    const identity = c.get("identity");
    const valid = pageYear(c);
    if (valid === undefined) return messagePage(c, { title: words.pickTitle, message: words.badYear, status: 400 });
    // A year the address does not name is not carried to the next page, which picks its own.
    const askedYear = yearAsked(c) ? valid : undefined;
    const donorId = identity.role === "donor" ? identity.donorId : c.req.query("donor") || undefined;
    if (!donorId) {
      // A donor user is always bound to its organisation; only staff are offered the list of donors.
      if (identity.role === "donor")
        return messagePage(c, { title: words.pickTitle, message: words.unknownDonor, status: 404 });
      return pickerPage(c, deps, askedYear);
    }
    assertCanReadDonorSummary(identity, donorId);
    // Without ?year=, the latest year with a validated activity this donor funds.
    const withRecords = await donorYears(deps, identity, donorId);
    const year = askedYear ?? latestYear(withRecords);
    let summary: ReturnType<typeof donorSummary>;
    try {
      summary = donorSummary(
        await donorYearSummary(deps, identity, donorId, year, {
          limit: ACTIVITIES_PER_PAGE,
          cursor: c.req.query("cursor") || undefined,
        }),
      );
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return messagePage(c, { title: words.pickTitle, message: words.unknownDonor, status: 404 });
    }
    const staff = identity.role !== "donor";
    const keep: Record<string, string> = staff ? { donor: donorId } : {};
    const yearHref = (shown: number) => withQuery(PATH, { year: String(shown), ...keep });
    return c.html(
      <Page title={words.title(summary.donor.name, year)} language={language} identity={identity} path={yearHref(year)}>
        <ManagerStyle />
        <YearForm action={PATH} year={year} labels={words} withRecords={withRecords} yearHref={yearHref} keep={keep} />
        {staff && (
          <p class="no-print">
            <a href={withQuery(PATH, { year: askedYear === undefined ? undefined : String(askedYear) })}>
              {words.otherDonor}
            </a>
          </p>
        )}
        <SummaryView
          summary={summary}
          language={language}
          words={words}
          nextHref={summary.nextCursor && withQuery(PATH, { year: String(year), ...keep, cursor: summary.nextCursor })}
        />
        <p class="no-print">
          <a
            class="button secondary"
            href={`/app/api/exports/donors/${encodeURIComponent(donorId)}/${year}`}
            download=""
          >
            {words.download}
          </a>
        </p>
      </Page>,
    );
  });

  return app;
}

async function pickerPage(c: Context<AppEnv>, deps: Deps, year: number | undefined) {
  const language = pageLanguage(c);
  const words = DONOR_WORDS[language];
  const all = (await donorCatalog.all(deps, c.get("identity"))) as Donor[];
  return c.html(
    <Page title={words.pickTitle} language={language} identity={c.get("identity")} path={PATH}>
      <DonorPicker donors={all} year={year} words={words} />
    </Page>,
  );
}
