// The DynamoDB document client and the table it talks to, created once per process.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Config } from "../config";
import { CONNECTION_TIMEOUT_MS, REQUEST_TIMEOUT_MS, reportUnavailable, SDK_MAX_ATTEMPTS } from "./faults";

/**
 * Items that every write of a busy year, or every activity of a much-cited mentor or donor, would
 * otherwise change (a year's totals, a donor's totals, a record's citations) are each kept as
 * this many items. A write changes one of them, picked at random at each try, so that writes at
 * the same moment seldom meet on one item (DynamoDB cancels a transaction that touches an item
 * another one holds, and throttles one partition key beyond 1 000 writes a second); a read
 * fetches them all in one BatchGet and adds them up. Shard 0 is the item a table written before
 * the shards holds. The number may grow on a table, never shrink: reads would miss a shard.
 */
export const SHARDS = 8;

/** `shards`: the items each hot counter is kept as (see SHARDS); 1 is the layout before them. */
export type Database = { client: DynamoDBDocumentClient; tableName: string; shards: number };

export function createDatabase(
  config: Pick<Config, "tableName" | "dynamodbEndpoint" | "region">,
  credentials?: { accessKeyId: string; secretAccessKey: string },
  options: { shards?: number } = {},
): Database {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.dynamodbEndpoint && { endpoint: config.dynamodbEndpoint }),
    ...(credentials && { credentials }),
    retryMode: "standard",
    maxAttempts: SDK_MAX_ATTEMPTS,
    // On AWS a database that does not answer is a failed attempt, retried, not a request held
    // until Lambda's own timeout ends it with nothing said to the client. A configured endpoint is
    // DynamoDB Local, a Java process sharing the machine with everything else: it answers in its
    // own time, and a slow machine is no reason to fail a seed or a test.
    ...(!config.dynamodbEndpoint && {
      requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    }),
  });
  reportUnavailable(client);
  return {
    client: DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    }),
    tableName: config.tableName,
    shards: options.shards ?? SHARDS,
  };
}
