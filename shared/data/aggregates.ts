// Aggregate items: a year's totals per scope, changed in the same transaction as the record
// that changes them, so a report reads a few items instead of every activity.
import { type Cells, type Contribution, contributionDelta, type Scope, sumCells } from "../domain/aggregates";
import { batchGet } from "./batch-get";
import type { Database } from "./client";
import { keys } from "./keys";
import type { TransactItem } from "./transaction";

/** The updates that move a record's contribution from `before` to `after` (either may be absent). */
export function aggregateUpdates(
  db: Database,
  before: Contribution | undefined,
  after: Contribution | undefined,
): TransactItem[] {
  return contributionDelta(before, after).map(({ year, scope, cells }) => {
    const entries = Object.entries(cells);
    return {
      Update: {
        TableName: db.tableName,
        Key: keys.aggregate(year, scope),
        // ADD creates a missing item or cell at zero first, so no read is needed before a write.
        UpdateExpression: `ADD ${entries.map((_, i) => `#c${i} :d${i}`).join(", ")}`,
        ExpressionAttributeNames: Object.fromEntries(entries.map(([name], i) => [`#c${i}`, name])),
        ExpressionAttributeValues: Object.fromEntries(entries.map(([, delta], i) => [`:d${i}`, delta])),
      },
    };
  });
}

/** A year's totals over the given scopes, read with one request whatever the number of records. */
export async function getTotals(db: Database, year: number, scopes: readonly Scope[]): Promise<Cells> {
  const items = await batchGet(
    db,
    scopes.map((scope) => keys.aggregate(year, scope)),
    true,
  );
  return sumCells(...items.map(cellsOf));
}

/** Stored totals by scope, for the consistency check. */
export async function getStoredTotals(db: Database, year: number): Promise<Record<Scope, Cells>> {
  const [validated, submitted] = await Promise.all([
    getTotals(db, year, ["validated"]),
    getTotals(db, year, ["submitted"]),
  ]);
  return { validated, submitted };
}

function cellsOf(item: Record<string, unknown>): Cells {
  return Object.fromEntries(
    Object.entries(item).filter((entry): entry is [string, number] => typeof entry[1] === "number" && entry[1] !== 0),
  );
}
