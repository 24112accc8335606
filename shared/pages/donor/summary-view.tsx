// What a donor's page shows of its summary: totals, participants by theme and by country, labs, and
// the activities with their narratives. Everything comes from donorSummary, which is computed
// from that donor's own activities only.
import type { Language } from "../../domain/countries";
import { THEMES } from "../../domain/vocabulary";
import { countryPhrase } from "../../language/country-phrases";
import { formatDateRange } from "../../language/dates";
import { formatCount } from "../../language/numbers";
import { kindLabel, themeLabel } from "../../language/vocabulary-labels";
import type { DonorSummary } from "../../report/donor-summary";
import { ChartSection, DataTable } from "../charts";
import { FigureCard } from "../figure-card";
import type { DonorWords } from "./words";

type Props = { summary: DonorSummary; language: Language; words: DonorWords };

export function SummaryView({ summary, language, words }: Props) {
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
          {card("participants", totals.participants, words.participants)}
          {card("countries", totals.countries.length, words.countries)}
          {card("labs", totals.labs, words.labs)}
        </div>
        {activities.length === 0 && <p>{words.empty}</p>}
      </section>
      {activities.length > 0 && <Breakdowns summary={summary} language={language} words={words} />}
      {activities.length > 0 && <Activities summary={summary} language={language} words={words} />}
    </>
  );
}

function Breakdowns({ summary, language, words }: Props) {
  const collator = new Intl.Collator(language);
  const activitiesWhere = (test: (activity: DonorSummary["activities"][number]) => boolean) =>
    summary.activities.filter(test).length;
  const themes = THEMES.map((theme) => ({
    label: themeLabel(theme, language),
    value: summary.totals.participantsByTheme[theme] ?? 0,
    activities: activitiesWhere((activity) => activity.theme === theme),
  })).filter((row) => row.activities > 0);
  const countries = summary.totals.countries
    .map((iso3) => ({
      label: countryPhrase(iso3, language, "name"),
      values: [
        summary.totals.participantsByCountry[iso3] ?? 0,
        activitiesWhere((activity) => activity.countries.includes(iso3)),
      ],
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <>
      <ChartSection
        id="donor-chart-theme"
        heading={words.byTheme}
        bars={themes}
        columns={[words.theme, words.participants, words.activities]}
        rows={themes.map((row) => ({ label: row.label, values: [row.value, row.activities] }))}
        language={language}
      />
      {countries.length > 0 && (
        <section id="donor-countries">
          <h2 id="donor-countries-heading">{words.byCountry}</h2>
          <p class="hint">{words.countryNote}</p>
          <DataTable
            id="donor-countries-table"
            labelledBy="donor-countries-heading"
            columns={[words.country, words.participants, words.activities]}
            rows={countries}
            language={language}
          />
        </section>
      )}
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
    </>
  );
}

function Activities({ summary, language, words }: Props) {
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
                      formatCount(activity.participants.total, activity.participants.qualifier, language),
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
    </section>
  );
}
