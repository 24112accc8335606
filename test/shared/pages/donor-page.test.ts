import { beforeAll, describe, expect, it } from "vitest";
import { getTotals } from "../../../shared/data/aggregates";
import { checkTotals } from "../../../shared/data/recompute-totals";
import { measureFigures } from "../../../shared/domain/measure-figures";
import { LANGUAGES } from "../../../shared/language/languages";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

function card(page: string, name: string): string {
  const match = new RegExp(`data-card="${name}"><p class="figure">(.*?)</p>`).exec(page);
  return (match?.[1] ?? "")
    .replace(/<[^>]+>/g, "")
    .replace(/[\s\u202f\u00a0]+/g, " ")
    .trim();
}

/** The text of the element with this id, tags stripped and spaces (narrow no-break ones too) collapsed. */
function textOf(page: string, id: string): string {
  const start = page.indexOf(`id="${id}"`);
  if (start < 0) throw new Error(`no element with id ${id}`);
  const tag = page.lastIndexOf("<", start);
  const name = /^<(\w+)/.exec(page.slice(tag))?.[1] as string;
  const end = page.indexOf(`</${name}>`, start);
  return page
    .slice(tag, end)
    .replace(/<[^>]+>/g, " ")
    .replace(/[\s\u202f\u00a0]+/g, " ")
    .trim();
}

/** The line under the year form naming the other years with funded activities: its text and links. */
function otherYears(page: string): { text: string; links: string[] } | undefined {
  const line = /<p id="years-with-records"[^>]*>(.*?)<\/p>/.exec(page)?.[1];
  if (line === undefined) return undefined;
  return {
    text: line
      .replace(/<[^>]+>/g, "")
      .replace(/[\s\u202f\u00a0]+/g, " ")
      .trim(),
    links: [...line.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] as string).replaceAll("&amp;", "&")),
  };
}

describe("the donor's page", async () => {
  const { db, app: manager, unauthenticated, as } = await testApp();
  const kenya = as("mentor.kenya");
  const ids: Record<string, string> = {};

  async function validated(overrides: Record<string, unknown>) {
    const created = await (await sendJson(kenya, "POST", "/activities", { ...validActivity, ...overrides })).json();
    await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    await sendJson(manager, "POST", `/activities/${created.id}/status`, { status: "validated", version: 2 });
    return created.id as string;
  }

  beforeAll(async () => {
    ids.a = await validated({
      title: "Forensics for Kenyan investigators",
      donors: ["demo-donor-a"],
      countries: ["KEN"],
      participants: { total: 24 },
      narrative: { fr: "Formation des enquêteurs kényans.", en: "Training of Kenyan investigators." },
    });
    ids.b = await validated({
      title: "Secret of donor B",
      theme: "prevention",
      donors: ["demo-donor-b"],
      countries: ["SLV"],
      participants: { total: 400 },
      narrative: { fr: "Campagne au Salvador.", en: "Campaign in El Salvador." },
    });
    // Funded by A, but not validated: donors are told of validated activities only.
    const submitted = await (
      await sendJson(kenya, "POST", "/activities", {
        ...validActivity,
        title: "Pending for A",
        donors: ["demo-donor-a"],
      })
    ).json();
    await sendJson(kenya, "POST", `/activities/${submitted.id}/status`, { status: "submitted", version: 1 });
  });

  it("shows donor A its funded activity: totals, breakdowns, narrative and the CSV link", async () => {
    const browser = await signedInBrowser(unauthenticated, "donor.a");
    const res = await browser.get("/app/donor?year=2019&lang=en");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Demo donor A — activities funded in 2019");
    expect(page).toContain('id="donor-summary"');
    expect(card(page, "activities")).toBe("1");
    // People by measure only: its name and definition on the card, no "participants" total.
    expect(card(page, "practitionersTrained")).toBe("24");
    expect(page).not.toContain('data-card="participants"');
    expect(page).toContain(
      '<p>Criminal justice practitioners trained</p><p class="hint">Participants in trainings, other than those recorded as teachers, students, parents, civil society or private sector.</p>',
    );
    expect(card(page, "countries")).toBe("1");
    expect(page).toContain(`data-activity-id="${ids.a}"`);
    expect(page).toContain("Training of Kenyan investigators.");
    expect(page).toContain('id="donor-chart-theme-practitionersTrained-svg"');
    expect(textOf(page, "donor-countries-practitionersTrained-table")).toBe(
      "Country Criminal justice practitioners trained Activities in which the country took part" +
        " Kenya 24 1 Not attributed to one country 0 Total 24",
    );
    expect(page).toContain('href="/app/api/exports/donors/demo-donor-a/2019"');
  });

  it("shows nothing of donor B's activities, not even in the totals", async () => {
    const browser = await signedInBrowser(unauthenticated, "donor.a");
    const page = await (await browser.get("/app/donor?year=2019&lang=en")).text();
    expect(page).not.toContain(ids.b);
    expect(page).not.toContain("Secret of donor B");
    expect(page).not.toContain("El Salvador");
    expect(page).not.toContain("Prevention");
    expect(page).not.toContain("424");
    expect(page).not.toContain("Pending for A");
  });

  it("keeps a donor to its own organisation whatever the address says", async () => {
    const browser = await signedInBrowser(unauthenticated, "donor.a");
    const page = await (await browser.get("/app/donor?year=2019&donor=demo-donor-b&lang=en")).text();
    expect(page).toContain("Demo donor A");
    expect(page).not.toContain("Secret of donor B");
  });

  it("speaks French, with the narrative in French", async () => {
    const browser = await signedInBrowser(unauthenticated, "donor.a");
    const page = await (await browser.get("/app/donor?year=2019&lang=fr")).text();
    expect(page).toContain("Demo donor A — activités financées en 2019");
    expect(page).toContain("Formation des enquêteurs kényans.");
  });

  it("lets a manager choose a donor, then read its summary", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const picker = await (await browser.get("/app/donor?year=2019&lang=en")).text();
    expect(picker).toContain('<option value="demo-donor-b">Demo donor B</option>');
    const page = await (await browser.get("/app/donor?year=2019&donor=demo-donor-b&lang=en")).text();
    expect(page).toContain("Secret of donor B");
    expect(page).not.toContain("Forensics for Kenyan investigators");
    expect(page).toContain('<input type="hidden" name="donor" value="demo-donor-b"/>');
    const unknown = await browser.get("/app/donor?year=2019&donor=nobody&lang=en");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("This donor does not exist.");
  });

  it("opens, without ?year=, on the donor's latest year with a validated activity it funds", async () => {
    const donorA = await signedInBrowser(unauthenticated, "donor.a");
    const before = await (await donorA.get("/app/donor?lang=en")).text();
    expect(before).toContain("Demo donor A — activities funded in 2019");
    expect(otherYears(before)).toBeUndefined();
    // Submitted in 2026 for A, and validated in 2026 for B: neither is a validated year of A's.
    const pending = await (
      await sendJson(kenya, "POST", "/activities", {
        ...validActivity,
        title: "Pending for A in 2026",
        startDate: "2026-03-02",
        endDate: "2026-03-03",
        donors: ["demo-donor-a"],
      })
    ).json();
    await sendJson(kenya, "POST", `/activities/${pending.id}/status`, { status: "submitted", version: 1 });
    ids.b2026 = await validated({
      title: "B in 2026",
      startDate: "2026-05-04",
      endDate: "2026-05-05",
      donors: ["demo-donor-b"],
    });
    expect(await (await donorA.get("/app/donor?lang=en")).text()).toContain("activities funded in 2019");
    const donorB = await signedInBrowser(unauthenticated, "donor.b");
    expect(await (await donorB.get("/app/donor?lang=en")).text()).toContain("Demo donor B — activities funded in 2026");

    await sendJson(manager, "POST", `/activities/${pending.id}/status`, { status: "validated", version: 2 });
    const page = await (await donorA.get("/app/donor?lang=en")).text();
    expect(page).toContain("Demo donor A — activities funded in 2026");
    expect(page).toContain(`data-activity-id="${pending.id}"`);
    expect(page).toContain('<option value="2026" selected="">2026 (1 activity)</option>');
    expect(page).toContain('<option value="2019">2019 (1 activity)</option>');
    expect(otherYears(page)).toEqual({
      text: "Other years with funded activities: 2019",
      links: ["/app/donor?year=2019"],
    });
    expect(page).not.toContain("B in 2026");
  });

  it("keeps the year asked for; an empty one says so and links to the donor's years", async () => {
    const donorA = await signedInBrowser(unauthenticated, "donor.a");
    const page = await (await donorA.get("/app/donor?year=2024&lang=en")).text();
    expect(page).toContain("Demo donor A — activities funded in 2024");
    expect(page).toContain("No validated activity funded by this organisation for this year.");
    expect(otherYears(page)).toEqual({
      text: "Other years with funded activities: 2026, 2019",
      links: ["/app/donor?year=2026", "/app/donor?year=2019"],
    });
    const french = await (await donorA.get("/app/donor?year=2024&lang=fr")).text();
    expect(otherYears(french)?.text).toBe("Autres années avec des activités financées : 2026, 2019");
  });

  it("opens a manager on the chosen donor's own latest year, keeping the donor in the year links", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    // Without a year in the address, the picker does not pin one: each donor's page picks its own.
    const picker = await (await browser.get("/app/donor?lang=en")).text();
    expect(picker).not.toContain('name="year"');
    const a = await (await browser.get("/app/donor?donor=demo-donor-a&lang=en")).text();
    expect(a).toContain("Demo donor A — activities funded in 2026");
    expect(otherYears(a)?.links).toEqual(["/app/donor?year=2019&donor=demo-donor-a"]);
    expect(a).toContain('<a href="/app/donor">See another donor</a>');
    const asked = await (await browser.get("/app/donor?year=2019&donor=demo-donor-b&lang=en")).text();
    expect(asked).toContain("Demo donor B — activities funded in 2019");
    expect(asked).toContain('<a href="/app/donor?year=2019">See another donor</a>');
    expect(otherYears(asked)?.links).toEqual(["/app/donor?year=2026&donor=demo-donor-b"]);
    // A donor that funds nothing opens on the last full year.
    expect((await sendJson(manager, "POST", "/donors", { id: "no-funding", name: "No funding" })).status).toBe(201);
    const none = await (await browser.get("/app/donor?donor=no-funding&lang=en")).text();
    expect(none).toContain(`No funding — activities funded in ${new Date().getUTCFullYear() - 1}`);
    expect(otherYears(none)).toBeUndefined();
  });

  it("gives each measure apart, with its qualifier, the rest not attributed to one country, in both languages", async () => {
    // 2027: donor A funds a training in Kenya and Uganda (about 20, 10 and 5 of them attributed)
    // and a campaign reaching more than 300 in El Salvador; nobody else funds anything that year.
    await validated({
      title: "Regional training for A",
      startDate: "2027-02-01",
      endDate: "2027-02-03",
      donors: ["demo-donor-a"],
      countries: ["KEN", "UGA"],
      participants: { total: 20, qualifier: "approximately", byCountry: { KEN: 10, UGA: 5 } },
    });
    await validated({
      title: "Campaign for A",
      kind: "awareness_campaign",
      theme: "prevention",
      startDate: "2027-03-01",
      endDate: "2027-03-02",
      donors: ["demo-donor-a"],
      countries: ["SLV"],
      participants: { total: 300, qualifier: "at_least" },
    });
    const browser = await signedInBrowser(unauthenticated, "donor.a");
    const page = await (await browser.get("/app/donor?year=2027&lang=en")).text();
    expect(card(page, "practitionersTrained")).toBe("about 20");
    expect(card(page, "peopleReached")).toBe("more than 300");
    // Nowhere in the page's words (the map's outlines are numbers of their own).
    expect(page.replace(/<svg[\s\S]*?<\/svg>/g, "")).not.toContain("320");
    expect(textOf(page, "donor-countries-practitionersTrained-table")).toBe(
      "Country Criminal justice practitioners trained Activities in which the country took part" +
        " Kenya about 10 1 Uganda about 5 1 Not attributed to one country about 5 Total about 20",
    );
    expect(textOf(page, "donor-chart-theme-peopleReached-table")).toBe(
      "Thematic area People reached by prevention and awareness Activities Prevention more than 300 1 Total more than 300",
    );
    const french = await (await browser.get("/app/donor?year=2027&lang=fr")).text();
    expect(card(french, "peopleReached")).toBe("plus de 300");
    expect(textOf(french, "donor-countries-practitionersTrained-table")).toContain(
      "Non attribués à un seul pays environ 5 Total environ 20",
    );
    expect(french).toContain("Personnes touchées par la prévention et la sensibilisation");
  });

  it("reads its totals from the donor's own totals and pages its activities", async () => {
    const first = await (await as("donor.a").request("/reports/donors/demo-donor-a/2027?limit=1")).json();
    expect(first.totals.activities).toBe(2);
    expect(first.activities).toHaveLength(1);
    const second = await (
      await as("donor.a").request(
        `/reports/donors/demo-donor-a/2027?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`,
      )
    ).json();
    expect(second.totals).toEqual(first.totals);
    const ids = [...first.activities, ...second.activities].map((activity: { id: string }) => activity.id);
    expect(new Set(ids).size).toBe(2);
    expect((await checkTotals(db, 2027)).drift).toEqual([]);
  });

  it("gives the same measures in its JSON as the year's stored totals give the dashboard and the report", async () => {
    const res = await as("donor.a").request("/reports/donors/demo-donor-a/2027");
    expect(res.status).toBe(200);
    const summary = await res.json();
    expect(summary.totals).toMatchObject({ activities: 2, countries: ["KEN", "SLV", "UGA"], labs: 0 });
    expect(summary.totals.activitiesByCountry).toEqual({ KEN: 1, SLV: 1, UGA: 1 });
    expect(summary.activities).toHaveLength(2);
    expect(summary).not.toHaveProperty("nextCursor");
    expect(summary).not.toHaveProperty("participants");
    expect(summary.totals).not.toHaveProperty("participants");
    // Donor A funds everything validated in 2027: its figures are the year's, to the qualifier.
    // (Regions come in the order of the cells, which differs between the two: compared sorted.)
    const sorted = <T extends { byRegion: { region: string }[] }>(figures: T) => ({
      ...figures,
      byRegion: [...figures.byRegion].sort((a, b) => a.region.localeCompare(b.region)),
    });
    const withoutNames = ({ name, definition, ...figures }: Record<string, unknown>) => {
      expect(Object.keys(name as object).sort()).toEqual([...LANGUAGES].sort());
      expect(Object.keys(definition as object).sort()).toEqual([...LANGUAGES].sort());
      return sorted(figures as { byRegion: { region: string }[] });
    };
    expect(summary.measures.map(withoutNames)).toEqual(
      measureFigures(await getTotals(db, 2027, ["validated"])).map(sorted),
    );
    expect(summary.measures[0]).toMatchObject({
      measure: "practitionersTrained",
      name: { en: "Criminal justice practitioners trained", fr: "Praticiens de la justice pénale formés" },
      total: { value: 20, qualifier: "approximately" },
      countries: ["KEN", "UGA"],
      byCountry: [
        { country: "KEN", value: { value: 10, qualifier: "approximately" } },
        { country: "UGA", value: { value: 5, qualifier: "approximately" } },
      ],
      notAttributedToCountry: { value: 5, qualifier: "approximately" },
    });
    expect(summary.measures[1]).toMatchObject({
      measure: "peopleReached",
      total: { value: 300, qualifier: "at_least" },
      byTheme: [{ theme: "prevention", value: { value: 300, qualifier: "at_least" } }],
    });
  });

  it("is closed to mentors", async () => {
    const browser = await signedInBrowser(unauthenticated, "mentor.kenya");
    expect((await browser.get("/app/donor?year=2019")).status).toBe(403);
  });
});
