// Runs a DynamoDB transaction and says which of its items failed their condition, if any.
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { ConflictError } from "../domain/errors";
import type { Database } from "./client";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** Largest transaction DynamoDB accepts. */
export const MAX_TRANSACTION_ITEMS = 100;

/**
 * Writes all items or none. Returns the indexes of the items whose condition failed (empty on
 * success); any other failure is rethrown.
 */
export async function writeAll(db: Database, items: TransactItem[]): Promise<number[]> {
  try {
    await db.client.send(new TransactWriteCommand({ TransactItems: items }));
    return [];
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons.some((reason) => reason.Code === "TransactionConflict")) {
      throw new ConflictError("another change to the same record was being written at the same moment: try again");
    }
    const failed = reasons.flatMap((reason, index) => (reason.Code === "ConditionalCheckFailed" ? [index] : []));
    if (failed.length === 0) throw error;
    return failed;
  }
}

/** Strips the key and index attributes from a stored item, leaving the record. */
export function toRecord<T>(item: Record<string, unknown>): T {
  const { pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk, activityCount, ...record } = item;
  return record as T;
}
