// BatchGetItem over any number of keys, asking again for the keys DynamoDB leaves unprocessed.
import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import type { Database } from "./client";

const MAX_KEYS_PER_BATCH = 100;
const MAX_ATTEMPTS = 6;

type Key = Record<string, unknown>;

/**
 * The items of `keys` (in no particular order; missing ones are left out). With `attributes`, each
 * item holds only those attributes, e.g. one cell of a totals item and the key that says whose it is.
 */
export async function batchGet(
  db: Database,
  keys: Key[],
  consistent = false,
  attributes?: readonly string[],
): Promise<Record<string, unknown>[]> {
  // Names go through placeholders: cell names hold colons and may be reserved words.
  const projection = attributes?.length
    ? {
        ProjectionExpression: attributes.map((_, i) => `#p${i}`).join(", "),
        ExpressionAttributeNames: Object.fromEntries(attributes.map((name, i) => [`#p${i}`, name])),
      }
    : {};
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < keys.length; start += MAX_KEYS_PER_BATCH) {
    let pending = keys.slice(start, start + MAX_KEYS_PER_BATCH);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === MAX_ATTEMPTS)
        throw new Error(`DynamoDB left ${pending.length} keys unread after ${attempt} attempts`);
      // Unprocessed keys mean the table is busy: wait a little longer each time.
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 25));
      const result = await db.client.send(
        new BatchGetCommand({
          RequestItems: { [db.tableName]: { Keys: pending, ConsistentRead: consistent, ...projection } },
        }),
      );
      items.push(...(result.Responses?.[db.tableName] ?? []));
      pending = result.UnprocessedKeys?.[db.tableName]?.Keys ?? [];
    }
  }
  return items;
}
