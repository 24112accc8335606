// Reads every record of a year to recompute its totals: the check of the aggregate items, and
// their repair, run from the command line (`npm run verify`), never on a request path.

import type { Activity } from "../domain/activity";
import { type Cells, computeTotals, type Drift, type Scope, sumCells, totalsDrift } from "../domain/aggregates";
import { ConflictError } from "../domain/errors";
import { cellsOf, getStoredTotals, REVISION, totalsShards } from "./aggregates";
import { batchGet } from "./batch-get";
import { labs } from "./catalog";
import type { Database } from "./client";
import { KEY, model } from "./model";
import { queryPage } from "./query";
import { readPages } from "./read-pages";
import { type TransactItem, toRecord, writeAll } from "./transaction";

const SCOPES: readonly Scope[] = ["validated", "submitted"];

/** Tries of a repair whose totals keep changing under it before it gives up. */
const MAX_REPAIR_ATTEMPTS = 3;

/** A year's totals as its records add up to, by scope. */
async function recomputedTotals(db: Database, year: number): Promise<Record<Scope, Cells>> {
  const [activities, allLabs] = await Promise.all([
    readPages((page) => queryPage(db, model.activity.indexes.activitiesByYear.query({ year }), page)).then((items) =>
      items.map(toRecord<Activity>),
    ),
    readPages((page) => labs.list(db, page)),
  ]);
  return computeTotals(year, activities, allLabs);
}

export async function checkTotals(db: Database, year: number): Promise<{ drift: Drift[]; cells: number }> {
  const [expected, stored] = await Promise.all([recomputedTotals(db, year), getStoredTotals(db, year)]);
  const cells = Object.keys(expected.validated).length + Object.keys(expected.submitted).length;
  return { drift: totalsDrift(expected, stored), cells };
}

/** What a repair changed: the drift it fixed, the scopes whose item it rewrote, the cells they now hold. */
export type Repair = { drift: Drift[]; written: Scope[]; cells: number };

/** The totals of a year changed while they were being repaired, at every try. */
export class RepairConflictError extends Error {
  constructor(year: number, attempts: number) {
    super(
      `The totals of ${year} were changed by another write during each of ${attempts} repair attempts, ` +
        "so the repair wrote nothing. Run it again when no one is writing.",
    );
    this.name = "RepairConflictError";
  }
}

/**
 * Rewrites a year's totals items, both scopes, so that each holds exactly the cells its records
 * add up to (a cell that should be 0 is removed, a missing one added, e.g. the donor cells of a
 * table written before they existed): shard 0 the whole sum, the other shards deleted. Returns the
 * drift it fixed; a year without drift is left as it is, but for stored cells at 0, which are cleared.
 *
 * Concurrent writes are detected rather than assumed away: every write to a totals item adds 1
 * to its revision (aggregates.ts), the shards are read with their revision before the records,
 * and all are written in one transaction on the condition that no revision moved (a shard read
 * missing, that it is still missing). A write
 * that landed in between fails the transaction, nothing is written, and the repair starts again
 * from fresh reads, up to three times, then stops with RepairConflictError. Locking was not an
 * option (every write updates these items without reading them) and a blind Put would silently
 * undo a validation made during the repair. What the condition cannot see is a write committed
 * just before the items were read whose activity the byYear index (eventually consistent) does
 * not list yet: the repair is an operator command, to run while no one is writing, and
 * `npm run verify` afterwards shows whether the totals match.
 */
export async function repairTotals(db: Database, year: number): Promise<Repair> {
  for (let attempt = 1; ; attempt++) {
    const items = await batchGet(
      db,
      SCOPES.flatMap((scope) => totalsShards(db, year, scope)),
      true,
    );
    const byPartition = new Map(items.map((item) => [String(item[KEY.partition]), item]));
    const shardsOf = (scope: Scope) =>
      totalsShards(db, year, scope).map((key) => ({ key, item: byPartition.get(key.pk) }));
    const expected = await recomputedTotals(db, year);
    const storedCells = (scope: Scope) => sumCells(...shardsOf(scope).map(({ item }) => cellsOf(item ?? {})));
    const stored = { validated: storedCells("validated"), submitted: storedCells("submitted") };
    const drift = totalsDrift(expected, stored);
    const cells = Object.keys(expected.validated).length + Object.keys(expected.submitted).length;
    // A scope whose shards add up to the records, with no cell left at 0, is left as it is; any
    // other is rewritten: shard 0 the whole sum, the other shards deleted.
    const stale = SCOPES.filter(
      (scope) =>
        drift.some((row) => row.scope === scope) ||
        shardsOf(scope).some(({ item }) => item !== undefined && hasZeroCell(item)),
    );
    if (stale.length === 0) return { drift, written: [], cells };
    const writes: TransactItem[] = stale.flatMap((scope) =>
      shardsOf(scope).flatMap(({ key, item }, shard): TransactItem[] => {
        const revision = item?.[REVISION];
        const current = typeof revision === "number" ? revision : undefined;
        // Also true of a missing item, which a write in between would have created with a revision.
        const unchanged = {
          ConditionExpression: current === undefined ? "attribute_not_exists(#revision)" : "#revision = :revision",
          ExpressionAttributeNames: { "#revision": REVISION },
          ...(current !== undefined && { ExpressionAttributeValues: { ":revision": current } }),
        };
        if (shard === 0) {
          return [
            {
              Put: {
                TableName: db.tableName,
                Item: { ...key, ...expected[scope], [REVISION]: (current ?? 0) + 1 },
                ...unchanged,
              },
            },
          ];
        }
        // A shard read missing is checked as missing, so that a write landing there is seen.
        return [
          item
            ? { Delete: { TableName: db.tableName, Key: key, ...unchanged } }
            : { ConditionCheck: { TableName: db.tableName, Key: key, ...unchanged } },
        ];
      }),
    );
    if (await written(db, writes)) return { drift, written: stale, cells };
    if (attempt === MAX_REPAIR_ATTEMPTS) throw new RepairConflictError(year, attempt);
  }
}

/**
 * Writes the items, or says that another write came in between: a failed condition, or a
 * transaction that kept meeting others.
 */
async function written(db: Database, puts: TransactItem[]): Promise<boolean> {
  try {
    return (await writeAll(db, puts)).length === 0;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

/** Whether a stored item keeps a cell at 0: no drift, but a cell the records do not have. */
function hasZeroCell(item: Record<string, unknown>): boolean {
  return Object.entries(item).some(([name, value]) => value === 0 && name !== REVISION);
}
