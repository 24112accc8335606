// Runs a DynamoDB transaction and says which of its items failed their condition, if any.
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { ConflictError } from "../domain/errors";
import type { Database } from "./client";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** Tries of a transaction that keeps meeting concurrent ones before the client is told to retry. */
const MAX_CONFLICT_ATTEMPTS = 5;

/** Largest transaction DynamoDB accepts. */
export const MAX_TRANSACTION_ITEMS = 100;

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
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.flatMap((reason, index) => (reason.Code === "ConditionalCheckFailed" ? [index] : []));
      if (failed.length > 0) return failed;
      // Another transaction held one of the items (often a year's totals): the write is safe to
      // run again, since every condition is checked anew.
      if (reasons.some((reason) => reason.Code === "TransactionConflict") && attempt < MAX_CONFLICT_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 ** attempt * 20));
        continue;
      }
      if (reasons.some((reason) => reason.Code === "TransactionConflict")) {
        throw new ConflictError("the record was being changed by someone else at the same moment: try again");
      }
      throw error;
    }
  }
}

/** Strips the key and index attributes from a stored item, leaving the record. */
export function toRecord<T>(item: Record<string, unknown>): T {
  const { pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk, activityCount, ...record } = item;
  return record as T;
}
