import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

/** The ids of the records listed, in the order shown. */
function listed(page: string): string[] {
  const list = page.slice(page.indexOf('id="records-list"'));
  return [...list.matchAll(/data-activity-id="([^"]+)"/g)].map((match) => match[1] as string);
}

// A year of its own, so that nothing else lists in it.
const YEAR = 2023;

describe("the managers' list of activities", async () => {
  const { unauthenticated, as } = await testApp();
  const kenya = as("mentor.kenya");
  const salvador = as("mentor.elsalvador");
  const manager = as("manager");

  async function logged(by: typeof kenya, fields: Record<string, unknown>) {
    const body = { ...validActivity, startDate: `${YEAR}-05-02`, endDate: `${YEAR}-05-03`, ...fields };
    const res = await sendJson(by, "POST", "/activities", body);
    expect(res.status).toBe(201);
    return res.json();
  }

  const crypto = await logged(kenya, {
    title: "Cryptocurrency tracing",
    place: "Mombasa",
    narrative: { en: "Investigators traced ransom payments.", fr: "Des enquêteurs ont suivi des rançons." },
  });
  const forensics = await logged(salvador, {
    title: "Análisis forense digital",
    countries: ["SLV"],
    partners: ["Fiscalía General de la República"],
    startDate: `${YEAR}-02-01`,
    endDate: `${YEAR}-02-02`,
    participants: { total: 12, qualifier: "exact" },
    donors: ["demo-donor-a"],
  });
  const campaign = await logged(kenya, {
    title: "Zebra safety campaign",
    kind: "awareness_campaign",
    theme: "prevention",
    participants: undefined,
    startDate: `${YEAR}-09-01`,
    endDate: `${YEAR}-09-01`,
  });
  // Returned: submitted, then sent back with a comment.
  const submitted = await (
    await sendJson(kenya, "POST", `/activities/${campaign.id}/status`, { status: "submitted", version: 1 })
  ).json();
  await sendJson(manager, "POST", `/activities/${campaign.id}/status`, {
    status: "draft",
    version: submitted.version,
    comment: "Give the number of pupils.",
  });
  const browser = await signedInBrowser(unauthenticated, "manager");
  const search = async (query: string) => {
    const res = await browser.get(`/app/records?year=${YEAR}&lang=en&${query}`);
    return { status: res.status, page: await res.text() };
  };

  it("lists the year's records by start date, each opening on its page, with its history", async () => {
    const { status, page } = await search("");
    expect(status).toBe(200);
    expect(listed(page)).toEqual([forensics.id, crypto.id, campaign.id]);
    expect(page).toContain("3 activities of 2023 match.");
    expect(page).toContain(`<a href="/app/activities/${crypto.id}">Cryptocurrency tracing</a>`);
    expect(page).toContain(`href="/app/activities/${crypto.id}/history"`);
    expect(page).toContain("Mentor, Nairobi");
    expect(page).toContain("Demo donor A");
  });

  it("finds words in the title, narrative, place and partners, whatever their accents", async () => {
    expect(listed((await search("q=ransom")).page)).toEqual([crypto.id]);
    expect(listed((await search("q=rancons")).page)).toEqual([crypto.id]);
    expect(listed((await search("q=mombasa")).page)).toEqual([crypto.id]);
    expect(listed((await search("q=fiscalia")).page)).toEqual([forensics.id]);
    expect(listed((await search("q=ANALISIS+forense")).page)).toEqual([forensics.id]);
    const none = await search("q=nothing+like+this");
    expect(listed(none.page)).toEqual([]);
    expect(none.page).toContain("No activity of 2023 matches.");
  });

  it("narrows by country, donor, mentor, kind, theme and status, and combines them", async () => {
    expect(listed((await search("country=SLV")).page)).toEqual([forensics.id]);
    expect(listed((await search("donor=demo-donor-a")).page)).toEqual([forensics.id]);
    expect(listed((await search("mentor=mentor-kenya")).page).sort()).toEqual([crypto.id, campaign.id].sort());
    expect(listed((await search("kind=awareness_campaign")).page)).toEqual([campaign.id]);
    expect(listed((await search("theme=prevention")).page)).toEqual([campaign.id]);
    expect(listed((await search("status=returned")).page)).toEqual([campaign.id]);
    expect(listed((await search("status=draft")).page).sort()).toEqual([crypto.id, forensics.id].sort());
    expect(listed((await search("country=KEN&mentor=mentor-kenya&kind=training")).page)).toEqual([crypto.id]);
    expect(listed((await search("country=KEN&donor=demo-donor-a")).page)).toEqual([]);
  });

  it("orders by title or status, either way", async () => {
    expect(listed((await search("sort=title")).page)).toEqual([forensics.id, crypto.id, campaign.id]);
    expect(listed((await search("sort=title&order=desc")).page)).toEqual([campaign.id, crypto.id, forensics.id]);
    expect(listed((await search("sort=status")).page).at(-1)).toBe(campaign.id);
  });

  it("keeps the criteria in the form and the language switch", async () => {
    const { page } = await search("q=ransom&country=KEN&sort=title");
    expect(page).toContain('name="q" value="ransom"');
    expect(page).toMatch(/<option value="KEN" selected="">Kenya<\/option>/);
    expect(page).toContain(`href="/app/records?year=${YEAR}&amp;q=ransom&amp;country=KEN&amp;sort=title&amp;lang=fr"`);
  });

  it("says what is wrong with a search it cannot read, and keeps the form", async () => {
    const { status, page } = await search("country=XXX&status=lost");
    expect(status).toBe(400);
    expect(page).toContain("country:");
    expect(page).toContain("status:");
    expect(page).toContain('id="records-search"');
  });

  it("is the managers': mentors and donors are refused", async () => {
    for (const user of ["mentor.kenya", "donor.a"]) {
      const other = await signedInBrowser(unauthenticated, user);
      expect((await other.get(`/app/records?year=${YEAR}`)).status).toBe(403);
    }
  });
});

describe("a record's history", async () => {
  const { unauthenticated, as } = await testApp();
  const kenya = as("mentor.kenya");
  const created = await (
    await sendJson(kenya, "POST", "/activities", { ...validActivity, title: "First title" })
  ).json();
  const corrected = await sendJson(kenya, "PUT", `/activities/${created.id}`, {
    ...validActivity,
    title: "Second title",
    countries: ["KEN"],
    participants: { total: 30, qualifier: "approximately" },
    version: 1,
  });
  expect(corrected.status).toBe(200);

  it("shows each change: who, when, and each field before and after", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.get(`/app/activities/${created.id}/history?lang=en`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("History of “Second title”");
    expect(page).toMatch(/data-action="create" data-version="1"/);
    expect(page).toMatch(/data-action="update" data-version="2"/);
    expect(page).toContain('<h2 id="history-1">Changed by mentor.kenya@example.org, version 2</h2>');
    expect(page).toMatch(
      /<tr data-field="title"><th scope="row">Title<\/th><td class="before">First title<\/td><td class="after">Second title<\/td><\/tr>/,
    );
    expect(page).toMatch(/<td class="before">Kenya, Uganda<\/td><td class="after">Kenya<\/td>/);
    expect(page).toContain(`<a href="/app/activities/${created.id}">Back to the record</a>`);
    expect(page).toMatch(/<time datetime="[^"]+">\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC<\/time>/);
  });

  it("is in French too", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/activities/${created.id}/history?lang=fr`)).text();
    expect(page).toContain("Modifié par mentor.kenya@example.org, version 2");
    expect(page).toContain('<th scope="row">Titre</th>');
  });

  it("opens for the record's mentor, and not for another mentor or a donor", async () => {
    const own = await signedInBrowser(unauthenticated, "mentor.kenya");
    expect((await own.get(`/app/activities/${created.id}/history`)).status).toBe(200);
    const activityPage = await (await own.get(`/app/activities/${created.id}?lang=en`)).text();
    expect(activityPage).toContain(`href="/app/activities/${created.id}/history"`);
    const other = await signedInBrowser(unauthenticated, "mentor.elsalvador");
    expect((await other.get(`/app/activities/${created.id}/history`)).status).toBe(403);
    const donor = await signedInBrowser(unauthenticated, "donor.a");
    expect((await donor.get(`/app/activities/${created.id}/history`)).status).toBe(403);
    const manager = await signedInBrowser(unauthenticated, "manager");
    expect((await manager.get("/app/activities/no-such-record/history")).status).toBe(404);
  });
});
