// New activities written many at a time, for spreadsheet imports: per batch, one transaction adds
// the batch's totals and citation counts (each on one shard, as any write's: model.ts, SHARDS)
// together with a marker of the batch, then BatchWrite
// puts the activities' links and audit entries, then the activities themselves. A batch written
// again after a failure finds its marker and adds nothing twice; an activity item, once there,
// always has its links, its audit entry and its share of the totals.
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import PQueue from "p-queue";
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
import { queryPage } from "./query";
import { MAX_TRANSACTION_ITEMS, type TransactItem, writeAll } from "./transaction";

/** Activities per batch: one totals transaction each. */
export const IMPORT_BATCH_SIZE = 250;
/** DynamoDB's largest BatchWrite. */
const MAX_BATCH_WRITE = 25;
/** BatchWrite requests in flight at once. */
const CONCURRENCY = 8;
const MAX_ATTEMPTS = 8;

export type ActivityBatch = {
  importId: string;
  batch: number;
  activities: Activity[];
  actor: Actor;
  /** When the import's first run began (ms), which its markers keep for the runs after it. */
  startedAt?: number;
};

/**
 * When the import's first run began, as the markers of the batches it wrote keep it, or nothing if
 * none was written: a run after a failure makes its records and audit entries with the same times,
 * so that it writes the same items, not second ones.
 */
export async function importStartedAt(db: Database, importId: string): Promise<number | undefined> {
  const { items } = await queryPage(
    db,
    { ...model.importBatch.key.query({ importId }), consistent: true },
    { limit: 1 },
  );
  const startedAt = items[0]?.startedAt;
  return typeof startedAt === "number" ? startedAt : undefined;
}

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

/**
 * Where BatchWrite requests wait their turn: CONCURRENCY of them in flight at once. An import
 * keeps one for all its batches, so that the requests stay in flight from the first batch to the
 * last instead of draining at the end of each.
 */
export type WriteQueue = PQueue;
export const writeQueue = (): WriteQueue => new PQueue({ concurrency: CONCURRENCY });

/** One BatchWrite request of up to 25 items, sent again with what DynamoDB leaves unprocessed. */
async function putChunk(db: Database, chunk: Record<string, unknown>[]): Promise<void> {
  let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === MAX_ATTEMPTS) throw new Error(`DynamoDB left ${pending.length} items unwritten`);
    // Unprocessed items mean the table is busy: wait a little longer each time.
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 25 * Math.random()));
    const result = await db.client.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: pending } }));
    pending = (result.UnprocessedItems?.[db.tableName] ?? []) as typeof pending;
  }
}

/** Where putAll's requests go: a queue of its own by default; once `signal` aborts, those not yet sent are not sent. */
export type PutOptions = { queue?: WriteQueue; priority?: number; signal?: AbortSignal };

/**
 * Puts every item, 25 a request, CONCURRENCY requests at once (on the queue given, or one of its
 * own), retrying what DynamoDB leaves unprocessed. Requests of a higher priority go first.
 */
export async function putAll(
  db: Database,
  items: Record<string, unknown>[],
  { queue = writeQueue(), priority = 0, signal }: PutOptions = {},
): Promise<void> {
  const requests: Promise<void>[] = [];
  for (let start = 0; start < items.length; start += MAX_BATCH_WRITE) {
    const chunk = items.slice(start, start + MAX_BATCH_WRITE);
    // Checked when its turn comes rather than listened for: thousands of requests may wait at once.
    requests.push(
      queue.add(
        () => {
          signal?.throwIfAborted();
          return putChunk(db, chunk);
        },
        { priority },
      ),
    );
  }
  await Promise.all(requests);
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
export async function addBatchTotals(db: Database, { importId, batch, activities, startedAt }: ActivityBatch) {
  if (activities.length === 0) return;
  const marker: TransactItem = {
    Put: {
      TableName: db.tableName,
      Item: {
        ...model.importBatch.key.of({ importId, batch }),
        activities: activities.length,
        at: new Date().toISOString(),
        ...(startedAt !== undefined && { startedAt }),
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
  const size = build().length;
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

/**
 * The batch's links and audit entries, then its activities: an activity is never there without
 * them. On a shared queue the activities go before any later batch's links, so that batches end in
 * the order they began.
 */
export async function putBatchItems(
  db: Database,
  { importId, activities, actor }: ActivityBatch,
  { queue = writeQueue(), signal }: Omit<PutOptions, "priority"> = {},
) {
  await putAll(
    db,
    activities.flatMap((activity) => [
      ...linkKeys(activity),
      auditEntryItem(
        { entity: "Activity", recordId: activity.id, action: "import", actor, after: activity },
        activity.createdAt,
        importId,
      ),
    ]),
    { queue, ...(signal && { signal }) },
  );
  await putAll(
    db,
    activities.map((activity) => storedItem(model.activity, activity)),
    { queue, priority: 1, ...(signal && { signal }) },
  );
}
