// A fresh table on the run's DynamoDB Local for each test file, and an app wired to it with the
// development identity provider, so requests carry real signed tokens.
import { randomUUID } from "node:crypto";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, inject } from "vitest";
import { ensureTable } from "../../local/create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../../local/dynamodb-local";
import { createApp } from "../../shared/app/app";
import { createDevIdentityProvider, DEV_USERS } from "../../shared/auth/dev-identity-provider";
import { createTokenVerifier } from "../../shared/auth/verify-token";
import type { Config } from "../../shared/config";
import { donors, mentors } from "../../shared/data/catalog";
import { createDatabase, type Database } from "../../shared/data/client";

export const TEST_ISSUER = "http://localhost/dev-auth";

/** `shards`: 1 gives the layout of a table written before the shards (model.ts, SHARDS). */
export async function testDatabase(options: { shards?: number } = {}): Promise<Database> {
  const endpoint = inject("dynamodbEndpoint");
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName);
  afterAll(async () => {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    client.destroy();
  });
  return createDatabase({ tableName, dynamodbEndpoint: endpoint, region: LOCAL_REGION }, LOCAL_CREDENTIALS, options);
}

export function testConfig(db: Database, overrides: Partial<Config> = {}): Config {
  return { tableName: db.tableName, region: LOCAL_REGION, maxBodyBytes: 256 * 1024, ...overrides };
}

/** The records the development users are bound to: their mentors and donor organisations. */
async function seedDevRecords(db: Database) {
  const seed = { id: "seed" };
  for (const user of DEV_USERS) {
    if (user.mentorId) {
      await mentors.create(
        db,
        {
          name: user.name,
          dutyStation: { city: "Nairobi", country: "KEN" },
          countriesCovered: [],
          themes: [],
          period: { start: "2019-01-01" },
        },
        seed,
        user.mentorId,
      );
    }
    if (user.donorId) await donors.create(db, { id: user.donorId, name: user.name }, seed);
  }
}

export type Client = { request: (path: string, init?: RequestInit) => Promise<Response> };

export async function testApp(overrides: Partial<Config> = {}, options: { shards?: number } = {}) {
  const db = await testDatabase(options);
  await seedDevRecords(db);
  const identity = await createDevIdentityProvider(TEST_ISSUER);
  const app = createApp({
    db,
    config: testConfig(db, overrides),
    verifyToken: createTokenVerifier(identity),
    devIdentity: identity,
  });
  const tokens = new Map<string, string>();
  /** A client signed in as a development user (see DEV_USERS). */
  const as = (username: string): Client => ({
    async request(path, init = {}) {
      if (!tokens.has(username)) tokens.set(username, await identity.issue(username));
      const headers = new Headers(init.headers);
      headers.set("authorization", `Bearer ${tokens.get(username)}`);
      return app.request(path, { ...init, headers });
    },
  });
  // Most tests act as a manager, who may do everything; the access tests pick their user.
  return { db, app: as("manager"), unauthenticated: app, as, identity };
}
