// Creates the table on DynamoDB Local (or any endpoint) from the same definition as the stack.
import {
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";
import { INDEXES, KEY, KEY_ATTRIBUTES, TTL_ATTRIBUTE } from "../shared/data/table";

/** Creates the table if it does not exist; returns whether it did. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: KEY_ATTRIBUTES.map((AttributeName) => ({ AttributeName, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: KEY.partition, KeyType: "HASH" },
          { AttributeName: KEY.sort, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: Object.entries(INDEXES).map(([IndexName, index]) => ({
          IndexName,
          KeySchema: [
            { AttributeName: index.partition, KeyType: "HASH" },
            { AttributeName: index.sort, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      }),
    );
  } catch (error) {
    if (error instanceof ResourceInUseException) return false;
    throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    }),
  );
  return true;
}
