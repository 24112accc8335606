// Every figure of the report is traceable to its records: a figure read from the totals names its
// cell, and its drill-down (GET /reports/annual/{year}/records) lists, page by page, exactly the
// records that make it — here for the 2019 seed, against what the records themselves say.
import { beforeAll, describe, expect, it } from "vitest";
import { seed2019 } from "../../../seed/2019";
import { loadSeed } from "../../../seed/load";
import type { Activity } from "../../../shared/domain/activity";
import { measureParts } from "../../../shared/domain/measures";
import type { ReportModel, Trace } from "../../../shared/report/model";
import { type Client, testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

type Entry = { kind: string; id: string; title: string; status?: string; countries: string[]; href: string };

/** Follows a drill-down to its last page, `limit` records a page; how many pages it took. */
async function follow(client: Client, drillDown: string, limit: number) {
  const entries: Entry[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const url = `${drillDown}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const res = await client.request(url);
    expect(res.status, url).toBe(200);
    const page = (await res.json()) as { items: Entry[]; nextCursor?: string };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    entries.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { entries, pages };
}

const drillDownOf = (trace: Trace | undefined) => {
  if (!trace || !("cell" in trace)) throw new Error("a figure read from the totals carries its cell");
  return trace.drillDown;
};

describe("a figure's drill-down", async () => {
  const { db, app: manager, as } = await testApp();
  let report: ReportModel;
  let activities: Activity[];

  beforeAll(async () => {
    await loadSeed(db, seed2019);
    report = await (await manager.request("/reports/annual/2019?format=json&lang=fr")).json();
    activities = [];
    let cursor: string | undefined;
    do {
      const page = await (
        await manager.request(`/activities?year=2019&limit=100${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      activities.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
  }, 120_000);

  it("finds exactly the trainings that make the practitioners trained (¶18), page by page", async () => {
    const row = report.reconciliation.find((r) => r.indicator === "practitioners_trained");
    expect(row?.recorded.trace).toMatchObject({ cell: "measure:practitionersTrained:participants" });
    const { entries, pages } = await follow(manager, drillDownOf(row?.recorded.trace), 3);
    expect(pages).toBeGreaterThan(1);
    // What the records say: the validated activities that count practitioners trained.
    const trainers = activities.filter(
      (a) => a.status === "validated" && (measureParts(a).practitionersTrained ?? 0) > 0,
    );
    expect(entries.map((e) => e.id).sort()).toEqual(trainers.map((a) => a.id).sort());
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const sum = trainers.reduce((total, a) => total + (measureParts(a).practitionersTrained ?? 0), 0);
    expect(sum).toBe(row?.recorded.value);
    expect(entries[0]).toMatchObject({ kind: "activity", status: "validated", href: `/activities/${entries[0]?.id}` });
  });

  it("finds the activities of the countries the trainees came from, whose countries are the figure", async () => {
    const row = report.reconciliation.find((r) => r.indicator === "countries_reached");
    expect(row?.recorded.trace).toMatchObject({ cell: "measure:practitionersTrained:country:*:activities" });
    const { entries } = await follow(manager, drillDownOf(row?.recorded.trace), 25);
    expect(new Set(entries.flatMap((e) => e.countries)).size).toBe(row?.recorded.value);
  });

  it("finds as many activities as a country's count in the totals tables, by the country's links", async () => {
    const table = report.tables.find((t) => t.id === "countryActivities");
    for (const row of table?.rows ?? []) {
      const cell = row.cells[0];
      const { entries } = await follow(manager, drillDownOf(cell?.trace), 100);
      expect(entries.length, row.label).toBe(cell?.value);
    }
  });

  it("lists labs for a figure of labs", async () => {
    const table = report.tables.find((t) => t.id === "labs");
    const cell = table?.rows[0]?.cells[0];
    const { entries } = await follow(manager, drillDownOf(cell?.trace), 25);
    expect(entries.length).toBe(cell?.value);
    expect(entries.every((e) => e.kind === "lab" && e.href.startsWith("/labs/"))).toBe(true);
  });

  it("carries no list of every record in the JSON: only the few that figures name", async () => {
    expect(Object.keys(report.records).length).toBeLessThan(activities.length);
    expect(JSON.stringify(report.tables)).not.toContain('"records"');
  });

  it("counts submitted records in a preview's drill-down only", async () => {
    const kenya = as("mentor.kenya");
    const created = await (await sendJson(kenya, "POST", "/activities", validActivity)).json();
    await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    const ids = async (preview: boolean) =>
      (
        await follow(
          manager,
          `/reports/annual/2019/records?cell=country%3AKEN%3Aactivities${preview ? "&preview=true" : ""}`,
          100,
        )
      ).entries.map((e) => e.id);
    expect(await ids(false)).not.toContain(created.id);
    expect(await ids(true)).toContain(created.id);
    // A preview is a manager's: a mentor may follow the official figures only.
    expect((await kenya.request("/reports/annual/2019/records?cell=labs&preview=true")).status).toBe(403);
    expect((await as("donor.a").request("/reports/annual/2019/records?cell=labs")).status).toBe(403);
  });

  it("refuses a cell that is not one, and a cursor it did not give, naming the field", async () => {
    const bad = await manager.request("/reports/annual/2019/records?cell=country%3AKEN%3B%20drop");
    expect(bad.status).toBe(400);
    expect((await bad.json()).details.issues[0].path).toBe("query.cell");
    const cursor = await manager.request("/reports/annual/2019/records?cell=labs&cursor=bm90LWEtY3Vyc29y");
    expect(cursor.status).toBe(400);
    expect(JSON.stringify(await cursor.json())).toContain("cursor");
  });
});
