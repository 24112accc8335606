// A donor's summary of a year: the activities it funds, their totals, and nothing of anyone else's.

import type { Activity } from "../domain/activity";
import { activityCells, cell, sumCells } from "../domain/aggregates";
import type { Donor } from "../domain/donor";
import type { Lab } from "../domain/lab";
import { LANGUAGES, type Language } from "../language/languages";
import { activityText } from "./activity-text";
import type { Inline } from "./model";

export type DonorYear = { donor: Donor; year: number; activities: Activity[]; labs: Lab[] };

export function donorSummary({ donor, year, activities, labs }: DonorYear) {
  const totals = sumCells(...activities.map(activityCells));
  return {
    donor: { id: donor.id, name: donor.name },
    year,
    totals: {
      activities: activities.length,
      participants: totals[cell.participants] ?? 0,
      countries: [...new Set(activities.flatMap((activity) => activity.countries))].sort(),
      labs: labs.length,
      participantsByTheme: cellsMatching(totals, "theme:", ":participants"),
      participantsByCountry: cellsMatching(totals, "country:", ":participants"),
    },
    activities: activities.map(donorView),
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

function cellsMatching(cells: Record<string, number>, prefix: string, suffix: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(cells)
      .filter(([name]) => name.startsWith(prefix) && name.endsWith(suffix))
      .map(([name, value]) => [name.slice(prefix.length, -suffix.length), value]),
  );
}
