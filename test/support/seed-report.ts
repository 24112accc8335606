// The 2019 seed as report input, computed in memory: the report's pure functions need no database.
import { seed2019 } from "../../seed/2019";
import { newActivity } from "../../shared/data/activities";
import { type Activity, ActivityInputSchema } from "../../shared/domain/activity";
import { computeTotals } from "../../shared/domain/aggregates";
import type { Language } from "../../shared/domain/countries";
import { type Lab, LabInputSchema } from "../../shared/domain/lab";
import { PublishedFigureSchema } from "../../shared/domain/published-figure";
import { ReportTextsInputSchema } from "../../shared/domain/report-texts";
import type { ReportInput } from "../../shared/report/report-input";

const actor = { id: "seed" };

export const seedActivities: Activity[] = seed2019.activities.map(({ id, mentorId, ...input }, index) => ({
  ...newActivity(ActivityInputSchema.parse(input), actor, { id, mentorId }),
  status: "validated",
  // As the seed loader does: in the order the report tells them.
  createdAt: new Date(Date.UTC(2020, 0, 1) + index).toISOString(),
}));

export const seedLabs: Lab[] = seed2019.labs.map(({ id, ...input }) => ({
  ...LabInputSchema.parse(input),
  id,
  version: 1,
  createdAt: "2020-01-01T00:00:00.000Z",
  createdBy: "seed",
  updatedAt: "2020-01-01T00:00:00.000Z",
  updatedBy: "seed",
}));

export function reportInput(language: Language, activities: Activity[] = seedActivities, preview = false): ReportInput {
  const totals = computeTotals(2019, activities, seedLabs);
  return {
    year: 2019,
    language,
    preview,
    activities,
    labs: seedLabs,
    totals: preview
      ? Object.fromEntries(
          [...new Set([...Object.keys(totals.validated), ...Object.keys(totals.submitted)])].map((name) => [
            name,
            (totals.validated[name] ?? 0) + (totals.submitted[name] ?? 0),
          ]),
        )
      : totals.validated,
    publishedFigures: seed2019.publishedFigures.map((figure) => PublishedFigureSchema.parse(figure)),
    texts: ReportTextsInputSchema.parse(seed2019.reportTexts),
    generatedAt: "2020-02-01T00:00:00.000Z",
  };
}
