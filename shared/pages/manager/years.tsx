// The years side by side: one measure by thematic area, the countries it names and the activities
// by thematic area, a column per year with records (at most the last MAX_YEARS), from each year's
// totals; with ?preview=true, submitted records too.
//
// Stable hooks for tests: #years-people-table, #years-countries-table, #years-activities-table,
// #years-totals-svg.
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../http/context";
import { yearsWithRecords, yearTotals } from "../../use-cases/reports";
import { BarChart, DataTable } from "../charts";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { isMeasure, measureName } from "../measure-labels";
import { pagePreview, withQuery } from "../year";
import { ManagerStyle } from "./manager-css";
import { MANAGER_WORDS } from "./words";
import { yearsSideBySide } from "./years-figures";
import { YEARS_WORDS } from "./years-words";

export const YEARS_PATH = "/app/dashboard/years";
const MAX_YEARS = 6;

export function yearsPage(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get(YEARS_PATH, pageFor("manager", "admin"), async (c) => {
    const language = pageLanguage(c);
    const words = YEARS_WORDS[language];
    const identity = c.get("identity");
    const preview = pagePreview(c);
    const withRecords = (await yearsWithRecords(deps, identity, preview)).slice(0, MAX_YEARS).reverse();
    const years = await Promise.all(
      withRecords.map(async ({ year }) => ({ year, cells: await yearTotals(deps, identity, year, preview) })),
    );
    const asked = c.req.query("measure");
    const total = MANAGER_WORDS[language].dashboard.total;
    const figures = yearsSideBySide(years, language, asked, total);
    const path = withQuery(YEARS_PATH, {
      measure: isMeasure(asked) ? asked : undefined,
      preview: preview ? "true" : undefined,
    });
    const columns = figures.years.map(words.year);
    const name = figures.measure ? measureName(figures.measure, language) : "";
    return c.html(
      <Page title={words.title} language={language} identity={identity} path={path}>
        <ManagerStyle />
        <p>{words.intro}</p>
        {figures.years.length === 0 && <p>{words.none}</p>}
        <form method="get" action={YEARS_PATH} class="no-print" id="years-form">
          {figures.present.length > 1 && (
            <>
              <label for="years-measure">{words.measure}</label>
              <select id="years-measure" name="measure" class="year-select">
                {figures.present.map((measure) => (
                  <option value={measure} selected={measure === figures.measure}>
                    {measureName(measure, language)}
                  </option>
                ))}
              </select>
            </>
          )}
          <label class="check">
            <input type="checkbox" name="preview" value="true" checked={preview} />
            {words.previewToggle}
          </label>
          <p>
            <button type="submit">{words.show}</button>
          </p>
        </form>
        {figures.measure && (
          <>
            <section id="years-totals">
              <h2 id="years-totals-heading">{words.totals(name)}</h2>
              <BarChart
                id="years-totals-svg"
                title={words.totals(name)}
                rows={figures.years.map((year, index) => ({
                  label: String(year),
                  value: figures.totals[index]?.value ?? 0,
                  qualifier: figures.totals[index]?.qualifier,
                }))}
                language={language}
              />
            </section>
            <section id="years-people">
              <h2 id="years-people-heading">{words.byTheme(name)}</h2>
              <DataTable
                id="years-people-table"
                labelledBy="years-people-heading"
                columns={[words.theme, ...columns]}
                rows={figures.people}
                language={language}
              />
            </section>
            <section id="years-countries">
              <h2 id="years-countries-heading">{words.countries(name)}</h2>
              <DataTable
                id="years-countries-table"
                labelledBy="years-countries-heading"
                columns={[words.counted, ...columns]}
                rows={[
                  { label: words.countriesRow, values: figures.countries.map((year) => year.named) },
                  { label: words.unnamedRow, values: figures.countries.map((year) => year.unnamed) },
                ]}
                language={language}
              />
            </section>
          </>
        )}
        {figures.years.length > 0 && (
          <section id="years-activities">
            <h2 id="years-activities-heading">{words.activities}</h2>
            <DataTable
              id="years-activities-table"
              labelledBy="years-activities-heading"
              columns={[words.theme, ...columns]}
              rows={figures.activities}
              language={language}
            />
          </section>
        )}
      </Page>,
    );
  });

  return app;
}
