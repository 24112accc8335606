// The year's Excel export is the import template filled in: imported into an empty table (with the
// year's reference records: mentors, donors, labs, published figures and texts, which a spreadsheet
// of activities does not carry) and validated, it gives the same report, word for word.
import { describe, expect, it } from "vitest";
import { seed2019 } from "../../../seed/2019";
import { loadSeed } from "../../../seed/load";
import type { SeedSet } from "../../../seed/seed-set";
import { type Client, testApp } from "../../support/database";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const NONE: SeedSet = { year: 2019, donors: [], mentors: [], activities: [], labs: [], publishedFigures: [] };

type Job = {
  status: string;
  error?: string;
  report?: { committed: boolean; create: { id: string }[]; problems: { text: string }[] };
};

async function importFile(client: Client, bytes: Uint8Array) {
  const res = await client.request("/imports?commit=true&submit=true&name=activities-2019.xlsx", {
    method: "POST",
    headers: { "content-type": XLSX },
    body: Buffer.from(bytes),
  });
  expect(res.status).toBe(202);
  const location = res.headers.get("location") as string;
  for (;;) {
    const job = (await (await client.request(location)).json()) as Job;
    if (job.status === "done") return job.report as NonNullable<Job["report"]>;
    expect(job.status, job.error).not.toBe("failed");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const report = async (client: Client, lang: string) =>
  (await client.request(`/reports/annual/2019?lang=${lang}&format=md`)).text();

describe("the year's export imported into an empty table", async () => {
  const original = await testApp();
  await loadSeed(original.db, seed2019);
  const empty = await testApp();

  it("gives the same 2019 report in French and English", async () => {
    const exported = await original.app.request("/exports/activities/2019?format=xlsx");
    expect(exported.status).toBe(200);
    const bytes = new Uint8Array(await exported.arrayBuffer());

    await loadSeed(empty.db, { ...seed2019, activities: [], labs: [] });
    const imported = await importFile(empty.app, bytes);
    expect(imported.problems.map((problem) => problem.text)).toEqual([]);
    expect(imported.committed).toBe(true);
    expect(imported.create).toHaveLength(seed2019.activities.length);
    for (const { id } of imported.create) {
      const res = await empty.app.request(`/activities/${id}/status`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status: "validated", version: 1 }),
      });
      expect(res.status, id).toBe(200);
    }
    // Labs cite the activities that equipped them: they come once the activities are there.
    await loadSeed(empty.db, { ...NONE, labs: seed2019.labs });

    for (const lang of ["fr", "en"]) {
      const before = await report(original.app, lang);
      expect(before).toContain("E/CN.15/2020/12");
      expect(await report(empty.app, lang)).toBe(before);
    }
  }, 300_000);
});
