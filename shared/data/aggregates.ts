// Aggregate items: a year's totals per scope, changed in the same transaction as the record
// that changes them, so a report reads a few items instead of every activity. Each is kept as
// shards (SHARDS in model.ts): a write adds its change to one, a read adds them all up.
import {
  type Cells,
  type Contribution,
  cell,
  contributionDelta,
  type DonorContribution,
  recordYears,
  type Scope,
  sumCells,
  type YearCount,
} from "../domain/aggregates";
import { checksumOf, withoutChecksum } from "../domain/record-checksum";
import { batchGet } from "./batch-get";
import type { Database } from "./client";
import { KEY, model } from "./model";
import { anyShard, everyShard } from "./shards";
import type { TransactItem } from "./transaction";

/**
 * Beside its cells, a totals item counts the writes that changed it, so that the repair of a
 * year's totals (recompute-totals.ts) can write on the condition that none came in between.
 * It is not a cell: every reader leaves it out.
 */
export const REVISION = "revision";

/**
 * The updates that move a record's contribution from `before` to `after` (either may be absent),
 * each on a shard picked at random: build them anew for each try of the transaction.
 */
export function aggregateUpdates(
  db: Database,
  before: Contribution | undefined,
  after: Contribution | undefined,
): TransactItem[] {
  return contributionDelta(before, after).flatMap(({ year, scope, cells }) =>
    shardedUpdates(db, (shard) => model.totals.key.of({ year, scope, shard }), cells),
  );
}

/**
 * DynamoDB refuses an update expression over 4 KB, about 300 cells: a change of more cells (a
 * batch of varied activities) goes to several shards, a part each, in the same transaction.
 */
export const CELLS_PER_UPDATE = 250;

/** The updates that add the cells to the shards of one counter, from a shard picked at random. */
function shardedUpdates(db: Database, keyOf: (shard: number) => Record<string, unknown>, cells: Cells): TransactItem[] {
  const entries = Object.entries(cells);
  const parts = Math.max(1, Math.ceil(entries.length / CELLS_PER_UPDATE));
  if (parts > db.shards) {
    throw new Error(
      `one write changes ${entries.length} cells of one total: more than its ${db.shards} shard(s) can take`,
    );
  }
  const first = anyShard(db);
  return Array.from({ length: parts }, (_, part) =>
    cellsUpdate(
      db,
      keyOf((first + part) % db.shards),
      Object.fromEntries(entries.slice(part * CELLS_PER_UPDATE, (part + 1) * CELLS_PER_UPDATE)),
    ),
  );
}

/** Adds the cells to a totals item (one shard), counting the write in its revision. */
export function cellsUpdate(db: Database, Key: Record<string, unknown>, cells: Cells): TransactItem {
  const entries = Object.entries(cells);
  return {
    Update: {
      TableName: db.tableName,
      Key,
      // ADD creates a missing item or cell at zero first, so no read is needed before a write.
      UpdateExpression: `ADD ${entries.map((_, i) => `#c${i} :d${i}`).join(", ")}, #revision :one`,
      ExpressionAttributeNames: {
        ...Object.fromEntries(entries.map(([name], i) => [`#c${i}`, name])),
        "#revision": REVISION,
      },
      ExpressionAttributeValues: {
        ...Object.fromEntries(entries.map(([, delta], i) => [`:d${i}`, delta])),
        ":one": 1,
      },
    },
  };
}

/** The updates that add each donor's share of a change to its totals of the year, each on a random shard. */
export function donorTotalsUpdates(db: Database, changes: DonorContribution[]): TransactItem[] {
  return changes.flatMap(({ year, donor, cells }) =>
    shardedUpdates(db, (shard) => model.donorTotals.key.of({ year, donor, shard }), cells),
  );
}

/** Every shard of a donor's totals of a year. */
export function donorTotalsShards(db: Database, year: number, donor: string) {
  return everyShard(db, (shard) => model.donorTotals.key.of({ year, donor, shard }));
}

/** What the validated activities a donor funds add up to in a year: one BatchGet of its shards. */
export async function getDonorTotals(db: Database, donor: string, year: number): Promise<Cells> {
  return sumCells(...(await batchGet(db, donorTotalsShards(db, year, donor), true)).map(cellsOf));
}

/** Every shard of a year's totals in one scope. */
export function totalsShards(db: Database, year: number, scope: Scope) {
  return everyShard(db, (shard) => model.totals.key.of({ year, scope, shard }));
}

/**
 * A year's totals over the given scopes: the sum of their shards, read with one request whatever
 * the number of records; and the checksum of the activities they count (record-checksum.ts).
 */
export async function readTotals(
  db: Database,
  year: number,
  scopes: readonly Scope[],
): Promise<{ cells: Cells; checksum: string }> {
  const items = await batchGet(
    db,
    scopes.flatMap((scope) => totalsShards(db, year, scope)),
    true,
  );
  const cells = sumCells(...items.map(cellsOf));
  return { cells: withoutChecksum(cells), checksum: checksumOf(cells) };
}

/** A year's totals over the given scopes, cell by cell. */
export async function getTotals(db: Database, year: number, scopes: readonly Scope[]): Promise<Cells> {
  return (await readTotals(db, year, scopes)).cells;
}

/**
 * The years whose totals count at least one activity, newest first, with that count: over the
 * given scopes, or only the activities `donorId` funds. BatchGets of the totals shards of every
 * year from the first to the next (a few keys a year, whatever the number of records), each
 * item cut down to its key and the one cell counted.
 */
export async function listYearsWithRecords(
  db: Database,
  options: { scopes: readonly Scope[]; donorId?: string; now?: Date },
): Promise<YearCount[]> {
  const counted = options.donorId === undefined ? cell.activities : cell.donorActivities(options.donorId);
  const yearOf = new Map<string, number>();
  const itemKeys = recordYears(options.now).flatMap((year) =>
    options.scopes.flatMap((scope) =>
      totalsShards(db, year, scope).map((key) => {
        yearOf.set(key.pk, year);
        return key;
      }),
    ),
  );
  const items = await batchGet(db, itemKeys, true, [KEY.partition, counted]);
  const counts = new Map<number, number>();
  for (const item of items) {
    const year = yearOf.get(String(item[KEY.partition]));
    const value = item[counted];
    if (year !== undefined && typeof value === "number") counts.set(year, (counts.get(year) ?? 0) + value);
  }
  return [...counts]
    .filter(([, activities]) => activities > 0)
    .map(([year, activities]) => ({ year, activities }))
    .sort((a, b) => b.year - a.year);
}

/** The cells of a stored totals item (a shard): its numbers but the revision, zeros left out. */
export function cellsOf(item: Record<string, unknown>): Cells {
  return Object.fromEntries(
    Object.entries(item).filter(
      (entry): entry is [string, number] => typeof entry[1] === "number" && entry[1] !== 0 && entry[0] !== REVISION,
    ),
  );
}
