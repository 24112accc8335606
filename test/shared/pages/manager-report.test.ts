import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../shared/language/languages";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

const links = (page: string) =>
  [...page.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] as string).replaceAll("&amp;", "&"));

describe("the annual report page", async () => {
  const { app: manager, unauthenticated, as } = await testApp();
  const kenya = as("mentor.kenya");

  async function logged(title: string, validate: boolean) {
    const created = await (await sendJson(kenya, "POST", "/activities", { ...validActivity, title })).json();
    await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    if (validate)
      await sendJson(manager, "POST", `/activities/${created.id}/status`, { status: "validated", version: 2 });
    return created;
  }

  beforeAll(async () => {
    await logged("Validated training", true);
    await logged("Submitted training", false);
    const res = await sendJson(manager, "POST", "/published-figures", {
      id: "2019-p18-practitioners-trained",
      year: 2019,
      indicator: "practitioners_trained",
      value: 1817,
      qualifier: "exact",
      unit: "criminal justice practitioners",
      label: { fr: "Praticiens formés", en: "Practitioners trained" },
      source: { document: "E/CN.15/2020/12", paragraph: "18" },
    });
    expect(res.status).toBe(201);
  });

  it("embeds the official report in the page's language, inside the page's own frame", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.get("/app/report?year=2019&lang=fr");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("<h1>Rapport annuel 2019</h1>");
    expect(page.match(/<h1/g)).toHaveLength(1);
    expect(page.match(/<html/g)).toHaveLength(1);
    const preview = page.slice(page.indexOf('id="report-preview"'));
    expect(preview).toContain('<div id="report-body">');
    expect(preview).toContain("activités de 2019");
    expect(preview).toContain('<h3 id="h-summary">Résumé</h3>');
    // Official: the submitted record is not told of.
    expect(preview).not.toContain("soumis, non validé");
    // Each figure links to its sources in the working annex, whose drill-downs list the records it counts.
    expect(preview).toContain('href="/app/report/annex?year=2019#figure-');
    const annex = await (await browser.get("/app/report/annex?year=2019&lang=fr")).text();
    const drillDown = "/app/report/records?year=2019&cell=measure%3ApractitionersTrained%3Aparticipants";
    expect(links(annex)).toContain(drillDown);
    const records = await (await browser.get(drillDown as string)).text();
    expect(records).toContain("measure:practitionersTrained:participants");
    expect(records.match(/<li data-record-id="/g)).toHaveLength(1);
    expect(records).toContain(">Validated training</a>");
    expect(records).not.toContain("Submitted training");
  });

  it("names the figure a drill-down lists the records of, in the page's language, its cell aside", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const heading = async (cell: string, lang: string) => {
      const page = await (
        await browser.get(`/app/report/records?year=2019&cell=${encodeURIComponent(cell)}&lang=${lang}`)
      ).text();
      return { h1: /<h1>([^<]*)<\/h1>/.exec(page)?.[1], title: /<title>([^<]*)<\/title>/.exec(page)?.[1], page };
    };
    const trained = await heading("measure:practitionersTrained:participants", "en");
    expect(trained.h1).toBe("Criminal justice practitioners trained");
    expect(trained.title).toContain("Criminal justice practitioners trained");
    expect(trained.page).toContain("The records of 2019 whose own figures add up to this figure of the report.");
    // The code stays, apart, for whoever follows the figure through the API.
    expect(trained.page).toContain("<code>measure:practitionersTrained:participants</code>");
    expect((await heading("measure:practitionersTrained:participants", "fr")).h1).toBe(
      "Praticiens de la justice pénale formés",
    );
    expect((await heading("measure:practitionersTrained:country:KEN:participants", "fr")).h1).toBe(
      "Praticiens de la justice pénale formés — Kenya",
    );
    const kenya = await heading("country:KEN:activities", "en");
    expect(kenya.h1).toBe("Activities in which Kenya took part");
    expect(kenya.page.match(/<li data-record-id="/g)).toHaveLength(1);
    expect((await heading("country:KEN:activities", "fr")).h1).toBe("Activités avec la participation du Kenya");
    expect((await heading("country:KEN:activities", "es")).h1).toBe("Actividades con la participación de Kenya");
    expect((await heading("measure:practitionersTrained:country:*:activities", "es")).h1).toBe(
      "Países de los profesionales de la justicia penal capacitados",
    );
  });

  it("reconciles the published figure with what the records account for", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get("/app/report?year=2019&lang=en")).text();
    const reconciliation = page.slice(page.indexOf('id="report-reconciliation"'), page.indexOf('id="report-preview"'));
    expect(reconciliation).toContain("Reconciliation with published figures");
    expect(reconciliation).toContain('data-indicator="practitioners_trained"');
    expect(reconciliation).toContain("1,817");
    expect(reconciliation).toContain("E/CN.15/2020/12, ¶18");
    // 30 practitioners in the validated training: 1 817 − 30.
    expect(reconciliation).toContain("+1,787");
  });

  it("offers the report in Word, Markdown and JSON in every language, and the year's activities as CSV and Excel", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const all = links(await (await browser.get("/app/report?year=2019&lang=en")).text());
    for (const lang of LANGUAGES) {
      for (const format of ["docx", "md", "json"]) {
        expect(all).toContain(`/app/api/reports/annual/2019?format=${format}&lang=${lang}`);
      }
    }
    expect(all).toContain("/app/api/exports/activities/2019?format=csv");
    expect(all).toContain("/app/api/exports/activities/2019?format=xlsx");
    const docx = await browser.get("/app/api/reports/annual/2019?format=docx&lang=fr");
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-disposition")).toContain("annual-report-2019-fr.docx");
    const spanish = await browser.get("/app/api/reports/annual/2019?format=md&lang=es");
    expect(spanish.status).toBe(200);
    expect(await spanish.text()).toContain("## III. Apoyo normativo y creación de capacidad");
    expect((await browser.get("/app/api/exports/activities/2019?format=csv")).status).toBe(200);
  });

  it("previews with the submitted records, marked, and its links keep the preview", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get("/app/report?year=2019&preview=true&lang=en")).text();
    expect(page).toContain("Preview — includes submitted activities not yet validated");
    expect(page).toContain("submitted, not validated");
    const all = links(page);
    expect(all).toContain("/app/api/reports/annual/2019?format=docx&lang=fr&preview=true");
    expect(all).toContain("/app/api/exports/activities/2019?format=xlsx&preview=true");
  });

  it("opens, without ?year=, on the latest year the report counts anything in, and names the others", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const before = await (await browser.get("/app/report?lang=en")).text();
    expect(before).toContain("<h1>Annual report 2019</h1>");
    expect(before).toContain('<option value="2019" selected="">2019 (1 activity)</option>');
    const created = await (
      await sendJson(kenya, "POST", "/activities", {
        ...validActivity,
        title: "Planned for 2026",
        startDate: "2026-10-05",
        endDate: "2026-10-06",
      })
    ).json();
    await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    // Official: 2026 counts nothing yet. Preview: it counts the submitted activity.
    expect(await (await browser.get("/app/report?lang=en")).text()).toContain("<h1>Annual report 2019</h1>");
    const preview = await (await browser.get("/app/report?preview=true&lang=en")).text();
    expect(preview).toContain("<h1>Annual report 2026</h1>");
    expect(preview).toContain('<option value="2019">2019 (2 activities)</option>');
    expect(preview).toMatch(
      /<p id="years-with-records" class="no-print">Other years with records: <a href="\/app\/report\?year=2019&amp;preview=true">2019<\/a><\/p>/,
    );
    expect(links(preview)).toContain("/app/api/reports/annual/2026?format=docx&lang=fr&preview=true");
    // The year asked for still wins.
    expect(await (await browser.get("/app/report?year=2024&lang=en")).text()).toContain("<h1>Annual report 2024</h1>");
  });

  it("takes a manager's note on a published figure and shows it in the reconciliation, in the page's language", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get("/app/report?year=2019&lang=en")).text();
    const action = "/app/report/figures/2019-p18-practitioners-trained/note";
    expect(page).toContain(`action="${action}"`);
    expect(page).toContain("What the difference means");
    expect(page).toContain("The published figure includes activities the records do not itemize.");
    const version = /name="version" value="(\d+)"/.exec(page.slice(page.indexOf(action)))?.[1];
    const saved = await browser.post(`${action}?lang=en`, {
      year: "2019",
      version: version ?? "",
      note: "¶18 counts trainings reported by partners.",
    });
    expect(saved.status).toBe(303);
    const location = saved.headers.get("location") ?? "";
    expect(location).toBe("/app/report?year=2019&note=saved#report-reconciliation");
    const after = await (await browser.get("/app/report?year=2019&note=saved&lang=en")).text();
    expect(after).toContain("The note was saved.");
    expect(after).toContain("¶18 counts trainings reported by partners.");
    const report = await (await manager.request("/reports/annual/2019?lang=en&format=json")).json();
    expect(report.reconciliation[0].note).toBe("¶18 counts trainings reported by partners.");
    // Sent again at the version read before: someone (this note) changed the figure since.
    const stale = await browser.post(`${action}?lang=en`, { year: "2019", version: version ?? "", note: "Late" });
    expect(stale.headers.get("location")).toBe("/app/report?year=2019&note=stale#report-reconciliation");
  });

  it("edits the year's texts in the page's language, starting from the previous year's, and the report uses them", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get("/app/report?year=2019&lang=fr")).text();
    expect(page).toContain('id="report-texts"');
    expect(page).toContain("2019 n’a pas encore de textes, ni aucune année avant elle");
    const saved = await browser.post("/app/report/texts?lang=fr", {
      year: "2019",
      version: "",
      symbol: "E/CN.15/2020/12",
      "title-distribution": "Distr. générale",
      "title-title": "Titre de 2019",
      "block-introduction": "Premier paragraphe de l’introduction.\n\nSecond paragraphe.",
      "block-investigations-forensics:opening":
        "L’ONUDC a formé {figure:practitioners_trained} praticiens de {figure:countries_reached} pays.",
    });
    expect(saved.headers.get("location")).toBe("/app/report?year=2019&texts=saved#report-texts");
    // The two trainings told together, in III before its first subheading.
    const ids = (await (await manager.request("/activities?year=2019&limit=10")).json()).items.map(
      (item: { id: string }) => item.id,
    );
    const grouped = await browser.post("/app/report/texts?lang=fr", {
      year: "2019",
      version: "1",
      symbol: "E/CN.15/2020/12",
      "title-distribution": "Distr. générale",
      "title-title": "Titre de 2019",
      "block-introduction": "Premier paragraphe de l’introduction.\n\nSecond paragraphe.",
      "block-investigations-forensics:opening":
        "L’ONUDC a formé {figure:practitioners_trained} praticiens de {figure:countries_reached} pays.",
      groups: `${ids.join(" ")} → capacity-building`,
    });
    expect(grouped.headers.get("location")).toBe("/app/report?year=2019&texts=saved#report-texts");
    const json = await (await manager.request("/reports/annual/2019?lang=fr&format=json&preview=true")).json();
    const top = json.sections.find((section: { id: string }) => section.id === "capacity-building");
    expect(top.paragraphs.at(-1).records.sort()).toEqual([...ids].sort());
    const report = await (await manager.request("/reports/annual/2019?lang=fr&format=md")).text();
    expect(report).toContain("E/CN.15/2020/12  \nDistr. générale");
    expect(report).toContain("## I. Introduction\n\n1. Premier paragraphe de l’introduction.\n\n2. Second paragraphe.");
    // The published 1 817 practitioners; their countries as recorded, none having been published here.
    expect(report).toMatch(/L’ONUDC a formé 1\u202f817 praticiens de \S+ pays\./);
    // English was not written: the English report has no introduction yet, and says so to the drafter.
    const english = await (await manager.request("/reports/annual/2019?lang=en&format=md")).text();
    expect(english).toContain("## I. Introduction\n\n*\\[To be written on the report page.\\]*");
    // 2020 starts from 2019's texts, and saving makes them 2020's.
    const next = await (await browser.get("/app/report?year=2020&lang=fr")).text();
    expect(next).toContain("2020 n’a pas encore de textes : voici ceux de 2019");
    expect(next).toContain("Premier paragraphe de l’introduction.");
    // Saved again at no version while 2019's exist: someone else wrote them, nothing is overwritten.
    const stale = await browser.post("/app/report/texts?lang=fr", { year: "2019", version: "" });
    expect(stale.headers.get("location")).toBe("/app/report?year=2019&texts=stale#report-texts");
    const texts = await (await manager.request("/report-texts/2019")).json();
    expect(texts.texts.fr.blocks.introduction).toHaveLength(2);
    expect(texts.groups).toEqual([{ activities: ids, place: "capacity-building" }]);
  });

  it("offers the working annex apart from the report", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const all = links(await (await browser.get("/app/report?year=2019&lang=en")).text());
    expect(all).toContain("/app/api/reports/annual/2019?format=docx&lang=fr&part=annex");
    const annex = await browser.get("/app/api/reports/annual/2019?format=md&lang=en&part=annex");
    expect(annex.headers.get("content-disposition")).toContain("annual-report-annex-2019-en.md");
    expect(await annex.text()).toContain("Reconciliation with published figures");
  });

  it("is for managers: a mentor and a donor get a 403 page", async () => {
    for (const username of ["mentor.kenya", "donor.a"]) {
      const browser = await signedInBrowser(unauthenticated, username);
      const res = await browser.get("/app/report?year=2019");
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain("report-preview");
    }
  });
});
