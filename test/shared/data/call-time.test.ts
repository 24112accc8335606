import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { timeCalls } from "../../../shared/data/call-time";
import { testDatabase } from "../../support/database";

describe("timeCalls", () => {
  it("records the time of each call, a refused one too", async () => {
    const db = await testDatabase();
    const times: number[] = [];
    timeCalls(db.client, (ms) => times.push(ms));
    const item = { pk: "TIMED#1", sk: "TIMED" };
    await db.client.send(new PutCommand({ TableName: db.tableName, Item: item }));
    await db.client.send(new GetCommand({ TableName: db.tableName, Key: item }));
    await expect(
      db.client.send(
        new PutCommand({ TableName: db.tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" }),
      ),
    ).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    expect(times).toHaveLength(3);
    expect(times.every((ms) => ms > 0)).toBe(true);
  });
});
