import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";
import { validateIati } from "../../support/xmllint";

describe("GET /exports/iati", async () => {
  const { app: manager, as, unauthenticated } = await testApp();
  const kenya = as("mentor.kenya");
  const ids: Record<string, string> = {};

  async function logged(overrides: Record<string, unknown>, validated: boolean) {
    const created = await (await sendJson(kenya, "POST", "/activities", { ...validActivity, ...overrides })).json();
    await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    if (validated)
      await sendJson(manager, "POST", `/activities/${created.id}/status`, { status: "validated", version: 2 });
    return created.id as string;
  }

  beforeAll(async () => {
    ids.a = await logged({ title: "Funded by A", donors: ["demo-donor-a"], notes: "Internal remark" }, true);
    ids.both = await logged({ title: "Funded by A and B", donors: ["demo-donor-a", "demo-donor-b"] }, true);
    ids.b = await logged({ title: "Funded by B", donors: ["demo-donor-b"], countries: ["SLV"] }, true);
    ids.submitted = await logged({ title: "Not yet validated", donors: ["demo-donor-a"] }, false);
  });

  const identifiers = (xml: string) => [...xml.matchAll(/<iati-identifier>XM-DAC-41128-([^<]*)</g)].map((m) => m[1]);

  it("gives managers the year's validated activities as a valid IATI 2.03 file", async () => {
    const res = await manager.request("/exports/iati?year=2019");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="iati-activities-2019.xml"');
    const xml = await res.text();
    expect(identifiers(xml).sort()).toEqual([ids.a, ids.both, ids.b].sort());
    expect((await validateIati(xml)).valid).toBe(true);
    expect(xml).not.toContain("Internal remark");
    expect(xml).not.toContain("mentor-kenya");
    expect(xml).toMatch(/<participating-org role="1">\s*<narrative>Demo donor B<\/narrative>/);
  });

  it("gives a donor its own funded activities, naming no other funder", async () => {
    const res = await as("donor.a").request("/exports/iati?year=2019");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="iati-activities-2019-demo-donor-a.xml"');
    const xml = await res.text();
    expect(identifiers(xml).sort()).toEqual([ids.a, ids.both].sort());
    expect(xml).toContain("Demo donor A");
    expect(xml).not.toContain("Demo donor B");
    expect((await as("donor.a").request("/exports/iati?year=2019&donor=demo-donor-a")).status).toBe(200);
  });

  it("lets managers ask for one donor's file", async () => {
    const xml = await (await manager.request("/exports/iati?year=2019&donor=demo-donor-b")).text();
    expect(identifiers(xml).sort()).toEqual([ids.both, ids.b].sort());
  });

  it("answers 404 for another donor's file, 403 to mentors, 401 without a token, 400 on a bad year", async () => {
    const other = await as("donor.a").request("/exports/iati?year=2019&donor=demo-donor-b");
    expect(other.status).toBe(404);
    expect((await kenya.request("/exports/iati?year=2019")).status).toBe(403);
    expect((await unauthenticated.request("/exports/iati?year=2019")).status).toBe(401);
    const bad = await manager.request("/exports/iati?year=19");
    expect(bad.status).toBe(400);
    expect((await bad.json()).details.issues[0].path).toBe("query.year");
    expect((await manager.request("/exports/iati")).status).toBe(400);
  });
});
