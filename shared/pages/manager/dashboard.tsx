// The manager's dashboard: a year's totals as cards, one per measure of people (never added
// together) with its definition and, where a report published one, the official figure beside it;
// then charts of one measure at a time (?measure=), each with its table.
//
// Stable hooks for tests: #dashboard-totals (each .card has data-card="<measure>|countries|
// activities|labs", an official figure p.official), #measure-form, #chart-theme, #chart-region,
// #chart-country, #chart-sex (each with its -svg and -table).
import { Hono } from "hono";
import type { Language } from "../../domain/countries";
import type { Measure } from "../../domain/measures";
import type { PublishedFigure } from "../../domain/published-figure";
import type { AppEnv, Deps } from "../../http/context";
import { publishedFiguresOfYear, yearsWithRecords, yearTotals } from "../../use-cases/reports";
import { ChartSection } from "../charts";
import { FigureCard } from "../figure-card";
import { pageFor } from "../guard";
import { pageLanguage, WORDS } from "../i18n";
import { Page } from "../layout";
import { ChoroplethMap } from "../map";
import { MAP_WORDS } from "../map-words";
import { isMeasure, measureDefinition, measureName } from "../measure-labels";
import { messagePage } from "../message-page";
import { countTogether, qualifiedTogether } from "../together";
import { latestYear, pagePreview, pageYear, withQuery, YearForm } from "../year";
import { type DashboardFigures, dashboardFigures } from "./dashboard-figures";
import { ManagerStyle } from "./manager-css";
import { MANAGER_WORDS, type ManagerWords } from "./words";
import { YEARS_PATH } from "./years";
import { YEARS_WORDS } from "./years-words";

const PATH = "/app/dashboard";

export function dashboardPage(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get(PATH, pageFor("manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const words = MANAGER_WORDS[language];
    const identity = c.get("identity");
    const preview = pagePreview(c);
    // Without ?year=, the latest year the figures count anything in.
    const withRecords = await yearsWithRecords(deps, identity, preview);
    const year = pageYear(c, latestYear(withRecords));
    if (year === undefined) {
      return messagePage(c, { title: WORDS[language].nav.dashboard, message: words.badYear, status: 400 });
    }
    const [cells, published] = await Promise.all([
      yearTotals(deps, identity, year, preview),
      publishedFiguresOfYear(deps, identity, year),
    ]);
    const asked = c.req.query("measure");
    const figures = dashboardFigures(cells, language, { measure: asked, published, total: words.dashboard.total });
    // The measure asked for stays in the addresses (language switch, year form) while it is one.
    const keep: Record<string, string> = isMeasure(asked) ? { measure: asked } : {};
    const query = (shown: number) => ({ year: String(shown), preview: preview ? "true" : undefined });
    const yearHref = (shown: number) => withQuery(PATH, { ...query(shown), ...keep });
    const reconciliation = `${withQuery("/app/report", query(year))}#report-reconciliation`;
    return c.html(
      <Page title={words.dashboard.title(year)} language={language} identity={identity} path={yearHref(year)}>
        <ManagerStyle />
        <YearForm
          action={PATH}
          year={year}
          labels={words}
          withRecords={withRecords}
          yearHref={yearHref}
          preview={{ checked: preview, label: words.previewToggle }}
          keep={keep}
        />
        <p class="no-print">
          <a href={withQuery(YEARS_PATH, { ...keep, preview: preview ? "true" : undefined })}>
            {YEARS_WORDS[language].link}
          </a>
        </p>
        <Totals figures={figures} preview={preview} words={words} language={language} reconciliation={reconciliation} />
        {figures.chosen && (
          <>
            <MeasureForm figures={figures} year={year} preview={preview} words={words} language={language} />
            <Charts figures={figures} words={words} language={language} />
          </>
        )}
      </Page>,
    );
  });

  return app;
}

type ViewProps = { figures: DashboardFigures; words: ManagerWords; language: Language };

/** "Official figure (E/CN.15/2020/12, ¶18): 1,817", and the way to the report's reconciliation. */
function Official({
  figures,
  words,
  language,
  href,
}: Omit<ViewProps, "figures"> & { figures: PublishedFigure[]; href: string }) {
  return (
    <>
      {figures.map((figure) => (
        <p class="official">
          {words.dashboard.official(
            `${figure.source.document}, ¶${figure.source.paragraph}`,
            countTogether(figure.value, figure.qualifier, language),
          )}{" "}
          <a href={href}>{words.dashboard.reconciliation}</a>
        </p>
      ))}
    </>
  );
}

function Totals({
  figures,
  preview,
  words,
  language,
  reconciliation,
}: ViewProps & { preview: boolean; reconciliation: string }) {
  const { cards, official } = figures;
  const w = words.dashboard;
  const measureCard = (measure: Measure) => {
    const total = figures.measures.find((row) => row.measure === measure)?.total ?? { value: 0, qualifier: "exact" };
    return (
      <FigureCard
        name={measure}
        value={total.value}
        qualifier={total.qualifier}
        label={measureName(measure, language)}
        hint={measureDefinition(measure, language)}
        language={language}
      >
        {measure === "practitionersTrained" && (
          <Official figures={official.practitionersTrained} words={words} language={language} href={reconciliation} />
        )}
      </FigureCard>
    );
  };
  const shown = figures.measures.map((row) => row.measure);
  // The practitioners' card stays where a report published their figure and the records count none.
  if (cards.practitionersShown && !shown.includes("practitionersTrained")) shown.unshift("practitionersTrained");
  const practitionersCountries = cards.countries.of === "practitionersTrained";
  return (
    <section id="dashboard-totals" aria-labelledby="dashboard-totals-heading">
      <h2 id="dashboard-totals-heading">{w.totals}</h2>
      <p class="notice">{preview ? words.preview : words.official}</p>
      <div class="cards">
        {shown.map(measureCard)}
        <FigureCard
          name="countries"
          value={cards.countries.value}
          label={practitionersCountries ? w.countriesOfPractitioners : w.countriesNamed}
          hint={cards.countries.unnamed > 0 ? w.unnamedCountries(cards.countries.unnamed) : undefined}
          language={language}
        >
          {practitionersCountries && (
            <Official figures={official.countries} words={words} language={language} href={reconciliation} />
          )}
        </FigureCard>
        <FigureCard name="activities" value={cards.activities} label={w.activities} language={language} />
        <FigureCard name="labs" value={cards.labs} label={w.labs} language={language} />
      </div>
      {cards.activities === 0 && <p>{w.empty}</p>}
    </section>
  );
}

/** Which measure the charts show: a GET form, so that it works without the script. */
function MeasureForm({ figures, year, preview, words, language }: ViewProps & { year: number; preview: boolean }) {
  if (figures.measures.length < 2) return null;
  const w = words.dashboard;
  return (
    <form method="get" action={PATH} id="measure-form" class="no-print">
      <input type="hidden" name="year" value={String(year)} />
      {preview && <input type="hidden" name="preview" value="true" />}
      <label for="measure">{w.measureChoice}</label>
      <p class="hint" id="measure-hint">
        {w.measureChoiceHint}
      </p>
      <select id="measure" name="measure" class="year-select" aria-describedby="measure-hint">
        {figures.measures.map((row) => (
          <option value={row.measure} selected={row.measure === figures.measure}>
            {measureName(row.measure, language)}
          </option>
        ))}
      </select>
      <p>
        <button type="submit">{words.show}</button>
      </p>
    </form>
  );
}

function Charts({ figures, words, language }: ViewProps) {
  const w = words.dashboard;
  const chosen = figures.chosen;
  if (!chosen) return null;
  const name = measureName(chosen.measure, language);
  const definition = measureDefinition(chosen.measure, language);
  const several = figures.measures.length > 1;
  const measureColumns = figures.measures.map((row) => measureName(row.measure, language));
  const countries = figures.countries;
  return (
    <>
      <ChartSection
        id="chart-theme"
        heading={w.byTheme(name)}
        note={several ? [definition, w.measuresApart] : [definition]}
        bars={figures.themes.bars}
        columns={[w.theme, ...measureColumns, w.activitiesColumn]}
        rows={figures.themes.rows}
        tableHeading={several ? w.themeTable : undefined}
        language={language}
      />
      <ChartSection
        id="chart-region"
        heading={w.byRegion(name)}
        note={[definition, w.regionNote]}
        bars={figures.regions.bars}
        columns={[w.region, name, w.regionActivities]}
        rows={figures.regions.rows}
        language={language}
      />
      {countries && (
        <ChartSection
          id="chart-country"
          heading={w.byCountry(name, countries.top.length)}
          note={[definition, w.countryNote, ...(countries.unattributedCountries > 0 ? [w.dashNote] : [])]}
          bars={countries.bars}
          columns={[w.country, name, w.countryActivities]}
          rows={countries.all}
          tableHeading={w.allCountries(name)}
          language={language}
          beside={
            <ChoroplethMap
              id="map-country"
              title={w.allCountries(name)}
              values={countries.attributed}
              named={countries.named}
              language={language}
              words={MAP_WORDS[language]}
            />
          }
        />
      )}
      <ChartSection
        id="chart-sex"
        heading={w.bySex(name)}
        note={[
          ...(several ? [w.measuresApart] : []),
          ...figures.sexes.partial.map((row) =>
            w.sexCovers(
              measureName(row.measure, language),
              qualifiedTogether(row.covered, language),
              qualifiedTogether(row.total, language),
            ),
          ),
        ]}
        bars={figures.sexes.bars}
        columns={[w.sex, ...measureColumns]}
        rows={figures.sexes.rows}
        tableHeading={several ? w.sexTable : undefined}
        language={language}
      />
    </>
  );
}
