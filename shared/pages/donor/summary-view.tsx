// What a donor's page shows of its summary: totals (one card per measure of people, never added
// together), each measure by theme and by country, labs, and the activities with their narratives.
// Everything comes from donorSummary, which is computed from that donor's own activities only.
import type { Language } from "../../domain/countries";
import { countryPhrase } from "../../language/country-phrases";
import { formatDateRange } from "../../language/dates";
import { languageTable } from "../../language/tables";
import { kindLabel, themeLabel } from "../../language/vocabulary-labels";
import type { DonorMeasure, DonorSummary } from "../../report/donor-summary";
import type { TableRow } from "../charts";
import { ChartSection, DataTable } from "../charts";
import { FigureCard } from "../figure-card";
import { ChoroplethMap } from "../map";
import { MAP_WORDS } from "../map-words";
import { measureDefinition, measureName } from "../measure-labels";
import { countTogether } from "../together";
import type { DonorWords } from "./words";

type Props = { summary: DonorSummary; language: Language; words: DonorWords };

/** `nextHref`: the address of the next page of activities, if there is one. */
export function SummaryView({ summary, language, words, nextHref }: Props & { nextHref?: string }) {
  const { totals, activities } = summary;
  const card = (name: string, value: number, label: string) => (
    <FigureCard name={name} value={value} label={label} language={language} />
  );
  return (
    <>
      <section id="donor-summary" aria-labelledby="donor-summary-heading">
        <h2 id="donor-summary-heading">{words.totals}</h2>
        <p class="hint">{words.validatedOnly}</p>
        <div class="cards">
          {card("activities", totals.activities, words.activities)}
          {summary.measures.map((figures) => (
            <FigureCard
              name={figures.measure}
              value={figures.total.value}
              qualifier={figures.total.qualifier}
              label={measureName(figures.measure, language)}
              hint={measureDefinition(figures.measure, language)}
              language={language}
            />
          ))}
          {card("countries", totals.countries.length, words.countries)}
          {card("labs", totals.labs, words.labs)}
        </div>
        {totals.activities === 0 && <p>{words.empty}</p>}
      </section>
      {summary.measures.map((figures) => (
        <MeasureBreakdowns summary={summary} figures={figures} language={language} words={words} />
      ))}
      {summary.labs.length > 0 && (
        <section id="donor-labs" aria-labelledby="donor-labs-heading">
          <h2 id="donor-labs-heading">{words.labsHeading}</h2>
          <ul>
            {summary.labs.map((lab) => (
              <li>
                {lab.institution} — {countryPhrase(lab.country, language, "name")}
              </li>
            ))}
          </ul>
        </section>
      )}
      {activities.length > 0 && <Activities summary={summary} language={language} words={words} nextHref={nextHref} />}
    </>
  );
}

/** One measure by theme (chart and table) and by country (table), each adding up to its total. */
function MeasureBreakdowns({ summary, figures, language, words }: Props & { figures: DonorMeasure }) {
  const collator = new Intl.Collator(language);
  // Counted by the donor's totals, not from the page of activities shown.
  const { activitiesByTheme, activitiesByCountry } = summary.totals;
  const name = measureName(figures.measure, language);
  const definition = measureDefinition(figures.measure, language);
  const themes = figures.byTheme.map((row) => ({
    label: themeLabel(row.theme, language),
    value: row.value,
    activities: activitiesByTheme[row.theme] ?? 0,
  }));
  const attributed = new Map(figures.byCountry.map((row) => [row.country, row.value]));
  const total: TableRow = { label: words.total, values: [figures.total, undefined], kind: "total" };
  const countries: TableRow[] = [
    ...figures.countries
      .map((iso3) => ({ iso3, label: countryPhrase(iso3, language, "name") }))
      .sort((a, b) => collator.compare(a.label, b.label))
      .map(({ iso3, label }) => ({
        label,
        values: [attributed.get(iso3) ?? "—", activitiesByCountry[iso3] ?? 0],
      })),
    {
      label: languageTable(language).unattributed.country,
      values: [figures.notAttributedToCountry, undefined],
      kind: "remainder",
    },
    total,
  ];
  const countriesId = `donor-countries-${figures.measure}`;
  return (
    <>
      <ChartSection
        id={`donor-chart-theme-${figures.measure}`}
        heading={words.byTheme(name)}
        note={definition}
        bars={themes.map((row) => ({ label: row.label, value: row.value.value, qualifier: row.value.qualifier }))}
        columns={[words.theme, name, words.activities]}
        rows={[...themes.map((row): TableRow => ({ label: row.label, values: [row.value, row.activities] })), total]}
        language={language}
      />
      {figures.countries.length > 0 && (
        <section id={countriesId}>
          <h2 id={`${countriesId}-heading`}>{words.byCountry(name)}</h2>
          <p class="hint">{definition}</p>
          <p class="hint">{words.countryNote}</p>
          {figures.countries.some((iso3) => !attributed.has(iso3)) && <p class="hint">{words.dashNote}</p>}
          <div class="map-with-table">
            <ChoroplethMap
              id={`${countriesId}-map`}
              title={words.byCountry(name)}
              values={attributed}
              named={figures.countries}
              language={language}
              words={MAP_WORDS[language]}
            />
            <DataTable
              id={`${countriesId}-table`}
              labelledBy={`${countriesId}-heading`}
              columns={[words.country, name, words.countryActivities]}
              rows={countries}
              language={language}
            />
          </div>
        </section>
      )}
    </>
  );
}

function Activities({ summary, language, words, nextHref }: Props & { nextHref?: string }) {
  return (
    <section id="donor-activities" aria-labelledby="donor-activities-heading">
      <h2 id="donor-activities-heading">{words.activityList}</h2>
      <ol class="records">
        {summary.activities.map((activity) => (
          <li data-activity-id={activity.id} class="card">
            <article aria-labelledby={`donor-activity-${activity.id}`}>
              <h3 id={`donor-activity-${activity.id}`}>{activity.title}</h3>
              <p class="hint">
                {[
                  kindLabel(activity.kind, language),
                  themeLabel(activity.theme, language),
                  formatDateRange(activity.startDate, activity.endDate, language),
                  activity.countries.map((iso3) => countryPhrase(iso3, language, "name")).join(", "),
                  activity.participants &&
                    words.participantsLine(
                      countTogether(activity.participants.total, activity.participants.qualifier, language),
                      activity.participants.total,
                    ),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <p>{activity.narrative[language]}</p>
            </article>
          </li>
        ))}
      </ol>
      {nextHref && (
        <p class="no-print">
          <a href={nextHref} rel="next">
            {words.moreActivities}
          </a>
        </p>
      )}
    </section>
  );
}
