// Reads every record of a year to recompute its totals: the check of the aggregate items, and
// their repair, run from the command line (`npm run verify`), never on a request path. The totals
// are the year's, per scope, and each donor's (validated activities it funds), each kept as shards.

import type { Activity } from "../domain/activity";
import {
  type Cells,
  computeDonorTotals,
  computeTotals,
  type Drift,
  type Scope,
  sumCells,
  totalsDrift,
} from "../domain/aggregates";
import { ConflictError } from "../domain/errors";
import { cellsOf, donorTotalsShards, REVISION, totalsShards } from "./aggregates";
import { batchGet } from "./batch-get";
import { donors, labs } from "./catalog";
import type { Database } from "./client";
import { KEY, type Key, model } from "./model";
import { queryPage } from "./query";
import { readPages } from "./read-pages";
import { type TransactItem, toRecord, writeAll } from "./transaction";

const SCOPES: readonly Scope[] = ["validated", "submitted"];

/** Tries of a repair whose totals keep changing under it before it gives up. */
const MAX_REPAIR_ATTEMPTS = 3;

/**
 * One set of totals: a year's in one scope, or a donor's, with the cells its records add up to
 * and the keys of its shards.
 */
type Group = { name: string; scope: Scope; donor?: string; keys: Key[]; expected: Cells };

/** Every set of totals of a year, with what its records add up to. */
async function recomputedGroups(db: Database, year: number): Promise<Group[]> {
  const [activities, allLabs, allDonors] = await Promise.all([
    readPages((page) => queryPage(db, model.activity.indexes.activitiesByYear.query({ year }), page)).then((items) =>
      items.map(toRecord<Activity>),
    ),
    readPages((page) => labs.list(db, page)),
    readPages((page) => donors.list(db, page)),
  ]);
  const totals = computeTotals(year, activities, allLabs);
  const byDonor = computeDonorTotals(year, activities);
  // A donor with nothing validated this year may still hold totals written before: each is read.
  const donorIds = [...new Set([...allDonors.map((donor) => donor.id), ...byDonor.keys()])].sort();
  return [
    ...SCOPES.map((scope) => ({ name: scope, scope, keys: totalsShards(db, year, scope), expected: totals[scope] })),
    ...donorIds.map((donor) => ({
      name: `donor ${donor}`,
      scope: "validated" as const,
      donor,
      keys: donorTotalsShards(db, year, donor),
      expected: byDonor.get(donor) ?? {},
    })),
  ];
}

/** Each group's shards as stored now (read consistently), and its drift from the records. */
async function storedGroups(db: Database, groups: Group[]) {
  const items = await batchGet(
    db,
    groups.flatMap((group) => group.keys),
    true,
  );
  const byPartition = new Map(items.map((item) => [String(item[KEY.partition]), item]));
  return groups.map((group) => {
    const shards = group.keys.map((key) => ({ key, item: byPartition.get(key.pk) }));
    const stored = sumCells(...shards.map(({ item }) => cellsOf(item ?? {})));
    const drift = totalsDrift(
      { [group.scope]: group.expected } as Record<Scope, Cells>,
      {
        [group.scope]: stored,
      } as Record<Scope, Cells>,
    ).map((row) => ({ ...row, ...(group.donor && { donor: group.donor }) }));
    return { group, shards, drift };
  });
}

const cellCount = (groups: Group[]) =>
  groups.filter((group) => !group.donor).reduce((sum, group) => sum + Object.keys(group.expected).length, 0);

export async function checkTotals(db: Database, year: number): Promise<{ drift: Drift[]; cells: number }> {
  const groups = await recomputedGroups(db, year);
  const stored = await storedGroups(db, groups);
  return { drift: stored.flatMap(({ drift }) => drift), cells: cellCount(groups) };
}

/**
 * What a repair changed: the drift it fixed, the totals it rewrote ("validated", "submitted",
 * "donor <id>"), the cells of the year's totals.
 */
export type Repair = { drift: Drift[]; written: string[]; cells: number };

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
    // The shards first, with their revisions, then the records.
    const groups = await recomputedGroups(db, year);
    const stored = await storedGroups(db, groups);
    const drift = stored.flatMap((group) => group.drift);
    // Totals whose shards add up to the records, with no cell left at 0, are left as they are; any
    // other is rewritten: shard 0 the whole sum, the other shards deleted.
    const stale = stored.filter(
      ({ drift, shards }) => drift.length > 0 || shards.some(({ item }) => item !== undefined && hasZeroCell(item)),
    );
    if (stale.length === 0) return { drift, written: [], cells: cellCount(groups) };
    // The year's two scopes in one transaction, each donor's in its own (a transaction holds 100 items).
    const yearWrites = stale.filter(({ group }) => !group.donor).flatMap((group) => rewrite(db, group));
    const transactions = [
      ...(yearWrites.length > 0 ? [yearWrites] : []),
      ...stale.filter(({ group }) => group.donor).map((group) => rewrite(db, group)),
    ];
    let complete = true;
    for (const writes of transactions) complete = (await written(db, writes)) && complete;
    if (complete) return { drift, written: stale.map(({ group }) => group.name), cells: cellCount(groups) };
    if (attempt === MAX_REPAIR_ATTEMPTS) throw new RepairConflictError(year, attempt);
  }
}

/**
 * The writes that leave a set of totals with exactly its recomputed cells in shard 0 and nothing
 * in the others, each on the condition that its shard's revision has not moved since it was read.
 */
function rewrite(
  db: Database,
  { group, shards }: { group: Group; shards: { key: Key; item?: Record<string, unknown> }[] },
): TransactItem[] {
  return shards.map(({ key, item }, shard): TransactItem => {
    const revision = item?.[REVISION];
    const current = typeof revision === "number" ? revision : undefined;
    // Also true of a missing item, which a write in between would have created with a revision.
    const unchanged = {
      ConditionExpression: current === undefined ? "attribute_not_exists(#revision)" : "#revision = :revision",
      ExpressionAttributeNames: { "#revision": REVISION },
      ...(current !== undefined && { ExpressionAttributeValues: { ":revision": current } }),
    };
    if (shard === 0) {
      return {
        Put: {
          TableName: db.tableName,
          Item: { ...key, ...group.expected, [REVISION]: (current ?? 0) + 1 },
          ...unchanged,
        },
      };
    }
    // A shard read missing is checked as missing, so that a write landing there is seen.
    return item
      ? { Delete: { TableName: db.tableName, Key: key, ...unchanged } }
      : { ConditionCheck: { TableName: db.tableName, Key: key, ...unchanged } };
  });
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
