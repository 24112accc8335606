// Reads every record of a year to recompute its totals: the check of the aggregate items, run
// from the command line (`npm run verify`), never on a request path.

import type { Activity } from "../domain/activity";
import { computeTotals, type Drift, totalsDrift } from "../domain/aggregates";
import type { Lab } from "../domain/lab";
import { getStoredTotals } from "./aggregates";
import type { Database } from "./client";
import { keys } from "./keys";
import { queryPage } from "./query";
import { toRecord } from "./transaction";

export async function checkTotals(db: Database, year: number): Promise<{ drift: Drift[]; cells: number }> {
  const [activities, allLabs, stored] = await Promise.all([
    readAll<Activity>(db, "byYear", keys.activitiesByYear(year)),
    readAll<Lab>(db, "byEntity", "LAB"),
    getStoredTotals(db, year),
  ]);
  const expected = computeTotals(year, activities, allLabs);
  const cells = Object.keys(expected.validated).length + Object.keys(expected.submitted).length;
  return { drift: totalsDrift(expected, stored), cells };
}

async function readAll<T>(db: Database, index: "byYear" | "byEntity", partition: string): Promise<T[]> {
  const records: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage(db, { index, partition }, { limit: 1000, cursor });
    records.push(...page.items.map(toRecord<T>));
    cursor = page.nextCursor;
  } while (cursor);
  return records;
}
