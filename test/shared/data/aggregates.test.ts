import { beforeAll, describe, expect, it } from "vitest";
import { getTotals } from "../../../shared/data/aggregates";
import { checkTotals } from "../../../shared/data/recompute-totals";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

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
    expect((await getTotals(db, year, ["validated"])).participants ?? 0).toBe(0);
    expect((await getTotals(db, year, ["validated", "submitted"])).participants).toBe(40);
    await setStatus(a.id, "validated", 2);
    const official = await getTotals(db, year, ["validated"]);
    expect(official).toMatchObject({ participants: 40, "profession:judges:participants": 40, activities: 1 });
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
