// Runs a DynamoDB transaction and says which of its items failed their condition, if any.
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { ConcurrentWriteError } from "../domain/errors";
import type { Database } from "./client";
import { unavailable } from "./faults";
import { KEY_ATTRIBUTES } from "./table";

/** The count of citations a mentor or donor kept on its own item before they were sharded (citations.ts). */
export const LEGACY_CITATIONS = "activityCount";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/**
 * Tries of a transaction that keeps meeting concurrent ones, or being throttled, before the client
 * is told to retry (the SDK does not retry a cancelled transaction itself). Each try waits at
 * random up to twice as long as the one before (full jitter), from 50 ms up to 1 s, about 6 s in
 * all at most, well within API Gateway's 29 s; writes that met move apart, and a try on shards
 * picks them anew (shards.ts).
 */
const MAX_ATTEMPTS = 10;
const FIRST_BACKOFF_MS = 50;
const MAX_BACKOFF_MS = 1_000;

/** Largest transaction DynamoDB accepts. */
export const MAX_TRANSACTION_ITEMS = 100;

/** Reasons a transaction was cancelled that say nothing of its items: the same write may pass. */
const THROTTLED = new Set(["ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded"]);

/**
 * Writes all items or none. Returns the indexes of the items whose condition failed (empty on
 * success); any other failure is rethrown. Given a function, it builds the items anew for each
 * try, so that a try that met another transaction on a shard picks another (shards.ts); the items
 * must stand in the same order at every try.
 */
export async function writeAll(db: Database, items: TransactItem[] | (() => TransactItem[])): Promise<number[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const transactItems = typeof items === "function" ? items() : items;
      await db.client.send(new TransactWriteCommand({ TransactItems: transactItems }));
      return [];
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code ?? "None");
      const failed = codes.flatMap((code, index) => (code === "ConditionalCheckFailed" ? [index] : []));
      if (failed.length > 0) return failed;
      // Another transaction held one of the items (often a year's totals), or the table was
      // throttled: the write is safe to run again, since every condition is checked anew.
      const conflict = codes.includes("TransactionConflict");
      const throttled = codes.some((code) => THROTTLED.has(code));
      if (!conflict && !throttled) throw error;
      if (attempt >= MAX_ATTEMPTS) throw throttled ? unavailable(error) : new ConcurrentWriteError();
      const backoff = Math.random() * Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1));
      await new Promise((resolve) => setTimeout(resolve, backoff));
    }
  }
}

/**
 * What a stored item holds beside its record: the table's and every index's key attributes, read
 * from the table's declaration (model.ts) so that a new index cannot be forgotten here, and the
 * count of citations a record kept on its own item before they were sharded.
 * A record read with them would carry stale index entries (a validated activity still queued) into
 * its next write.
 */
const STORAGE_ATTRIBUTES = new Set<string>([...KEY_ATTRIBUTES, LEGACY_CITATIONS]);

/** Strips the key and index attributes from a stored item, leaving the record. */
export function toRecord<T>(item: Record<string, unknown>): T {
  // A loop rather than entries, filter and fromEntries: a year's report strips 100 000 items.
  const record: Record<string, unknown> = {};
  for (const name of Object.keys(item)) if (!STORAGE_ATTRIBUTES.has(name)) record[name] = item[name];
  // Past a dozen properties added one by one, V8 keeps an object's properties in a dictionary; its
  // spread copy keeps them in place, and an activity then takes 930 bytes of memory, not 1 570.
  return { ...record } as T;
}
