import { beforeAll, describe, expect, it } from "vitest";
import { getTotals, listYearsWithRecords } from "../../../shared/data/aggregates";
import type { Database } from "../../../shared/data/client";
import { checkTotals } from "../../../shared/data/recompute-totals";
import { recordYears } from "../../../shared/domain/aggregates";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

const PARTICIPANTS = "measure:practitionersTrained:participants";

describe("aggregate totals", async () => {
  const { app, db } = await testApp();
  const year = 2023;
  const base = { ...validActivity, startDate: "2023-03-01", endDate: "2023-03-02" };

  async function create(overrides: Record<string, unknown> = {}) {
    const res = await sendJson(app, "POST", "/activities", { ...base, ...overrides });
    expect(res.status).toBe(201);
    return res.json();
  }
  const setStatus = (id: string, status: string, version: number) =>
    sendJson(app, "POST", `/activities/${id}/status`, { status, version });

  beforeAll(async () => {
    await sendJson(app, "POST", "/donors", { id: "fund", name: "Fund" });
  });

  it("counts only validated records as official, and submitted ones in the preview", async () => {
    const a = await create({ participants: { total: 40, byProfession: { judges: 40 } } });
    await setStatus(a.id, "submitted", 1);
    expect((await getTotals(db, year, ["validated"]))[PARTICIPANTS] ?? 0).toBe(0);
    expect((await getTotals(db, year, ["validated", "submitted"]))[PARTICIPANTS]).toBe(40);
    await setStatus(a.id, "validated", 2);
    const official = await getTotals(db, year, ["validated"]);
    expect(official).toMatchObject({
      [PARTICIPANTS]: 40,
      "measure:practitionersTrained:profession:judges:participants": 40,
      activities: 1,
    });
    expect((await checkTotals(db, year)).drift).toEqual([]);
  });

  it("follows replacements, moves between years and deletions without drift", async () => {
    const a = await create({ countries: ["SEN"] });
    await setStatus(a.id, "submitted", 1);
    await sendJson(app, "PUT", `/activities/${a.id}`, { ...base, countries: ["CIV", "GHA"], version: 2 });
    await sendJson(app, "PUT", `/activities/${a.id}`, {
      ...base,
      startDate: "2024-01-05",
      endDate: "2024-01-06",
      version: 3,
    });
    expect((await checkTotals(db, year)).drift).toEqual([]);
    expect((await checkTotals(db, 2024)).drift).toEqual([]);
    expect((await getTotals(db, 2024, ["submitted"])).activities).toBe(1);
    await app.request(`/activities/${a.id}?version=4`, { method: "DELETE" });
    expect((await getTotals(db, 2024, ["submitted"])).activities ?? 0).toBe(0);
    expect((await checkTotals(db, 2024)).drift).toEqual([]);
  });

  it("stays exact after concurrent updates of the same activity and after a failed write", async () => {
    const a = await create();
    await setStatus(a.id, "submitted", 1);
    const totals = [10, 20, 30, 40, 50];
    const results = await Promise.all(
      totals.map((total) =>
        sendJson(app, "PUT", `/activities/${a.id}`, { ...base, participants: { total }, version: 2 }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const failed = await sendJson(app, "PUT", `/activities/${a.id}`, {
      ...base,
      participants: { total: 999 },
      donors: ["fund", "missing-donor"],
      version: 3,
    });
    expect(failed.status).toBe(400);
    expect((await checkTotals(db, year)).drift).toEqual([]);
  });

  it("counts concurrent creations in the same year exactly", async () => {
    const before = (await getTotals(db, year, ["validated", "submitted"])).activities ?? 0;
    const created = await Promise.all(Array.from({ length: 8 }, () => create()));
    await Promise.all(created.map((a) => setStatus(a.id, "submitted", 1)));
    expect((await getTotals(db, year, ["validated", "submitted"])).activities).toBe(before + 8);
    expect((await checkTotals(db, year)).drift).toEqual([]);
  });

  it("counts labs in the year they were set up", async () => {
    const lab = await (
      await sendJson(app, "POST", "/labs", { country: "KEN", institution: "DCI", type: "national_lab", year })
    ).json();
    expect(await getTotals(db, year, ["validated"])).toMatchObject({ labs: 1, "labCountry:KEN:labs": 1 });
    await sendJson(app, "PUT", `/labs/${lab.id}`, {
      country: "UGA",
      institution: "DCI",
      type: "national_lab",
      year,
      version: 1,
    });
    expect(await getTotals(db, year, ["validated"])).toMatchObject({ labs: 1, "labCountry:UGA:labs": 1 });
    await app.request(`/labs/${lab.id}?version=2`, { method: "DELETE" });
    expect((await getTotals(db, year, ["validated"])).labs ?? 0).toBe(0);
    expect((await checkTotals(db, year)).drift).toEqual([]);
  });
});

/** The commands the client sends while `read` runs, with their input. */
async function requestsDuring<T>(db: Database, read: () => Promise<T>) {
  const sent: { command: string; input: Record<string, unknown> }[] = [];
  const name = `requestsDuring-${Math.random()}`;
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push({ command: String(context.commandName), input: args.input as Record<string, unknown> });
      return next(args);
    },
    { step: "initialize", name },
  );
  try {
    return { result: await read(), sent };
  } finally {
    db.client.middlewareStack.remove(name);
  }
}

/** What the one BatchGet sent asked of the table. */
function batchGetRequest(sent: { input: Record<string, unknown> }[], db: Database) {
  const items = (sent[0]?.input.RequestItems ?? {}) as Record<string, Record<string, unknown>>;
  return items[db.tableName];
}

describe("the years with records", async () => {
  const { app: manager, db, as } = await testApp();
  const kenya = as("mentor.kenya");

  async function logged(status: "draft" | "submitted" | "validated", year: number, donors: string[] = []) {
    const res = await sendJson(kenya, "POST", "/activities", {
      ...validActivity,
      title: `${status} ${year} ${donors.join(" ")}`,
      startDate: `${year}-04-01`,
      endDate: `${year}-04-02`,
      donors,
    });
    expect(res.status).toBe(201);
    const activity = await res.json();
    if (status !== "draft")
      await sendJson(kenya, "POST", `/activities/${activity.id}/status`, { status: "submitted", version: 1 });
    if (status === "validated")
      await sendJson(manager, "POST", `/activities/${activity.id}/status`, { status: "validated", version: 2 });
    return activity as { id: string };
  }
  let pendingForA: { id: string };

  beforeAll(async () => {
    await logged("validated", 2019, ["demo-donor-a"]);
    await logged("validated", 2019);
    await logged("validated", 2026, ["demo-donor-b"]);
    pendingForA = await logged("submitted", 2026, ["demo-donor-a"]);
    await logged("submitted", 2021);
    await logged("draft", 2023, ["demo-donor-a", "demo-donor-b"]);
  });

  it("lists the years whose official totals count an activity, newest first, with BatchGets of their shards", async () => {
    const { result, sent } = await requestsDuring(db, () => listYearsWithRecords(db, { scopes: ["validated"] }));
    expect(result).toEqual([
      { year: 2026, activities: 1 },
      { year: 2019, activities: 2 },
    ]);
    // Every shard of every year from 2019 to the next, 100 keys a request, cut down to the key and
    // the one cell counted.
    const keys = recordYears().length * db.shards;
    expect(sent.map((request) => request.command)).toEqual(Array(Math.ceil(keys / 100)).fill("BatchGetItemCommand"));
    expect(sent.flatMap((request) => batchGetRequest([request], db)?.Keys ?? [])).toHaveLength(keys);
    const request = batchGetRequest(sent, db);
    expect(request?.ProjectionExpression).toBe("#p0, #p1");
    expect(request?.ExpressionAttributeNames).toEqual({ "#p0": "pk", "#p1": "activities" });
  });

  it("adds the submitted records in the preview; drafts count nowhere", async () => {
    const { result, sent } = await requestsDuring(db, () =>
      listYearsWithRecords(db, { scopes: ["validated", "submitted"] }),
    );
    expect(result).toEqual([
      { year: 2026, activities: 2 },
      { year: 2021, activities: 1 },
      { year: 2019, activities: 2 },
    ]);
    const keys = recordYears().length * 2 * db.shards;
    expect(sent.map((request) => request.command)).toEqual(Array(Math.ceil(keys / 100)).fill("BatchGetItemCommand"));
  });

  it("lists a donor's years from its own cell: validated activities it funds only", async () => {
    const { result, sent } = await requestsDuring(db, () =>
      listYearsWithRecords(db, { scopes: ["validated"], donorId: "demo-donor-a" }),
    );
    expect(result).toEqual([{ year: 2019, activities: 1 }]);
    expect(sent.map((request) => request.command)).toEqual(["BatchGetItemCommand"]);
    const request = batchGetRequest(sent, db);
    expect(request?.ExpressionAttributeNames).toEqual({ "#p0": "pk", "#p1": "donor:demo-donor-a:activities" });
    expect(await listYearsWithRecords(db, { scopes: ["validated"], donorId: "demo-donor-b" })).toEqual([
      { year: 2026, activities: 1 },
    ]);
    expect(await listYearsWithRecords(db, { scopes: ["validated"], donorId: "nobody" })).toEqual([]);

    await sendJson(manager, "POST", `/activities/${pendingForA.id}/status`, { status: "validated", version: 2 });
    expect(await listYearsWithRecords(db, { scopes: ["validated"], donorId: "demo-donor-a" })).toEqual([
      { year: 2026, activities: 1 },
      { year: 2019, activities: 1 },
    ]);
  });

  it("keeps the donor cells and the items' revision consistent with the records", async () => {
    const totals = await getTotals(db, 2026, ["validated"]);
    expect(totals).toMatchObject({ "donor:demo-donor-a:activities": 1, "donor:demo-donor-b:activities": 1 });
    expect(totals).not.toHaveProperty("revision");
    for (const year of [2019, 2021, 2023, 2026]) expect((await checkTotals(db, year)).drift).toEqual([]);
  });
});
