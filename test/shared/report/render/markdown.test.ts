import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdown, renderMarkdownAnnex } from "../../../../shared/report/render/markdown";
import { reportFixture } from "./fixture";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

describe("renderMarkdown", () => {
  const fr = renderMarkdown(reportFixture("fr"));
  const annex = renderMarkdownAnnex(reportFixture("fr"));

  it("heads the report with its symbol block, session and title", () => {
    expect(fr.startsWith("E/CN.15/2020/12  \nDistr. générale  \nOriginal")).toBe(true);
    expect(fr).toContain("**Commission pour la prévention du crime et la justice pénale**  \nVingt-neuvième session");
    expect(fr).toContain("# Activités de l’Office des Nations Unies");
    expect(fr).toContain("**Rapport du Secrétaire général**");
  });

  it("gives footnotes at the end, and keeps the working tables in the annex", () => {
    expect(fr).toContain(`Promouvoir l’assistance technique et le renforcement des capacités${NBSP}»[^1], l’Assemblée`);
    expect(fr).toContain(`[^1]: Disponible à l’adresse${NBSP}: https://www.unodc.org/edj/fr/tertiary/cybercrime.html.`);
    expect(fr).not.toContain("Rapprochement");
    expect(annex).toContain("## Rapprochement avec les chiffres publiés");
  });

  it("heads sections with their roman numeral and subsections with letters in order", () => {
    const headings = fr.split("\n").filter((line) => line.startsWith("#"));
    expect(headings).toContain("## III. Assistance technique et renforcement des capacités");
    expect(headings.indexOf("### A. Afrique de l’Est")).toBeLessThan(
      headings.indexOf("### B. Amérique latine et Caraïbes"),
    );
  });

  it("numbers paragraphs with the model's numbers, the mandate first", () => {
    const numbered = fr.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(numbered.map((line) => line.split(".")[0])).toEqual(["17", "18", "19", "20"]);
    expect(fr).toContain(
      "19. En Afrique de l’Est, environ 85 enquêteurs et procureurs de l’Érythrée, de l’Éthiopie, du Kenya, de l’Ouganda et de la République-Unie de Tanzanie ont été formés",
    );
  });

  it("keeps French typography: narrow no-break spaces and guillemets with no-break spaces", () => {
    expect(fr).toContain(`18. Au total, 1${NNBSP}817 agents`);
    expect(fr).toContain(`novembre${NNBSP};`);
    expect(fr).toContain(`«${NBSP}Promouvoir l’assistance technique et le renforcement des capacités${NBSP}»`);
  });

  it("announces a preview and marks only the unvalidated paragraph", () => {
    expect(fr).toContain("> **Aperçu — comprend des activités soumises non encore validées**");
    const marked = fr.split("\n").filter((line) => line.endsWith("*(soumis, non validé)*"));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/^20\. /);
    expect(renderMarkdown({ ...reportFixture("fr"), preview: false })).not.toContain("Aperçu");
  });

  it("tables the reconciliation with the published figure, its source, the recorded figure and the difference", () => {
    expect(annex).toContain("## Rapprochement avec les chiffres publiés");
    expect(annex).toContain(`| Personnes formées | 1${NNBSP}817 (E/CN.15/2020/12) | 1${NNBSP}102 | +715 |`);
  });

  it("renders each totals table under its caption", () => {
    expect(annex).toContain("### Activités et participants par région\n\n| Région | Activités | Participants |");
    expect(annex).toContain(`| Amérique latine et Caraïbes | 2 | 1${NNBSP}017 |`);
  });

  it("escapes Markdown in table cells and text", () => {
    const model = reportFixture("fr");
    const [table] = model.tables;
    if (!table?.rows[0]) throw new Error("fixture has a table");
    table.rows[0].label = "Kenya | Ouganda *_pilote_*";
    expect(renderMarkdownAnnex(model)).toContain("| Kenya \\| Ouganda \\*\\_pilote\\_\\* | 1 | 85 |");
    expect(escapeMarkdown("a <b> [c](d) `e`")).toBe("a \\<b> \\[c\\](d) \\`e\\`");
  });

  it("keeps a paragraph that starts like a list or heading as text", () => {
    const model = reportFixture("fr");
    model.summary = [{ number: 0, records: [], content: [{ type: "text", text: "2019. Une année" }] }];
    expect(renderMarkdown(model)).toContain("## Résumé\n\n2019\\. Une année");
  });

  it("writes English labels and curly quotes for an English report", () => {
    const en = renderMarkdown(reportFixture("en"));
    expect(en).toContain("> **Preview — includes submitted activities not yet validated**");
    expect(en).toContain("“Promoting technical assistance and capacity-building”");
    expect(en).toContain("*(submitted, not validated)*");
    const enAnnex = renderMarkdownAnnex(reportFixture("en"));
    expect(enAnnex).toContain("## Reconciliation with published figures");
    expect(enAnnex).toContain("| People trained | 1,817 (E/CN.15/2020/12) | 1,102 | +715 |");
  });
});
