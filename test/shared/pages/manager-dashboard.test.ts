import { beforeAll, describe, expect, it } from "vitest";
import { seed2019 } from "../../../seed/2019";
import { loadSeed } from "../../../seed/load";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

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

function card(page: string, name: string): string {
  const match = new RegExp(`data-card="${name}"><p class="figure">([^<]+)</p>`).exec(page);
  return (match?.[1] ?? "").replace(/[\u202f\u00a0,]/g, "");
}

describe("the manager's dashboard", async () => {
  const { app: manager, unauthenticated, as } = await testApp();
  const kenya = as("mentor.kenya");
  const year = 2021;
  const base = { ...validActivity, startDate: "2021-05-03", endDate: "2021-05-07" };

  async function logged(overrides: Record<string, unknown>, submit: boolean) {
    const res = await sendJson(kenya, "POST", "/activities", { ...base, ...overrides });
    const activity = await res.json();
    if (submit) await sendJson(kenya, "POST", `/activities/${activity.id}/status`, { status: "submitted", version: 1 });
    return activity;
  }

  beforeAll(async () => {
    // Validated: 30 participants in Kenya and Uganda (East Africa), 12 women and 18 men.
    const validated = await logged({}, true);
    const res = await sendJson(manager, "POST", `/activities/${validated.id}/status`, {
      status: "validated",
      version: 2,
    });
    expect(res.status).toBe(200);
    // Submitted, not validated: 40 participants in El Salvador, with no breakdown by sex.
    await logged(
      { theme: "prevention", countries: ["SLV"], participants: { total: 40 }, title: "Safer Internet Day" },
      true,
    );
    // A draft counts nowhere.
    await logged({ participants: { total: 500 }, title: "Draft" }, false);
  });

  it("shows the official totals of the year: validated records only", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.get(`/app/dashboard?year=${year}&lang=en`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("<h1>Dashboard 2021</h1>");
    expect(page).toContain('id="dashboard-totals"');
    expect(card(page, "participants")).toBe("30");
    expect(card(page, "practitioners")).toBe("30");
    expect(card(page, "countries")).toBe("2");
    expect(card(page, "activities")).toBe("1");
    expect(card(page, "labs")).toBe("0");
    expect(page).toContain("Official figures: validated records only.");
  });

  it("adds the submitted records in the preview", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&preview=true&lang=en`)).text();
    expect(card(page, "participants")).toBe("70");
    expect(card(page, "countries")).toBe("3");
    expect(card(page, "activities")).toBe("2");
    expect(page).toMatch(/<input type="checkbox" name="preview" value="true" checked=""/);
    const countries = textOf(page, "chart-country-table");
    expect(countries).toContain("El Salvador 40 1");
  });

  it("charts participants by theme, region, country and sex, each with its table", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&lang=en`)).text();
    for (const chart of ["chart-theme", "chart-region", "chart-country", "chart-sex"]) {
      expect(page).toContain(`id="${chart}-svg"`);
      expect(page).toContain(`id="${chart}-table"`);
    }
    expect(textOf(page, "chart-theme-table")).toContain("Cryptocurrency and darknet investigations 30 1");
    expect(textOf(page, "chart-theme-svg")).toContain("Cryptocurrency and darknet investigations 30");
    // Region, then its sub-regions, under it.
    const regions = textOf(page, "chart-region-table");
    expect(regions).toMatch(/Africa 30 1 Sub-Saharan Africa 30 1 Eastern Africa 30 1/);
    expect(textOf(page, "chart-country-table")).toBe("Country Participants Activities Kenya 30 1 Uganda 30 1");
    expect(textOf(page, "chart-sex-table")).toBe("Sex Participants Women 12 Men 18 Not recorded 0");
    expect(page).toContain('role="img" aria-labelledby="chart-theme-svg-title"');
  });

  it("follows a validation: the dashboard's totals grow", async () => {
    const submitted = await logged({ participants: { total: 5 }, title: "Late validation" }, true);
    await sendJson(manager, "POST", `/activities/${submitted.id}/status`, { status: "validated", version: 2 });
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&lang=en`)).text();
    expect(card(page, "participants")).toBe("35");
    expect(card(page, "activities")).toBe("2");
  });

  it("speaks French, with French number spacing", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&preview=true&lang=fr`)).text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("Tableau de bord 2021");
    expect(page).toContain("Participants par domaine thématique");
    expect(page).toContain("Non précisé");
  });

  it("takes its style from a file, so that a strict CSP can hold: no inline style", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&lang=en`)).text();
    expect(page).not.toMatch(/ style=|<style/);
    const href = /<link rel="stylesheet" href="(\/assets\/manager\.css\?v=\w+)"/.exec(page)?.[1] as string;
    const css = await unauthenticated.request(`http://localhost${href}`);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(css.headers.get("cache-control")).toContain("immutable");
  });

  it("says so for a year that is not one", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.get("/app/dashboard?year=19&lang=en");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("choose a year between 2000 and 2100");
  });

  it("is for managers and admins: a mentor and a donor get a 403 page", async () => {
    for (const username of ["mentor.kenya", "donor.a"]) {
      const browser = await signedInBrowser(unauthenticated, username);
      const res = await browser.get(`/app/dashboard?year=${year}`);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain("dashboard-totals");
    }
    const admin = await signedInBrowser(unauthenticated, "admin");
    expect((await admin.get(`/app/dashboard?year=${year}`)).status).toBe(200);
  });
});

/** The line under the year form naming the other years with records: its text and its links. */
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

/** The selected option of the year list. */
function selectedYear(page: string): string | undefined {
  return /<option value="\d+" selected="">([^<]+)<\/option>/.exec(page)?.[1]?.replace(/[\u202f\u00a0]/g, " ");
}

describe("the dashboard without ?year=", async () => {
  const { db, app: manager, unauthenticated, as } = await testApp();
  const kenya = as("mentor.kenya");
  const activities = seed2019.activities.length;
  let browser: Awaited<ReturnType<typeof signedInBrowser>>;
  let pending: { id: string };

  beforeAll(async () => {
    await loadSeed(db, seed2019);
    browser = await signedInBrowser(unauthenticated, "manager");
  });

  it("opens on 2019 for the seed, the only year with records", async () => {
    const page = await (await browser.get("/app/dashboard?lang=en")).text();
    expect(page).toContain("<h1>Dashboard 2019</h1>");
    expect(card(page, "activities")).toBe(String(activities));
    expect(selectedYear(page)).toBe(`2019 (${activities} activities)`);
    // The years without records stay in the list, as plain years.
    expect(page).toContain('<option value="2024">2024</option>');
    expect(otherYears(page)).toBeUndefined();
  });

  it("stays on 2019 while a 2026 activity is only submitted, and opens on 2026 in the preview", async () => {
    const created = await (
      await sendJson(kenya, "POST", "/activities", {
        ...validActivity,
        title: "Cybercrime investigations 2026",
        startDate: "2026-02-09",
        endDate: "2026-02-13",
      })
    ).json();
    await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    pending = created;
    expect(await (await browser.get("/app/dashboard?lang=en")).text()).toContain("<h1>Dashboard 2019</h1>");
    const preview = await (await browser.get("/app/dashboard?preview=true&lang=en")).text();
    expect(preview).toContain("<h1>Dashboard 2026</h1>");
    expect(card(preview, "activities")).toBe("1");
    expect(selectedYear(preview)).toBe("2026 (1 activity)");
    expect(otherYears(preview)).toEqual({
      text: "Other years with records: 2019",
      links: ["/app/dashboard?year=2019&preview=true"],
    });
  });

  it("opens on 2026 once that activity is validated, and names 2019", async () => {
    const res = await sendJson(manager, "POST", `/activities/${pending.id}/status`, {
      status: "validated",
      version: 2,
    });
    expect(res.status).toBe(200);
    const page = await (await browser.get("/app/dashboard?lang=en")).text();
    expect(page).toContain("<h1>Dashboard 2026</h1>");
    expect(card(page, "activities")).toBe("1");
    expect(page).toContain(`<option value="2019">2019 (${activities} activities)</option>`);
    expect(otherYears(page)).toEqual({ text: "Other years with records: 2019", links: ["/app/dashboard?year=2019"] });
  });

  it("still shows the year asked for; an empty one says so and links to the years with records", async () => {
    const page = await (await browser.get("/app/dashboard?year=2024&lang=en")).text();
    expect(page).toContain("<h1>Dashboard 2024</h1>");
    expect(page).toContain("No record counts for this year yet.");
    expect(selectedYear(page)).toBe("2024");
    expect(otherYears(page)).toEqual({
      text: "Other years with records: 2026, 2019",
      links: ["/app/dashboard?year=2026", "/app/dashboard?year=2019"],
    });
  });

  it("says it in French", async () => {
    const page = await (await browser.get("/app/dashboard?year=2024&lang=fr")).text();
    expect(page).toContain("Aucun enregistrement ne compte encore pour cette année.");
    expect(page).toContain(`<option value="2019">2019 (${activities}\u00a0activités)</option>`);
    expect(page).toContain('<option value="2026">2026 (1\u00a0activité)</option>');
    expect(otherYears(page)?.text).toBe("Autres années comptant des enregistrements : 2026, 2019");
  });
});

describe("the dashboard of a table without records", async () => {
  const { unauthenticated } = await testApp();

  it("opens on the last full year", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get("/app/dashboard?lang=en")).text();
    expect(page).toContain(`<h1>Dashboard ${new Date().getUTCFullYear() - 1}</h1>`);
    expect(page).toContain("No record counts for this year yet.");
    expect(otherYears(page)).toBeUndefined();
  });
});
