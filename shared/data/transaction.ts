// Runs a DynamoDB transaction and says which of its items failed their condition, if any.
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { ConcurrentWriteError } from "../domain/errors";
import type { Database } from "./client";
import { unavailable } from "./faults";
import { KEY_ATTRIBUTES } from "./table";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/**
 * Tries of a transaction that keeps meeting concurrent ones, or being throttled, before the client
 * is told to retry. The SDK does not retry a cancelled transaction itself.
 */
const MAX_ATTEMPTS = 5;

/** Largest transaction DynamoDB accepts. */
export const MAX_TRANSACTION_ITEMS = 100;

/** Reasons a transaction was cancelled that say nothing of its items: the same write may pass. */
const THROTTLED = new Set(["ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded"]);

/**
 * Writes all items or none. Returns the indexes of the items whose condition failed (empty on
 * success); any other failure is rethrown.
 */
export async function writeAll(db: Database, items: TransactItem[]): Promise<number[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.client.send(new TransactWriteCommand({ TransactItems: items }));
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
      // Full jitter: 0 to 40, 80, 160, 320 ms.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 ** attempt * 20));
    }
  }
}

/**
 * What a stored item holds beside its record: the table's and every index's key attributes, read
 * from the table's declaration (model.ts) so that a new index cannot be forgotten here, and the
 * reference count.
 * A record read with them would carry stale index entries (a validated activity still queued) into
 * its next write.
 */
const STORAGE_ATTRIBUTES = new Set<string>([...KEY_ATTRIBUTES, "activityCount"]);

/** Strips the key and index attributes from a stored item, leaving the record. */
export function toRecord<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !STORAGE_ATTRIBUTES.has(name))) as T;
}
