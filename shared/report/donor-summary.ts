// A donor's summary of a year: the activities it funds, their totals, and nothing of anyone else's.
// People are counted per measure, with the report's own reading of the cells (measureFigures), so
// that the same activities give the same figures here as in the report.

import type { Activity } from "../domain/activity";
import { type Cells, cellKeys } from "../domain/aggregates";
import type { Donor } from "../domain/donor";
import type { Lab } from "../domain/lab";
import { type MeasureFigures, measureFigures } from "../domain/measure-figures";
import { LANGUAGES, type Language } from "../language/languages";
import { languageTable } from "../language/tables";
import { activityText } from "./activity-text";
import type { Inline } from "./model";

/**
 * What a summary is made from: the totals of the validated activities the donor funds in the year
 * (its own totals items), one page of those activities, and their labs.
 */
export type DonorYear = {
  donor: Donor;
  year: number;
  cells: Cells;
  activities: Activity[];
  nextCursor?: string;
  labs: Lab[];
};

/** A measure's figures with its name and definition in every language, for readers of the JSON. */
export type DonorMeasure = MeasureFigures & { name: Record<Language, string>; definition: Record<Language, string> };

export function donorSummary({ donor, year, cells, activities, nextCursor, labs }: DonorYear) {
  const activitiesIn = (prefix: string) =>
    Object.fromEntries(
      cellKeys(cells, prefix, ":activities").map((key) => [key, cells[`${prefix}${key}:activities`] ?? 0]),
    );
  const inEveryLanguage = (word: (language: Language) => string) =>
    Object.fromEntries(LANGUAGES.map((language) => [language, word(language)])) as Record<Language, string>;
  return {
    donor: { id: donor.id, name: donor.name },
    year,
    totals: {
      activities: cells.activities ?? 0,
      countries: cellKeys(cells, "country:", ":activities").sort(),
      labs: labs.length,
      /** Activities by theme and by country (each activity once in each of its countries). */
      activitiesByTheme: activitiesIn("theme:"),
      activitiesByCountry: activitiesIn("country:"),
    },
    /** Each measure of people the activities count, never added to another. */
    measures: measureFigures(cells).map(
      (figures): DonorMeasure => ({
        ...figures,
        name: inEveryLanguage((language) => languageTable(language).measures[figures.measure].name),
        definition: inEveryLanguage((language) => languageTable(language).measures[figures.measure].definition),
      }),
    ),
    /** One page of the activities; `nextCursor`, if any, asks for the next (`?cursor=`). */
    activities: activities.map(donorView),
    ...(nextCursor && { nextCursor }),
    labs: labs.map((lab) => ({ id: lab.id, country: lab.country, institution: lab.institution, type: lab.type })),
  };
}
export type DonorSummary = ReturnType<typeof donorSummary>;

/** What a donor sees of an activity: counts and the published narrative, never notes or people. */
function donorView(activity: Activity) {
  return {
    id: activity.id,
    title: activity.title,
    kind: activity.kind,
    theme: activity.theme,
    startDate: activity.startDate,
    endDate: activity.endDate,
    countries: activity.countries,
    participants: activity.participants && {
      total: activity.participants.total,
      qualifier: activity.participants.qualifier,
    },
    narrative: Object.fromEntries(
      LANGUAGES.map((language) => [language, plainText(activityText(activity, language))]),
    ) as Record<Language, string>,
  };
}

export function plainText(inlines: Inline[]): string {
  return inlines.map((inline) => inline.text).join("");
}
