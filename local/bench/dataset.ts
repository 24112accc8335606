// Synthetic years for `npm run bench`: validated activities written with raw BatchWrite as the app
// stores them (the activity, its country links, the year's totals item), far faster than through
// the API, so that 100 000 activities load in minutes.
import { linkKeys, newActivity } from "../../shared/data/activities";
import { putAll } from "../../shared/data/activity-batches";
import type { Database } from "../../shared/data/client";
import { model, storedItem } from "../../shared/data/model";
import { type Activity, type ActivityInput, ActivityInputSchema } from "../../shared/domain/activity";
import { activityContribution, sumCells } from "../../shared/domain/aggregates";
import { ACTIVITY_KINDS, PROFESSIONS, THEMES } from "../../shared/domain/vocabulary";

export type LoadedYear = { year: number; count: number; ids: string[] };

const COUNTRIES = ["KEN", "UGA", "TZA", "ETH", "SLV", "GTM", "HND", "SEN", "CIV", "THA", "VNM", "PHL", "EGY", "TUN"];
/** Activities built and written per round: bounds the memory a large year takes to load. */
const ROUND = 2_000;

/** The `index`th synthetic activity of `year` as a mentor would send it. */
export function syntheticInput(year: number, index: number): ActivityInput {
  const countries = [COUNTRIES[index % COUNTRIES.length], COUNTRIES[(index * 7 + 3) % COUNTRIES.length]];
  const day = String(1 + (index % 28)).padStart(2, "0");
  const month = String(1 + (index % 12)).padStart(2, "0");
  const total = 5 + (index % 60);
  return ActivityInputSchema.parse({
    kind: ACTIVITY_KINDS[index % ACTIVITY_KINDS.length],
    theme: THEMES[index % THEMES.length],
    title: `Synthetic activity ${index}`,
    startDate: `${year}-${month}-${day}`,
    endDate: `${year}-${month}-${day}`,
    countries: [...new Set(countries)],
    partners: index % 3 === 0 ? ["INTERPOL"] : [],
    participants: {
      total,
      qualifier: "exact",
      bySex: { women: Math.floor(total / 3), men: total - Math.floor(total / 3) },
      byProfession: { [PROFESSIONS[index % 6] as string]: total },
    },
    narrative: { fr: "Activité de synthèse.", en: "Synthetic activity." },
  });
}

export function syntheticActivity(year: number, index: number): Activity {
  return {
    ...newActivity(
      syntheticInput(year, index),
      { id: "bench" },
      { id: `bench-${year}-${String(index).padStart(6, "0")}` },
    ),
    status: "validated",
  };
}

/** Writes `count` validated activities of `year` and the year's totals, as the app would have them. */
export async function loadYear(
  db: Database,
  year: number,
  count: number,
  say: (line: string) => void,
): Promise<LoadedYear> {
  const started = performance.now();
  let cells = {};
  const ids: string[] = [];
  for (let start = 0; start < count; start += ROUND) {
    const activities = Array.from({ length: Math.min(ROUND, count - start) }, (_, i) =>
      syntheticActivity(year, start + i),
    );
    await putAll(
      db,
      activities.flatMap((activity) => [storedItem(model.activity, activity), ...linkKeys(activity)]),
    );
    cells = sumCells(cells, ...activities.map((activity) => activityContribution(activity)?.cells ?? {}));
    ids.push(...activities.map((activity) => activity.id));
    say(`year ${year}: ${start + activities.length} of ${count} activities written`);
  }
  await putAll(db, [{ ...model.totals.key.of({ year, scope: "validated" }), ...cells, revision: 1 }]);
  say(`year ${year}: ${count} activities in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { year, count, ids };
}
