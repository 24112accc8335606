// The manager's dashboard: a year's totals as cards, then charts of participants with their tables.
import { Hono } from "hono";
import type { Language } from "../../domain/countries";
import type { AppEnv, Deps } from "../../http/context";
import { yearsWithRecords, yearTotals } from "../../use-cases/reports";
import { ChartSection } from "../charts";
import { FigureCard } from "../figure-card";
import { pageFor } from "../guard";
import { pageLanguage, WORDS } from "../i18n";
import { Page } from "../layout";
import { messagePage } from "../message-page";
import { latestYear, pagePreview, pageYear, withQuery, YearForm } from "../year";
import { type DashboardFigures, dashboardFigures } from "./dashboard-figures";
import { ManagerStyle } from "./manager-css";
import { MANAGER_WORDS, type ManagerWords } from "./words";

export function dashboardPage(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get("/app/dashboard", pageFor("manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const words = MANAGER_WORDS[language];
    const preview = pagePreview(c);
    // Without ?year=, the latest year the figures count anything in.
    const withRecords = await yearsWithRecords(deps, c.get("identity"), preview);
    const year = pageYear(c, latestYear(withRecords));
    if (year === undefined) {
      return messagePage(c, { title: WORDS[language].nav.dashboard, message: words.badYear, status: 400 });
    }
    const cells = await yearTotals(deps, c.get("identity"), year, preview);
    const figures = dashboardFigures(cells, language);
    const yearHref = (shown: number) =>
      withQuery("/app/dashboard", { year: String(shown), preview: preview ? "true" : undefined });
    const path = yearHref(year);
    return c.html(
      <Page title={words.dashboard.title(year)} language={language} identity={c.get("identity")} path={path}>
        <ManagerStyle />
        <YearForm
          action="/app/dashboard"
          year={year}
          labels={words}
          withRecords={withRecords}
          yearHref={yearHref}
          preview={{ checked: preview, label: words.previewToggle }}
        />
        <Totals figures={figures} preview={preview} words={words} language={language} />
        {figures.cards.activities > 0 && <Charts figures={figures} words={words} language={language} />}
      </Page>,
    );
  });

  return app;
}

type ViewProps = { figures: DashboardFigures; words: ManagerWords; language: Language };

function Totals({ figures, preview, words, language }: ViewProps & { preview: boolean }) {
  const { cards } = figures;
  const w = words.dashboard;
  const card = (name: string, value: number, label: string, hint?: string) => (
    <FigureCard name={name} value={value} label={label} hint={hint} language={language} />
  );
  return (
    <section id="dashboard-totals" aria-labelledby="dashboard-totals-heading">
      <h2 id="dashboard-totals-heading">{w.totals}</h2>
      <p class="notice">{preview ? words.preview : words.official}</p>
      <div class="cards">
        {card("participants", cards.participants, w.participants)}
        {card("practitioners", cards.practitioners, w.practitioners, w.practitionersHint)}
        {card(
          "countries",
          cards.countries,
          w.countries,
          cards.unnamedCountries > 0 ? w.unnamedCountries(cards.unnamedCountries) : undefined,
        )}
        {card("activities", cards.activities, w.activities)}
        {card("labs", cards.labs, w.labs)}
      </div>
      {cards.activities === 0 && <p>{w.empty}</p>}
    </section>
  );
}

function Charts({ figures, words, language }: ViewProps) {
  const w = words.dashboard;
  const withActivities = (row: { label: string; value: number; activities: number; level?: number }) => ({
    label: row.label,
    values: [row.value, row.activities],
    level: row.level,
  });
  return (
    <>
      <ChartSection
        id="chart-theme"
        heading={w.byTheme}
        bars={figures.themes}
        columns={[w.theme, w.participants, w.activitiesColumn]}
        rows={figures.themes.map(withActivities)}
        language={language}
      />
      {figures.regions.bars.length > 0 && (
        <ChartSection
          id="chart-region"
          heading={w.byRegion}
          note={w.regionNote}
          bars={figures.regions.bars}
          columns={[w.region, w.participants, w.activitiesColumn]}
          rows={figures.regions.rows}
          language={language}
        />
      )}
      {figures.countries.top.length > 0 && (
        <ChartSection
          id="chart-country"
          heading={w.byCountry(figures.countries.top.length)}
          note={w.countryNote}
          bars={figures.countries.top}
          columns={[w.country, w.participants, w.activitiesColumn]}
          rows={figures.countries.all}
          tableHeading={w.allCountries}
          language={language}
        />
      )}
      <ChartSection
        id="chart-sex"
        heading={w.bySex}
        bars={figures.sexes}
        columns={[w.sex, w.participants]}
        language={language}
      />
    </>
  );
}
