// Reads every record of a year to recompute its totals: the check of the aggregate items, run
// from the command line (`npm run verify`), never on a request path.

import type { Activity } from "../domain/activity";
import { computeTotals, type Drift, totalsDrift } from "../domain/aggregates";
import { getStoredTotals } from "./aggregates";
import { labs } from "./catalog";
import type { Database } from "./client";
import { keys } from "./keys";
import { queryPage } from "./query";
import { readPages } from "./read-pages";
import { toRecord } from "./transaction";

export async function checkTotals(db: Database, year: number): Promise<{ drift: Drift[]; cells: number }> {
  const [activities, allLabs, stored] = await Promise.all([
    readPages((page) => queryPage(db, { index: "byYear", partition: keys.activitiesByYear(year) }, page)).then(
      (items) => items.map(toRecord<Activity>),
    ),
    readPages((page) => labs.list(db, page)),
    getStoredTotals(db, year),
  ]);
  const expected = computeTotals(year, activities, allLabs);
  const cells = Object.keys(expected.validated).length + Object.keys(expected.submitted).length;
  return { drift: totalsDrift(expected, stored), cells };
}
