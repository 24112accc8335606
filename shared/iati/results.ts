// An activity's results as IATI publishes them: one output per measure of people it counts (its
// participants, with their qualifier in words and the dimensions the record gives: sex where all
// participants are of that one measure, profession as each profession counts in a measure), and
// one outcome per recorded outcome, with its baseline and the value reached.
import type { Activity } from "../domain/activity";
import { type Measure, measureOfProfession, measureParts } from "../domain/measures";
import { PROFESSIONS, SEXES } from "../domain/vocabulary";
import { outcomeText } from "../language/activity-figures";
import { LANGUAGES, type Language } from "../language/languages";
import { formatCount } from "../language/numbers";
import { languageTable } from "../language/tables";

/** ResultType: 1 Output, 2 Outcome. IndicatorMeasure: 1 Unit. */
export const RESULT_OUTPUT = "1";
export const RESULT_OUTCOME = "2";
export const MEASURE_UNIT = "1";

export type Texts = Partial<Record<Language, string>>;
export type Dimension = { name: "sex" | "profession"; value: string };
export type Actual = { value: number; dimensions: Dimension[]; comment?: Texts };
export type Result = {
  type: typeof RESULT_OUTPUT | typeof RESULT_OUTCOME;
  /** One text in each language, or one text in the language it was written in (`undefined` key: none said). */
  title: Texts | string;
  description?: Texts | string;
  baseline?: { year: number; isoDate: string; value: number };
  period: { start: string; end: string };
  actuals: Actual[];
};

const SEX_VALUES: Record<(typeof SEXES)[number], string> = {
  women: "female",
  men: "male",
  notRecorded: "not recorded",
};

const everyLanguage = (text: (language: Language) => string): Texts =>
  Object.fromEntries(LANGUAGES.map((language) => [language, text(language)]));

function measureResult(activity: Activity, measure: Measure, count: number, alone: boolean): Result {
  const participants = activity.participants;
  const qualifier = participants?.qualifier ?? "exact";
  const total: Actual = {
    value: count,
    dimensions: [],
    ...(qualifier !== "exact" && { comment: everyLanguage((language) => formatCount(count, qualifier, language)) }),
  };
  // A split by sex is of the whole activity: it is this measure's only when everyone is of it.
  const bySex: Actual[] = alone
    ? SEXES.flatMap((sex) => {
        const value = participants?.bySex?.[sex];
        return value === undefined ? [] : [{ value, dimensions: [{ name: "sex", value: SEX_VALUES[sex] }] }];
      })
    : [];
  const byProfession: Actual[] = PROFESSIONS.flatMap((profession) => {
    const value = participants?.byProfession?.[profession];
    if (value === undefined || measureOfProfession(activity.kind, profession) !== measure) return [];
    return [{ value, dimensions: [{ name: "profession", value: profession }] }];
  });
  return {
    type: RESULT_OUTPUT,
    title: everyLanguage((language) => languageTable(language).measures[measure].name),
    description: everyLanguage((language) => languageTable(language).measures[measure].definition),
    period: { start: activity.startDate, end: activity.endDate },
    actuals: [total, ...bySex, ...byProfession],
  };
}

export function activityResults(activity: Activity): Result[] {
  const parts = Object.entries(measureParts(activity)) as [Measure, number][];
  const outputs = parts.map(([measure, count]) => measureResult(activity, measure, count, parts.length === 1));
  const outcomes = activity.outcomes.map(
    (outcome): Result => ({
      type: RESULT_OUTCOME,
      title: outcome.indicator,
      description: outcome.unit,
      ...(outcome.baseline !== undefined && {
        baseline: {
          year: Number(activity.startDate.slice(0, 4)),
          isoDate: activity.startDate,
          value: outcome.baseline,
        },
      }),
      period: { start: activity.startDate, end: activity.endDate },
      actuals: [
        {
          value: outcome.value,
          dimensions: [],
          comment: everyLanguage((language) => outcome.text?.[language] ?? outcomeText(outcome, language)),
        },
      ],
    }),
  );
  return [...outputs, ...outcomes];
}
