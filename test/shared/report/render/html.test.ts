import { describe, expect, it } from "vitest";
import { renderHtml, renderHtmlAnnex } from "../../../../shared/report/render/html";
import { reportFixture } from "./fixture";

const NNBSP = "\u202F";

type FigureLink = { text: string; target: string; records?: string[]; cell?: string };

function figureLinks(page: string): FigureLink[] {
  return [
    ...page.matchAll(/<a class="figure"[^>]*href="#([^"]+)"[^>]*data-(records|cell)="([^"]*)"[^>]*>([^<]*)<\/a>/g),
  ].map(([, target = "", kind, value = "", text = ""]) =>
    kind === "cell" ? { target, cell: value, text } : { target, records: value.split(" "), text },
  );
}

/** The drill-down an entry of the page links to, by the entry's id. */
function drillDown(page: string, id: string): string | undefined {
  const item = page.match(new RegExp(`<li id="${id}">([\\s\\S]*?)</li>`))?.[1];
  return item?.match(/<p class="drill-down"><a href="([^"]+)" data-cell="([^"]+)">/)?.[1];
}

/** The ids of the records listed under an element of the page, by its id. */
function listedRecords(page: string, id: string): string[] | undefined {
  const item = page.match(new RegExp(`<li id="${id}">([\\s\\S]*?)</ul></li>`))?.[1];
  return item ? [...item.matchAll(/data-record="([^"]+)"/g)].map((m) => m[1] ?? "") : undefined;
}

describe("renderHtml", () => {
  const page = renderHtml(reportFixture("fr"));
  const annex = renderHtmlAnnex(reportFixture("fr"));

  it("is a complete document in the report's language", () => {
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<meta name="viewport"');
    expect(page).toMatch(/<main>[\s\S]*<\/main>/);
    expect(page).toContain("@media print");
  });

  it("links every figure of the report to an entry of the annex listing exactly the records it names", () => {
    const links = figureLinks(page);
    const inText = links.map((link) => link.text);
    expect(inText).toContain("environ 85");
    expect(inText.filter((text) => text === `1${NNBSP}817`)).toHaveLength(2);
    expect(figureLinks(annex).length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      expect(annex).toContain(`id="${link.target}"`);
      expect(listedRecords(annex, link.target)).toEqual(link.records);
    }
    expect(links.find((link) => link.text === "environ 85")?.records).toEqual(["a1"]);
    const linked = renderHtml(reportFixture("fr"), { annexUrl: "?part=annex" });
    expect(linked).toContain('href="?part=annex#figure-');
  });

  it("links a figure read from a totals cell to its drill-down, not to a list of every record", () => {
    const cells = figureLinks(annex).filter((link) => link.cell);
    expect(cells.map((link) => link.cell)).toEqual([
      "measure:practitionersTrained:participants",
      "region:014:activities",
      "measure:practitionersTrained:region:014:participants",
      "region:419:activities",
    ]);
    for (const link of cells) {
      expect(drillDown(annex, link.target)).toBe(
        `/reports/annual/2019/records?cell=${encodeURIComponent(link.cell ?? "")}&amp;preview=true`,
      );
    }
    const custom = renderHtmlAnnex(reportFixture("fr"), { drillDownUrl: (trace) => `/drill/${trace.cell}` });
    expect(custom).toContain('<a href="/drill/region:014:activities" data-cell="region:014:activities">');
    // The entry says where to find the records, and names none.
    expect(annex).toContain("Liste des enregistrements qu’il compte");
  });

  it("keeps the reconciliation, totals and figure sources out of the report, in the annex", () => {
    expect(page).not.toContain("Rapprochement");
    expect(page).not.toContain("<table");
    expect(annex).toContain("Rapprochement avec les chiffres publiés");
    expect(annex).toContain("Sources des chiffres");
  });

  it("heads the report with the symbol block and its footnote at the end", () => {
    expect(page).toContain('<p class="symbol">E/CN.15/2020/12</p>');
    expect(page).toContain('<p class="report-kind">Rapport du Secrétaire général</p>');
    expect(page).toMatch(/<sup class="note-ref" id="note-ref-1"><a href="#note-1">1<\/a><\/sup>/);
    expect(page).toContain('<li id="note-1">Disponible à l’adresse');
  });

  it("lists each record with its title, source reference and status, linked to its page", () => {
    expect(annex).toContain('<a href="/activities/a1">');
    expect(annex).toContain('<a href="/published-figures/pf-2019-trained">Personnes formées en 2019</a>');
    expect(annex).toContain("E/CN.15/2020/12, par. 18");
    expect(annex).toMatch(/Quetzaltenango<\/a>[^\n]*<span class="status">soumis<\/span>/);
  });

  it("builds record links with the given recordUrl", () => {
    const custom = renderHtmlAnnex(reportFixture("fr"), {
      recordUrl: (kind, id) => `https://tracker.example/${kind}/${id}`,
    });
    expect(custom).toContain('href="https://tracker.example/activity/a1"');
    expect(custom).toContain('href="https://tracker.example/figure/pf-2019-trained"');
  });

  it("lists an id missing from the records as not found rather than dropping it", () => {
    const model = reportFixture("fr");
    const figure = model.sections[0]?.subsections[0]?.paragraphs[0]?.content[1];
    if (figure?.type !== "figure") throw new Error("fixture has a figure in paragraph 19");
    figure.trace = { records: ["a1", "gone"] };
    expect(renderHtmlAnnex(model)).toContain(
      '<li data-record="gone">gone <span class="status">(enregistrement introuvable)</span></li>',
    );
  });

  it("renders a range of paragraphs with the headings they sit under, figures and notes numbered as in the whole", () => {
    const model = reportFixture("fr");
    const part = renderHtml(model, { paragraphs: { from: 19, to: 20 } });
    expect(part).not.toContain('id="para-17"');
    expect(part).not.toContain('id="h-summary"');
    expect(part).toContain('id="para-19"');
    expect(part).toContain('id="para-20"');
    expect(part).toMatch(/<h2[^>]*><span class="num">III\.<\/span>/);
    const whole = figureLinks(page);
    for (const link of figureLinks(part)) expect(whole).toContainEqual(link);
    // ¶17's footnote is the report's first: a range from ¶18 on has none; one with ¶17 numbers it 1.
    expect(renderHtml(model, { paragraphs: { from: 18, to: 20 } })).not.toContain("note-ref-");
    const first = renderHtml(model, { paragraphs: { from: 1, to: 17 } });
    expect(first).toContain('id="h-summary"');
    expect(first).toContain('<li id="note-1">');
    expect(first).not.toContain('id="para-18"');
  });

  it("escapes text from the records", () => {
    expect(page).not.toMatch(/<script/i);
    expect(annex).not.toMatch(/<script/i);
    expect(annex).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; saisies");
  });

  it("shows paragraph numbers and headings in order", () => {
    expect(page).toContain('<span class="num">19.</span><span class="text">En Afrique de l’Est, <a class="figure"');
    const levels = [...page.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    });
    expect(page).toMatch(/<h2[^>]*><span class="num">III\.<\/span> Assistance technique/);
    expect(page).toMatch(/<h3[^>]*><span class="num">A\.<\/span> Afrique de l’Est/);
  });

  it("marks an unvalidated paragraph with a text badge, and announces the preview", () => {
    expect(page).toMatch(
      /<p class="para unvalidated" id="para-20">[^\n]*<span class="badge">soumis, non validé<\/span>/,
    );
    expect(page.match(/class="badge"/g)).toHaveLength(1);
    expect(page).toContain("Aperçu — comprend des activités soumises non encore validées");
    expect(renderHtml({ ...reportFixture("fr"), preview: false })).not.toContain('class="preview"');
  });

  it("gives tables captions and scoped header cells", () => {
    const tables = annex.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
      expect(table).toContain('<th scope="col"');
      expect(table).toContain('<th scope="row">');
    }
    expect(annex).toContain('<td class="n">+715</td>');
  });

  it("keeps narrow no-break spaces and writes quotes for the language", () => {
    expect(page).toContain(`novembre${NNBSP};`);
    expect(page).toContain("«\u00A0Promouvoir");
    const en = renderHtml(reportFixture("en"));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("“Promoting technical assistance and capacity-building”");
    expect(renderHtmlAnnex(reportFixture("en"))).toContain("Sources of the figures");
    expect(en).toContain('<span class="badge">submitted, not validated</span>');
  });
});
