import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../shared/data/client";
import { keys } from "../../../shared/data/keys";
import { checkTotals, RepairConflictError, repairTotals } from "../../../shared/data/recompute-totals";
import type { Scope } from "../../../shared/domain/aggregates";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

/** A cell every logged activity adds to: its practitioners trained. */
const PARTICIPANTS = "measure:practitionersTrained:participants";

const storedItem = async (db: Database, year: number, scope: Scope) =>
  (
    await db.client.send(
      new GetCommand({ TableName: db.tableName, Key: keys.aggregate(year, scope), ConsistentRead: true }),
    )
  ).Item ?? {};

/**
 * Runs `during` just before each repair transaction is sent, `times` times at most: a write that
 * races the repair, landing between its reads and its write.
 */
function beforeRepairWrites(db: Database, during: () => Promise<unknown>, times: number) {
  const name = `beforeRepairWrites-${Math.random()}`;
  let runs = 0;
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const repairing =
        context.commandName === "TransactWriteItemsCommand" && JSON.stringify(args.input).includes("#revision = ");
      if (repairing && runs < times) {
        runs++;
        await during();
      }
      return next(args);
    },
    { step: "initialize", name },
  );
  return {
    runs: () => runs,
    remove: () => db.client.middlewareStack.remove(name),
  };
}

// One item per year and scope, as a table written before the shards holds them: the tests below
// corrupt that item; the repair of shards is tested at the end.
describe("repairTotals", async () => {
  const { app: manager, db, as } = await testApp({}, { shards: 1 });
  const kenya = as("mentor.kenya");
  const year = 2022;

  async function logged(status: "submitted" | "validated", overrides: Record<string, unknown> = {}) {
    const res = await sendJson(kenya, "POST", "/activities", {
      ...validActivity,
      startDate: `${year}-09-12`,
      endDate: `${year}-09-13`,
      ...overrides,
    });
    expect(res.status).toBe(201);
    const activity = await res.json();
    await sendJson(kenya, "POST", `/activities/${activity.id}/status`, { status: "submitted", version: 1 });
    if (status === "validated")
      await sendJson(manager, "POST", `/activities/${activity.id}/status`, { status: "validated", version: 2 });
    return activity as { id: string };
  }

  beforeAll(async () => {
    await logged("validated", { donors: ["demo-donor-a"] });
    await logged("validated", { countries: ["SEN"] });
    await logged("submitted", { donors: ["demo-donor-b"], participants: { total: 12 } });
  });

  it("leaves totals that match their records as they are, but for cells left at 0", async () => {
    const validated = await storedItem(db, year, "validated");
    // Validating took the activities out of the submitted totals: their cells are at 0 there.
    expect(await storedItem(db, year, "submitted")).toMatchObject({ "country:SEN:activities": 0 });
    expect(await repairTotals(db, year)).toMatchObject({ drift: [], written: ["submitted"] });
    expect(await storedItem(db, year, "validated")).toEqual(validated);
    expect(await storedItem(db, year, "submitted")).not.toHaveProperty("country:SEN:activities");
    expect((await checkTotals(db, year)).drift).toEqual([]);
  });

  it("rewrites corrupted totals to exactly the recomputed cells: wrong, missing, extra and zero cells", async () => {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.aggregate(year, "validated"),
        UpdateExpression: "SET #participants = :wrong, #bogus = :three REMOVE #donor",
        ExpressionAttributeNames: {
          "#participants": PARTICIPANTS,
          "#bogus": "country:ATA:activities",
          "#donor": "donor:demo-donor-a:activities",
        },
        ExpressionAttributeValues: { ":wrong": 7, ":three": 3 },
      }),
    );
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.aggregate(year, "submitted"),
        // A cell left at 0 is no drift, but it is not a cell the records have: the repair clears it.
        UpdateExpression: "SET #zero = :zero",
        ExpressionAttributeNames: { "#zero": "country:FJI:participants" },
        ExpressionAttributeValues: { ":zero": 0 },
      }),
    );
    const { drift } = await checkTotals(db, year);
    expect(drift).toEqual(
      expect.arrayContaining([
        { scope: "validated", cell: PARTICIPANTS, expected: 60, stored: 7 },
        { scope: "validated", cell: "country:ATA:activities", expected: 0, stored: 3 },
        { scope: "validated", cell: "donor:demo-donor-a:activities", expected: 1, stored: 0 },
      ]),
    );
    expect(drift).toHaveLength(3);
    const revision = (await storedItem(db, year, "validated")).revision as number;

    const repair = await repairTotals(db, year);
    expect(repair.drift).toEqual(drift);
    expect(repair.written).toEqual(["validated", "submitted"]);

    expect((await checkTotals(db, year)).drift).toEqual([]);
    const validated = await storedItem(db, year, "validated");
    expect(validated).not.toHaveProperty("country:ATA:activities");
    expect(validated).toMatchObject({ [PARTICIPANTS]: 60, "donor:demo-donor-a:activities": 1, revision: revision + 1 });
    expect(await storedItem(db, year, "submitted")).not.toHaveProperty("country:FJI:participants");
    expect(await repairTotals(db, year)).toMatchObject({ drift: [], written: [] });
  });

  it("fills in the donor cells of totals written before they existed", async () => {
    // As an older table holds them: every cell but the donors', and no revision.
    const current = await storedItem(db, year, "validated");
    const legacy = Object.fromEntries(
      Object.entries(current).filter(([name]) => !name.startsWith("donor:") && name !== "revision"),
    );
    await db.client.send(new PutCommand({ TableName: db.tableName, Item: legacy }));
    expect((await checkTotals(db, year)).drift).toEqual([
      { scope: "validated", cell: "donor:demo-donor-a:activities", expected: 1, stored: 0 },
    ]);
    const repair = await repairTotals(db, year);
    expect(repair.written).toEqual(["validated"]);
    expect((await checkTotals(db, year)).drift).toEqual([]);
    expect(await storedItem(db, year, "validated")).toEqual({ ...current, revision: 1 });
  });

  it("notices a write that lands during the repair, writes nothing over it, and repairs from fresh reads", async () => {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.aggregate(year, "submitted"),
        UpdateExpression: "SET #participants = :wrong",
        ExpressionAttributeNames: { "#participants": PARTICIPANTS },
        ExpressionAttributeValues: { ":wrong": 1 },
      }),
    );
    expect((await checkTotals(db, year)).drift).toHaveLength(1);
    // A mentor submits one more activity between the repair's reads and its write.
    const race = beforeRepairWrites(db, () => logged("submitted", { participants: { total: 5 } }), 1);
    try {
      const repair = await repairTotals(db, year);
      expect(race.runs()).toBe(1);
      // The second try saw the new record: 12 + 5 participants submitted, and no drift left.
      expect(repair.written).toEqual(["submitted"]);
      expect(repair.drift).toEqual([{ scope: "submitted", cell: PARTICIPANTS, expected: 17, stored: 6 }]);
    } finally {
      race.remove();
    }
    expect((await checkTotals(db, year)).drift).toEqual([]);
    expect((await storedItem(db, year, "submitted"))[PARTICIPANTS]).toBe(17);
  });

  it("gives up with a clear error when the totals keep changing, leaving the writers' changes in place", async () => {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.aggregate(year, "submitted"),
        UpdateExpression: "ADD #participants :more",
        ExpressionAttributeNames: { "#participants": PARTICIPANTS },
        ExpressionAttributeValues: { ":more": 100 },
      }),
    );
    const race = beforeRepairWrites(db, () => logged("submitted", { participants: { total: 1 } }), 10);
    try {
      await expect(repairTotals(db, year)).rejects.toThrow(RepairConflictError);
      expect(race.runs()).toBe(3);
    } finally {
      race.remove();
    }
    // Nothing of the repair was written: the corruption is still there, beside the three new records.
    expect((await checkTotals(db, year)).drift).toEqual([
      { scope: "submitted", cell: PARTICIPANTS, expected: 20, stored: 120 },
    ]);
    await expect(repairTotals(db, year)).resolves.toMatchObject({ written: ["submitted"] });
    expect((await checkTotals(db, year)).drift).toEqual([]);
  });
});
