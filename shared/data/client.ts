// The DynamoDB document client and the table it talks to, created once per process.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Config } from "../config";

export type Database = { client: DynamoDBDocumentClient; tableName: string };

export function createDatabase(
  config: Pick<Config, "tableName" | "dynamodbEndpoint" | "region">,
  credentials?: { accessKeyId: string; secretAccessKey: string },
): Database {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.dynamodbEndpoint && { endpoint: config.dynamodbEndpoint }),
    ...(credentials && { credentials }),
  });
  return {
    client: DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    }),
    tableName: config.tableName,
  };
}
