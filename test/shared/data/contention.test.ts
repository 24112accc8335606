// DynamoDB's rules for writes at the same moment (conflicts between transactions, throttling of one
// partition key), simulated in the SDK's middleware over DynamoDB Local; and a busy year written
// under them: 50 activities logged and submitted at once, none refused, the totals exact.
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { PutCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { simulateContention } from "../../../shared/data/contention";
import { checkTotals } from "../../../shared/data/recompute-totals";
import { UnavailableError } from "../../../shared/domain/errors";
import { testApp, testDatabase } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

const put = (tableName: string, pk: string, extra: Record<string, unknown> = {}) => ({
  Put: { TableName: tableName, Item: { pk, sk: "ITEM", ...extra } },
});

describe("the contention simulation", async () => {
  const db = await testDatabase();
  const counts = simulateContention(db.client, { writeUnitsPerSecond: 10 });
  // Holds the first transaction that names "held" in flight until released.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let arrived: () => void = () => {};
  const inFlight = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  db.client.middlewareStack.add(
    (next) => async (args) => {
      if (JSON.stringify(args.input).includes("held-first")) {
        arrived();
        await released;
      }
      return next(args);
    },
    { step: "deserialize", name: "holdInFlight" },
  );

  it("cancels a transaction that touches an item another one holds, naming that item", async () => {
    const first = db.client.send(
      new TransactWriteCommand({
        TransactItems: [put(db.tableName, "held", { by: "held-first" }), put(db.tableName, "a")],
      }),
    );
    await inFlight;
    const second = await db.client
      .send(new TransactWriteCommand({ TransactItems: [put(db.tableName, "b"), put(db.tableName, "held")] }))
      .catch((error: unknown) => error);
    expect(second).toBeInstanceOf(TransactionCanceledException);
    expect((second as TransactionCanceledException).CancellationReasons?.map((reason) => reason.Code)).toEqual([
      "None",
      "TransactionConflict",
    ]);
    release();
    await first;
    // Once the first is answered, the item is free again.
    await db.client.send(new TransactWriteCommand({ TransactItems: [put(db.tableName, "held")] }));
    expect(counts.conflicts).toBe(1);
  });

  it("throttles a partition key beyond its write units a second, transactions at twice the cost", async () => {
    const sixKilobytes = "x".repeat(6 * 1024);
    // 6 units: under 10 for a single write, 12 for a transactional one.
    await db.client.send(new PutCommand({ TableName: db.tableName, Item: { pk: "big", sk: "ITEM", sixKilobytes } }));
    const cancelled = await db.client
      .send(new TransactWriteCommand({ TransactItems: [put(db.tableName, "other", { sixKilobytes })] }))
      .catch((error: unknown) => error);
    expect((cancelled as TransactionCanceledException).CancellationReasons?.[0]?.Code).toBe("ThrottlingError");
    // A single write over the rate is throttled; the SDK tries it again, then the client is told to come back.
    const refused = await db.client
      .send(new PutCommand({ TableName: db.tableName, Item: { pk: "huge", sk: "ITEM", x: "x".repeat(11 * 1024) } }))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnavailableError);
    expect(counts.throttled).toBeGreaterThanOrEqual(2);
  });
});

describe("a busy year under the simulation", async () => {
  const { app, db, as } = await testApp();
  const counts = simulateContention(db.client);
  const kenya = as("mentor.kenya");

  it("takes 50 activities logged and submitted at once, citing one mentor and one donor, without a 409, and its totals stay exact", async () => {
    const year = 2028;
    const statuses = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const created = await sendJson(kenya, "POST", "/activities", {
          ...validActivity,
          title: `Training ${index}`,
          startDate: `${year}-05-${String(1 + (index % 28)).padStart(2, "0")}`,
          endDate: `${year}-05-${String(1 + (index % 28)).padStart(2, "0")}`,
          donors: ["demo-donor-a"],
        });
        if (created.status !== 201) return created.status;
        const { id } = await created.json();
        return (await sendJson(kenya, "POST", `/activities/${id}/status`, { status: "submitted", version: 1 })).status;
      }),
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect((await checkTotals(db, year)).drift).toEqual([]);
    const list = await (await app.request(`/activities?year=${year}&limit=100`)).json();
    expect(list.items).toHaveLength(50);
    // The simulation did meet them on shared items: the writes got through by trying again.
    expect(counts.transactions).toBeGreaterThan(100);
  }, 180_000);
});
