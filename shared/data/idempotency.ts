// Idempotency records for POST: a retry with the same key returns the first response and
// writes nothing; the same key with another body is refused.
import { createHash } from "node:crypto";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import stringify from "safe-stable-stringify";
import type { Database } from "./client";
import { model, TTL_ATTRIBUTE } from "./model";
import type { TransactItem } from "./transaction";

/** How long a key is remembered: long enough for a phone to come back online. */
export const IDEMPOTENCY_TTL_SECONDS = 7 * 24 * 60 * 60;

export type IdempotencyRecord = { requestHash: string; response: unknown };

export function requestHash(body: unknown): string {
  return createHash("sha256")
    .update(stringify(body) ?? "")
    .digest("hex");
}

/**
 * The item that claims a key inside the same transaction as the write it protects. The claim
 * fails if the key is held and not yet expired (DynamoDB deletes expired items only eventually).
 */
export function claimIdempotencyKey(
  db: Database,
  scope: string,
  key: string,
  record: IdempotencyRecord,
  now = Date.now(),
): TransactItem {
  const nowSeconds = Math.floor(now / 1000);
  return {
    Put: {
      TableName: db.tableName,
      Item: {
        ...model.idempotency.key.of({ scope, key }),
        ...record,
        [TTL_ATTRIBUTE]: nowSeconds + IDEMPOTENCY_TTL_SECONDS,
      },
      ConditionExpression: "attribute_not_exists(pk) OR #expiresAt < :now",
      ExpressionAttributeNames: { "#expiresAt": TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ":now": nowSeconds },
    },
  };
}

export async function getIdempotencyRecord(
  db: Database,
  scope: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  const result = await db.client.send(
    new GetCommand({ TableName: db.tableName, Key: model.idempotency.key.of({ scope, key }), ConsistentRead: true }),
  );
  return result.Item ? { requestHash: String(result.Item.requestHash), response: result.Item.response } : undefined;
}
