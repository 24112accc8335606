// New activities written many at a time, for spreadsheet imports: per batch, one transaction adds
// the batch's totals and citation counts (each on one shard, as any write's: model.ts, SHARDS)
// together with a marker of the batch, then BatchWrite
// puts the activities' links and audit entries, then the activities themselves. A batch written
// again after a failure finds its marker and adds nothing twice; an activity item, once there,
// always has its links, its audit entry and its share of the totals.
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { Activity } from "../domain/activity";
import {
  activityContribution,
  type Contribution,
  type DonorContribution,
  donorContributionDelta,
  sumCells,
} from "../domain/aggregates";
import { ValidationError } from "../domain/errors";
import { linkKeys } from "./activities";
import { aggregateUpdates, donorTotalsUpdates } from "./aggregates";
import { type Actor, auditEntryItem } from "./audit";
import { type Cited, citationUpdate, citedBy, isCitationOf, restoreShards } from "./citations";
import type { Database } from "./client";
import { model, storedItem } from "./model";
import { MAX_TRANSACTION_ITEMS, type TransactItem, writeAll } from "./transaction";

/** Activities per batch: one totals transaction each. */
export const IMPORT_BATCH_SIZE = 250;
/** DynamoDB's largest BatchWrite. */
const MAX_BATCH_WRITE = 25;
/** BatchWrite requests in flight at once. */
const CONCURRENCY = 8;
const MAX_ATTEMPTS = 8;

export type ActivityBatch = { importId: string; batch: number; activities: Activity[]; actor: Actor };

/** The batch's contribution to each year's totals, one per year and scope. */
function batchContributions(activities: Activity[]): Contribution[] {
  const byTotals = new Map<string, Contribution>();
  for (const activity of activities) {
    const contribution = activityContribution(activity);
    if (!contribution) continue;
    const name = `${contribution.year}#${contribution.scope}`;
    const sum = byTotals.get(name);
    byTotals.set(name, sum ? { ...sum, cells: sumCells(sum.cells, contribution.cells) } : contribution);
  }
  return [...byTotals.values()];
}

/** The batch's share of each donor's totals (validated activities only), one per year and donor. */
function batchDonorContributions(activities: Activity[]): DonorContribution[] {
  const byDonor = new Map<string, DonorContribution>();
  for (const contribution of activities.flatMap((activity) => donorContributionDelta(undefined, activity))) {
    const name = `${contribution.year} ${contribution.donor}`;
    const sum = byDonor.get(name);
    byDonor.set(name, sum ? { ...sum, cells: sumCells(sum.cells, contribution.cells) } : contribution);
  }
  return [...byDonor.values()];
}

/** The mentors and donors the batch cites, with the number of its activities citing each. */
function batchCitations(activities: Activity[]): { cited: Cited; count: number }[] {
  const counts = new Map<string, { cited: Cited; count: number }>();
  for (const activity of activities) {
    for (const [name, cited] of citedBy(activity)) {
      const entry = counts.get(name) ?? { cited, count: 0 };
      entry.count++;
      counts.set(name, entry);
    }
  }
  return [...counts.values()];
}

/** Puts every item, 25 a request, several requests at once, retrying what DynamoDB leaves unprocessed. */
export async function putAll(db: Database, items: Record<string, unknown>[]): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let start = 0; start < items.length; start += MAX_BATCH_WRITE) {
    chunks.push(items.slice(start, start + MAX_BATCH_WRITE));
  }
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as Record<string, unknown>[];
      let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt === MAX_ATTEMPTS) throw new Error(`DynamoDB left ${pending.length} items unwritten`);
        // Unprocessed items mean the table is busy: wait a little longer each time.
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 25 * Math.random()));
        const result = await db.client.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: pending } }));
        pending = (result.UnprocessedItems?.[db.tableName] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, chunks.length) }, worker));
}

/** A batch, all of it: its totals first, then its items. */
export async function writeActivityBatch(db: Database, batch: ActivityBatch) {
  await addBatchTotals(db, batch);
  await putBatchItems(db, batch);
}

/**
 * The batch's totals and reference counts, with its marker, in one transaction; nothing if the
 * marker is there already (an earlier try of the same batch added them).
 */
export async function addBatchTotals(db: Database, { importId, batch, activities }: ActivityBatch) {
  if (activities.length === 0) return;
  const marker: TransactItem = {
    Put: {
      TableName: db.tableName,
      Item: {
        ...model.importBatch.key.of({ importId, batch }),
        activities: activities.length,
        at: new Date().toISOString(),
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
  const contributions = batchContributions(activities);
  const donorContributions = batchDonorContributions(activities);
  const citations = batchCitations(activities);
  const build = (): TransactItem[] => [
    marker,
    ...contributions.flatMap((contribution) => aggregateUpdates(db, undefined, contribution)),
    ...citations.map(({ cited, count }) => citationUpdate(db, cited, count)),
    ...donorTotalsUpdates(db, donorContributions),
  ];
  const size = 1 + contributions.length + citations.length + donorContributions.length;
  if (size > MAX_TRANSACTION_ITEMS) {
    throw new Error(`an import batch cites too many mentors and donors (${size} writes): use smaller batches`);
  }
  for (let restored = false; ; restored = true) {
    let items: TransactItem[] = [];
    const failed = await writeAll(db, () => {
      items = build();
      return items;
    });
    // The marker there: an earlier try of this batch added its totals.
    if (failed.length === 0 || failed.includes(0)) return;
    // Anything else failing names a mentor or donor without citation shards: one stored before
    // them, which gets them, once, or one deleted meanwhile (the import checked them all).
    const failing = citations
      .map(({ cited }) => cited)
      .filter((cited) => failed.some((index) => isCitationOf(db, items[index], cited)));
    if (restored || (await restoreShards(db, failing)).length > 0) {
      throw new ValidationError([
        { path: "", message: "a mentor or donor the file cites was deleted during the import" },
      ]);
    }
  }
}

/** The batch's links and audit entries, then its activities: an activity is never there without them. */
export async function putBatchItems(db: Database, { importId, activities, actor }: ActivityBatch) {
  await putAll(db, [
    ...activities.flatMap((activity) => [
      ...linkKeys(activity),
      auditEntryItem(
        { entity: "Activity", recordId: activity.id, action: "import", actor, after: activity },
        activity.createdAt,
        importId,
      ),
    ]),
  ]);
  await putAll(
    db,
    activities.map((activity) => storedItem(model.activity, activity)),
  );
}
