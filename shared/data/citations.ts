// The count of activities citing a mentor or donor, which refuses deleting one still cited. It is
// kept over shards (model.ts, citations) so that the activities of one donor, written at the same
// moment by an import or a busy office, do not all meet on one item.
//
// The guarantee: an activity is only written if a shard of each record it cites exists, and the
// shards exist exactly while the record does; the record is deleted in one transaction with every
// shard, each on the condition that it still holds the count read just before, all of them zero.
// Transactions being serializable, a citation committed before the deletion makes it fail, and
// one after it finds no shard and fails: no activity ever cites a deleted record.
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { Activity } from "../domain/activity";
import { batchGet } from "./batch-get";
import type { Database } from "./client";
import { type CountedType, KEY, type Key, model } from "./model";
import { anyShard, everyShard } from "./shards";
import { LEGACY_CITATIONS, type TransactItem } from "./transaction";

export type Cited = { type: CountedType; id: string };

/** The attribute a shard counts in. */
const COUNT = "citations";

const recordKey = ({ type, id }: Cited): Key =>
  type === "MENTOR" ? model.mentor.key.of({ id }) : model.donor.key.of({ id });

const shardKeys = (db: Database, cited: Cited) =>
  everyShard(db, (shard) => model.citations.key.of({ ...cited, shard }));

/** The mentor and donors an activity cites, each once. */
export function citedBy(activity: Pick<Activity, "mentorId" | "donors"> | undefined): Map<string, Cited> {
  const cited = new Map<string, Cited>();
  if (!activity) return cited;
  if (activity.mentorId) cited.set(`MENTOR ${activity.mentorId}`, { type: "MENTOR", id: activity.mentorId });
  for (const donor of activity.donors) cited.set(`DONOR ${donor}`, { type: "DONOR", id: donor });
  return cited;
}

/** Adds `delta` citations on one shard, on the condition that it exists, i.e. that the record does. */
export function citationUpdate(db: Database, cited: Cited, delta: number): TransactItem {
  return {
    Update: {
      TableName: db.tableName,
      Key: model.citations.key.of({ ...cited, shard: anyShard(db) }),
      UpdateExpression: "ADD #count :delta",
      ConditionExpression: "attribute_exists(#pk)",
      ExpressionAttributeNames: { "#count": COUNT, "#pk": KEY.partition },
      ExpressionAttributeValues: { ":delta": delta },
    },
  };
}

/** Whether a transaction item is a citation update of this record (to name it in an error). */
export function isCitationOf(db: Database, item: TransactItem | undefined, cited: Cited): boolean {
  const pk = item?.Update?.Key?.[KEY.partition];
  return shardKeys(db, cited).some((key) => key.pk === pk);
}

/** The shards of a new record, at zero: written in the record's own transaction. */
export function citationShards(db: Database, cited: Cited): TransactItem[] {
  return shardKeys(db, cited).map((Key) => ({
    Update: {
      TableName: db.tableName,
      Key,
      UpdateExpression: "ADD #count :zero",
      ExpressionAttributeNames: { "#count": COUNT },
      ExpressionAttributeValues: { ":zero": 0 },
    },
  }));
}

/** The citations of a record as its shards hold them now (read consistently), shard by shard. */
export async function readCitations(
  db: Database,
  cited: Cited,
): Promise<{ total: number; byShard: Map<string, number> }> {
  const items = await batchGet(db, shardKeys(db, cited), true);
  const byShard = new Map(items.map((item) => [String(item[KEY.partition]), Number(item[COUNT] ?? 0)]));
  return { total: [...byShard.values()].reduce((sum, count) => sum + count, 0), byShard };
}

/**
 * How many activities cite each of `records`, for a list of them: one BatchGet of every record's
 * shards and of the records' own items (`recordKeys`, in the same order), whose count a record
 * stored before the shards holds. Eventually consistent: a figure to show, not a deletion's check.
 */
export async function citationCounts(db: Database, records: Cited[], recordKeys: Key[]): Promise<Map<string, number>> {
  const whose = new Map<string, string>();
  const itemOf = (key: Record<string, unknown>) => `${String(key[KEY.partition])} ${String(key[KEY.sort])}`;
  const keys = records.flatMap((cited, index) => {
    const own = recordKeys[index];
    const mine = [...shardKeys(db, cited), ...(own ? [own] : [])];
    for (const key of mine) whose.set(itemOf(key), cited.id);
    return mine;
  });
  const counts = new Map(records.map((cited) => [cited.id, 0]));
  const items = await batchGet(db, keys, false, [KEY.partition, KEY.sort, COUNT, LEGACY_CITATIONS]);
  for (const item of items) {
    const id = whose.get(itemOf(item));
    if (id === undefined) continue;
    const count = Number(item[COUNT] ?? 0) + Number(item[LEGACY_CITATIONS] ?? 0);
    counts.set(id, (counts.get(id) ?? 0) + count);
  }
  return counts;
}

/**
 * Deletes every shard with the record, each on the condition that it holds what was read (a
 * missing shard, that it is still missing or at zero). Put beside the record's own conditional
 * delete, in its transaction.
 */
export function citationDeletes(db: Database, cited: Cited, byShard: Map<string, number>): TransactItem[] {
  return shardKeys(db, cited).map((Key) => {
    const read = byShard.get(Key.pk);
    return {
      Delete: {
        TableName: db.tableName,
        Key,
        ConditionExpression: read === undefined ? "attribute_not_exists(#pk) OR #count = :read" : "#count = :read",
        ExpressionAttributeNames: { "#count": COUNT, ...(read === undefined && { "#pk": KEY.partition }) },
        ExpressionAttributeValues: { ":read": read ?? 0 },
      },
    };
  });
}

/**
 * Gives the shards, at zero, to those of the records that exist but have none (a table written
 * before the shards: its records count their citations on their own item, which a deletion still
 * checks). Returns the records that do not exist.
 */
export async function restoreShards(db: Database, records: Cited[]): Promise<Cited[]> {
  const missing: Cited[] = [];
  for (const cited of records) {
    try {
      await db.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName: db.tableName,
                Key: recordKey(cited),
                ConditionExpression: "attribute_exists(#pk)",
                ExpressionAttributeNames: { "#pk": KEY.partition },
              },
            },
            ...citationShards(db, cited),
          ],
        }),
      );
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (error.CancellationReasons?.[0]?.Code !== "ConditionalCheckFailed") throw error;
      missing.push(cited);
    }
  }
  return missing;
}
