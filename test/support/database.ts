// A fresh table on the run's DynamoDB Local for each test file, and an app wired to it.
import { randomUUID } from "node:crypto";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, inject } from "vitest";
import { ensureTable } from "../../local/create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../../local/dynamodb-local";
import { createApp } from "../../shared/api/app";
import type { Config } from "../../shared/config";
import { createDatabase, type Database } from "../../shared/data/client";

export async function testDatabase(): Promise<Database> {
  const endpoint = inject("dynamodbEndpoint");
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName);
  afterAll(async () => {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    client.destroy();
  });
  return createDatabase({ tableName, dynamodbEndpoint: endpoint, region: LOCAL_REGION }, LOCAL_CREDENTIALS);
}

export function testConfig(db: Database, overrides: Partial<Config> = {}): Config {
  return { tableName: db.tableName, region: LOCAL_REGION, maxBodyBytes: 256 * 1024, ...overrides };
}

export async function testApp(overrides: Partial<Config> = {}) {
  const db = await testDatabase();
  return { db, app: createApp({ db, config: testConfig(db, overrides) }) };
}
