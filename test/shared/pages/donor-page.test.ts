import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

function card(page: string, name: string): string {
  return new RegExp(`data-card="${name}"><p class="figure">([^<]+)</p>`).exec(page)?.[1] ?? "";
}

describe("the donor's page", async () => {
  const { app: manager, unauthenticated, as } = await testApp();
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
    expect(card(page, "participants")).toBe("24");
    expect(card(page, "countries")).toBe("1");
    expect(page).toContain(`data-activity-id="${ids.a}"`);
    expect(page).toContain("Training of Kenyan investigators.");
    expect(page).toContain('id="donor-chart-theme-svg"');
    expect(page).toMatch(/<th scope="row">Kenya<\/th><td class="num">24<\/td><td class="num">1<\/td>/);
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

  it("is closed to mentors", async () => {
    const browser = await signedInBrowser(unauthenticated, "mentor.kenya");
    expect((await browser.get("/app/donor?year=2019")).status).toBe(403);
  });
});
