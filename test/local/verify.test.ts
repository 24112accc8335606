import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, inject, it } from "vitest";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../../local/dynamodb-local";
import { createDatabase, SHARDS } from "../../shared/data/client";
import { keys } from "../../shared/data/keys";

const run = promisify(execFile);

describe("npm run verify", () => {
  // The run's DynamoDB Local, in a table of this file's own that the command creates and seeds.
  const tableName = `verify-${randomUUID()}`;
  const endpoint = inject("dynamodbEndpoint");
  const db = createDatabase({ tableName, dynamodbEndpoint: endpoint, region: LOCAL_REGION }, LOCAL_CREDENTIALS);
  afterAll(async () => {
    await db.client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
  });

  async function verify(...args: string[]) {
    const env = {
      ...process.env,
      DYNAMODB_ENDPOINT: endpoint,
      TABLE_NAME: tableName,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    };
    try {
      const { stdout } = await run(
        process.execPath,
        ["--import", "tsx", "local/verify.ts", "--year", "2019", ...args],
        {
          env,
        },
      );
      return { code: 0, stdout };
    } catch (error) {
      const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
      return { code, stdout: stdout + stderr };
    }
  }

  it("finds no drift in fresh totals, prints drift with exit 1, and --repair writes the totals back", async () => {
    const fresh = await verify();
    expect(fresh).toMatchObject({ code: 0, stdout: expect.stringMatching(/^No drift: the \d+ total cells of 2019/) });

    // One cell of the stored totals (of the shard that has one) off by 5.
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, shard) =>
        db.client.send(new GetCommand({ TableName: tableName, Key: keys.aggregate(2019, "validated", shard) })),
      ),
    );
    const isProfession = (name: string) => name.startsWith("measure:practitionersTrained:profession:");
    const Item = shards.map((shard) => shard.Item).find((item) => Object.keys(item ?? {}).some(isProfession));
    const cell = Object.keys(Item ?? {}).find(isProfession) as string;
    await db.client.send(
      new PutCommand({ TableName: tableName, Item: { ...Item, [cell]: (Item?.[cell] as number) + 5 } }),
    );

    const drifted = await verify();
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain("Drift in 1 total cells of 2019:");
    expect(drifted.stdout).toContain(cell);

    const repaired = await verify("--repair");
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/^Repaired the validated totals of 2019: 1 drifted cells fixed/);
    expect(repaired.stdout).toMatch(/No drift: the \d+ total cells of 2019 match the records/);
    expect((await verify()).code).toBe(0);
  }, 90_000);
});
