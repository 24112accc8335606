// The DynamoDB document client and the table it talks to, created once per process.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Config } from "../config";
import { CONNECTION_TIMEOUT_MS, REQUEST_TIMEOUT_MS, reportUnavailable, SDK_MAX_ATTEMPTS } from "./faults";
import { SHARDS } from "./model";

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
