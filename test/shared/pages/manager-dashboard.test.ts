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

/** A total card's figure, its qualifier in words included ("about 30"), spaces collapsed. */
function card(page: string, name: string): string {
  const match = new RegExp(`data-card="${name}"><p class="figure">(.*?)</p>`).exec(page);
  return (match?.[1] ?? "")
    .replace(/<[^>]+>/g, "")
    .replace(/[\s\u202f\u00a0]+/g, " ")
    .trim();
}

/** The whole text of a total card: figure, what it counts, its definition and any official figure. */
function cardText(page: string, name: string): string {
  const start = page.indexOf(`data-card="${name}"`);
  if (start < 0) return "";
  const end = page.indexOf('<div class="card"', start + 1);
  return page
    .slice(start, end < 0 ? page.indexOf("</section>", start) : end)
    .replace(/^[^>]*>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/[\s\u202f\u00a0]+/g, " ")
    .trim();
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
    // Validated: about 30 practitioners trained in Kenya and Uganda (East Africa), 12 women and
    // 18 men; the record says 18 came from Kenya and 10 from Uganda, so 2 are not attributed.
    const validated = await logged(
      { participants: { ...validActivity.participants, byCountry: { KEN: 18, UGA: 10 } } },
      true,
    );
    const res = await sendJson(manager, "POST", `/activities/${validated.id}/status`, {
      status: "validated",
      version: 2,
    });
    expect(res.status).toBe(200);
    // Submitted, not validated: a training of 40 in El Salvador, with no breakdown by sex.
    await logged(
      { theme: "prevention", countries: ["SLV"], participants: { total: 40 }, title: "Safer Internet Day" },
      true,
    );
    // A draft counts nowhere.
    await logged({ participants: { total: 500 }, title: "Draft" }, false);
  });

  it("shows the official totals of the year, one card per measure: validated records only", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.get(`/app/dashboard?year=${year}&lang=en`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("<h1>Dashboard 2021</h1>");
    expect(page).toContain('id="dashboard-totals"');
    // The record's "approximately" carries into the sum; no "participants" total any more.
    expect(cardText(page, "practitionersTrained")).toBe(
      "about 30 Criminal justice practitioners trained Participants in trainings, other than those recorded as teachers, students, parents, civil society or private sector.",
    );
    expect(page).not.toContain('data-card="participants"');
    expect(cardText(page, "countries")).toBe("2 Countries of the criminal justice practitioners trained");
    expect(card(page, "activities")).toBe("1");
    expect(card(page, "labs")).toBe("0");
    expect(page).toContain("Official figures: validated records only.");
    // No report was published for 2021: no official figure, and one measure needs no choice.
    expect(page).not.toContain('class="official"');
    expect(page).not.toContain('id="measure-form"');
  });

  it("adds the submitted records in the preview", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&preview=true&lang=en`)).text();
    expect(card(page, "practitionersTrained")).toBe("about 70");
    expect(card(page, "countries")).toBe("3");
    expect(card(page, "activities")).toBe("2");
    expect(page).toMatch(/<input type="checkbox" name="preview" value="true" checked=""/);
    const countries = textOf(page, "chart-country-table");
    expect(countries).toContain("El Salvador 40 1");
  });

  it("charts one measure by theme, region, country and sex, each with its table adding up to the total", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&lang=en`)).text();
    for (const chart of ["chart-theme", "chart-region", "chart-country", "chart-sex"]) {
      expect(page).toContain(`id="${chart}-svg"`);
      expect(page).toContain(`id="${chart}-table"`);
    }
    // The map, whose outlines load on the first map drawn, with the country of the records shaded.
    expect(page).toMatch(/<figure class="map" id="map-country">[\s\S]*<path d="M[^"]+" class="shaded"/);
    expect(textOf(page, "chart-theme-heading")).toBe("Criminal justice practitioners trained by thematic area");
    expect(textOf(page, "chart-theme-table")).toBe(
      "Thematic area Criminal justice practitioners trained Activities Cryptocurrency and darknet investigations about 30 1",
    );
    expect(textOf(page, "chart-theme-svg")).toContain("Cryptocurrency and darknet investigations about 30");
    // Region, then its sub-regions, under it; what no country accounts for has its own row.
    expect(textOf(page, "chart-region-table")).toBe(
      "Region Criminal justice practitioners trained Activities that reached the region" +
        " Africa about 28 1 Sub-Saharan Africa about 28 1 Eastern Africa about 28 1" +
        " Not attributed to one region about 2 Total about 30",
    );
    expect(textOf(page, "chart-country-table")).toBe(
      "Country Criminal justice practitioners trained Activities in which the country took part" +
        " Kenya about 18 1 Uganda about 10 1 Not attributed to one country about 2 Total about 30",
    );
    expect(textOf(page, "chart-country-svg")).toContain("Not attributed to one country about 2");
    expect(textOf(page, "chart-sex-table")).toBe(
      "Sex Criminal justice practitioners trained Women about 12 Men about 18 Not recorded 0 Total about 30",
    );
    expect(page).toContain('role="img" aria-labelledby="chart-theme-svg-title"');
  });

  it("says how much of a total the split by sex covers", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&preview=true&lang=en`)).text();
    expect(textOf(page, "chart-sex")).toContain(
      "Criminal justice practitioners trained: the split by sex covers about 30 of about 70.",
    );
    expect(textOf(page, "chart-sex-table")).toContain("Not recorded about 40 Total about 70");
    // El Salvador's 40 are attributed (the activity's only country); Kenya's and Uganda's are not
    // all: the rest is said, and the column adds up.
    expect(textOf(page, "chart-country-table")).toContain("Not attributed to one country about 2 Total about 70");
  });

  it("follows a validation: the dashboard's totals grow", async () => {
    const submitted = await logged({ participants: { total: 5 }, title: "Late validation" }, true);
    await sendJson(manager, "POST", `/activities/${submitted.id}/status`, { status: "validated", version: 2 });
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&lang=en`)).text();
    expect(card(page, "practitionersTrained")).toBe("about 35");
    expect(card(page, "activities")).toBe("2");
  });

  it("speaks French, with French number spacing", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/dashboard?year=${year}&preview=true&lang=fr`)).text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("Tableau de bord 2021");
    expect(card(page, "practitionersTrained")).toBe("environ 75");
    expect(page).toContain("Praticiens de la justice pénale formés, par domaine thématique");
    expect(page).toContain("Non attribués à un seul pays");
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

describe("the dashboard of a year with several measures and published figures", async () => {
  const { app: manager, unauthenticated } = await testApp();
  const year = 2022;
  let browser: Awaited<ReturnType<typeof signedInBrowser>>;

  async function validated(overrides: Record<string, unknown>) {
    const res = await sendJson(manager, "POST", "/activities", {
      ...validActivity,
      startDate: "2022-04-04",
      endDate: "2022-04-08",
      ...overrides,
    });
    expect(res.status).toBe(201);
    const activity = await res.json();
    await sendJson(manager, "POST", `/activities/${activity.id}/status`, { status: "submitted", version: 1 });
    await sendJson(manager, "POST", `/activities/${activity.id}/status`, { status: "validated", version: 2 });
  }

  const figure = (indicator: string, value: number, unit: string) => ({
    id: `${year}-p18-${indicator}`,
    year,
    indicator,
    value,
    qualifier: "exact",
    unit,
    label: { fr: unit, en: unit },
    source: { document: "E/CN.15/2023/12", paragraph: "18" },
  });

  beforeAll(async () => {
    // 24 practitioners and 6 teachers trained in Kenya; a campaign reaching 12,500 in El Salvador.
    await validated({
      countries: ["KEN"],
      participants: { total: 30, byProfession: { law_enforcement: 24, teachers: 6 } },
    });
    await validated({
      kind: "awareness_campaign",
      theme: "prevention",
      countries: ["SLV"],
      participants: { total: 12_500, qualifier: "at_least" },
    });
    for (const body of [
      figure("practitioners_trained", 1817, "criminal justice practitioners"),
      figure("countries_reached", 36, "countries"),
    ]) {
      expect((await sendJson(manager, "POST", "/published-figures", body)).status).toBe(201);
    }
    browser = await signedInBrowser(unauthenticated, "manager");
  });

  it("gives each measure its card, and adds none to another", async () => {
    const page = await (await browser.get(`/app/dashboard?year=${year}&lang=en`)).text();
    expect(card(page, "practitionersTrained")).toBe("24");
    expect(card(page, "othersTrained")).toBe("6");
    expect(cardText(page, "peopleReached")).toBe(
      "more than 12,500 People reached by prevention and awareness Teachers, pupils, students, parents and members of the public that awareness campaigns reached.",
    );
    expect(page).not.toContain("12,530");
    expect(page).not.toContain("12,524");
    expect(textOf(page, "chart-theme-table")).toBe(
      "Thematic area Criminal justice practitioners trained Other people trained People reached by prevention and awareness Activities" +
        " Cryptocurrency and darknet investigations 24 6 0 1 Prevention 0 0 more than 12,500 1",
    );
    expect(textOf(page, "chart-sex-table")).toBe(
      "Sex Criminal justice practitioners trained Other people trained People reached by prevention and awareness" +
        " Women 0 0 0 Men 0 0 0 Not recorded 24 6 more than 12,500 Total 24 6 more than 12,500",
    );
    // Nobody recorded as a woman or a man: the table says so, and no chart of "Not recorded" alone.
    expect(page).not.toContain('id="chart-sex-svg"');
    expect(page).toContain('id="chart-theme-svg"');
  });

  it("sets the official figure beside the recorded one, with the way to the reconciliation", async () => {
    const page = await (await browser.get(`/app/dashboard?year=${year}&lang=en`)).text();
    expect(cardText(page, "practitionersTrained")).toContain(
      "Official figure (E/CN.15/2023/12, ¶18): 1,817 See the reconciliation",
    );
    expect(cardText(page, "countries")).toBe(
      "1 Countries of the criminal justice practitioners trained Official figure (E/CN.15/2023/12, ¶18): 36 See the reconciliation",
    );
    expect(page).toContain('<a href="/app/report?year=2022#report-reconciliation">See the reconciliation</a>');
    const preview = await (await browser.get(`/app/dashboard?year=${year}&preview=true&lang=fr`)).text();
    expect(cardText(preview, "practitionersTrained")).toContain(
      "Chiffre officiel (E/CN.15/2023/12, ¶18) : 1 817 Voir le rapprochement",
    );
    expect(preview).toContain('href="/app/report?year=2022&amp;preview=true#report-reconciliation"');
  });

  it("charts practitioners trained first, and another measure when asked, with a form that works without script", async () => {
    const page = await (await browser.get(`/app/dashboard?year=${year}&lang=en`)).text();
    const form = /<form method="get" action="\/app\/dashboard" id="measure-form".*?<\/form>/s.exec(page)?.[0] ?? "";
    expect(form).toContain('<input type="hidden" name="year" value="2022"/>');
    expect(form).toContain(
      '<option value="practitionersTrained" selected="">Criminal justice practitioners trained</option>',
    );
    expect(form).toContain('<option value="peopleReached">People reached by prevention and awareness</option>');
    expect(textOf(page, "chart-country-table")).toContain("Kenya 24 1");

    const reached = await (await browser.get(`/app/dashboard?year=${year}&measure=peopleReached&lang=en`)).text();
    expect(textOf(reached, "chart-region-heading")).toBe(
      "People reached by prevention and awareness by region and sub-region",
    );
    expect(textOf(reached, "chart-country-table")).toBe(
      "Country People reached by prevention and awareness Activities in which the country took part" +
        " El Salvador more than 12,500 1 Not attributed to one country 0 Total more than 12,500",
    );
    expect(reached).toContain('<option value="peopleReached" selected="">');
    // The language switch and the year form keep the measure.
    expect(reached).toContain('href="/app/dashboard?year=2022&amp;measure=peopleReached&amp;lang=fr"');
    expect(reached).toContain('<input type="hidden" name="measure" value="peopleReached"/>');

    // A measure the year does not count, or none at all, charts the default.
    for (const measure of ["meetingParticipants", "nonsense"]) {
      const other = await (await browser.get(`/app/dashboard?year=${year}&measure=${measure}&lang=en`)).text();
      expect(textOf(other, "chart-theme-heading")).toBe("Criminal justice practitioners trained by thematic area");
    }
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

  it("gives 2019's measures, each with its qualifier, and the figures E/CN.15/2020/12 published beside them", async () => {
    const page = await (await browser.get("/app/dashboard?year=2019&lang=en")).text();
    const cards = [...page.matchAll(/data-card="(\w+)"/g)].map((match) => match[1]);
    expect(cards).toEqual(["practitionersTrained", "peopleReached", "countries", "activities", "labs"]);
    expect(cardText(page, "practitionersTrained")).toBe(
      "about 1,054 Criminal justice practitioners trained" +
        " Participants in trainings, other than those recorded as teachers, students, parents, civil society or private sector." +
        " Official figure (E/CN.15/2020/12, ¶18): 1,817 See the reconciliation",
    );
    expect(cardText(page, "peopleReached")).toBe(
      "250,613 People reached by prevention and awareness" +
        " Teachers, pupils, students, parents and members of the public that awareness campaigns reached.",
    );
    expect(cardText(page, "countries")).toMatch(
      /^\d+ Countries of the criminal justice practitioners trained and \d+ countries the sources do not name Official figure \(E\/CN\.15\/2020\/12, ¶18\): 36 See the reconciliation$/,
    );
    expect(page).toContain('<a href="/app/report?year=2019#report-reconciliation">See the reconciliation</a>');
    // The two measures are never added: 1,054 + 250,613 appears nowhere.
    expect(page).not.toContain("251,667");
    const french = await (await browser.get("/app/dashboard?year=2019&lang=fr")).text();
    expect(cardText(french, "practitionersTrained")).toBe(
      "environ 1 054 Praticiens de la justice pénale formés" +
        " Participants aux formations, hormis ceux enregistrés comme enseignants, étudiants, parents, membres de la société civile ou du secteur privé." +
        " Chiffre officiel (E/CN.15/2020/12, ¶18) : 1 817 Voir le rapprochement",
    );
    expect(cardText(french, "peopleReached")).toBe(
      "250 613 Personnes touchées par la prévention et la sensibilisation" +
        " Enseignants, élèves, étudiants, parents et membres du public touchés par les campagnes de sensibilisation.",
    );
    expect(cardText(french, "countries")).toMatch(
      /Chiffre officiel \(E\/CN\.15\/2020\/12, ¶18\) : 36 Voir le rapprochement$/,
    );
    // Each table adds up to its measure's total: « Non attribués à un seul pays », then the total.
    expect(textOf(french, "chart-country-table")).toMatch(
      /Non attribués à un seul pays environ 614 Total environ 1 054$/,
    );
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
