import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { PARAGRAPH_NUMBERING, renderDocx, renderDocxAnnex } from "../../../../shared/report/render/docx";
import { reportFixture } from "./fixture";

const NNBSP = "\u202F";

async function unzipped(buffer: Buffer) {
  const files = unzipSync(new Uint8Array(buffer));
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is missing from the package`);
    return strFromU8(file);
  };
  return { document: part("word/document.xml"), styles: part("word/styles.xml"), files, part };
}

const documentXml = async (language: "fr" | "en") => unzipped(await renderDocx(reportFixture(language)));
const annexXml = async (language: "fr" | "en") => unzipped(await renderDocxAnnex(reportFixture(language)));

const decodeXml = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Each paragraph's style and text, tabs as "\t", as Word shows them. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body = ""]) => ({
    style: body.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1],
    text: decodeXml(
      [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map(([tag, text]) => (tag === "<w:tab/>" ? "\t" : text))
        .join(""),
    ),
  }));
}

describe("renderDocx", () => {
  it("is a Word package with a document, its styles, a numbering part, footnotes and a footer", async () => {
    const { files, part } = await documentXml("fr");
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "word/footnotes.xml",
        "word/footer1.xml",
      ]),
    );
    expect(part("word/footer1.xml")).toContain("PAGE");
    expect(part("word/footnotes.xml")).toContain("https://www.unodc.org/edj/fr/tertiary/cybercrime.html");
  });

  it("heads the first page with the symbol block, the session and the title", async () => {
    const { document } = await documentXml("fr");
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Nations Unies",
        "E/CN.15/2020/12",
        "Distr. générale",
        "Original\u00a0: anglais",
        "Commission pour la prévention du crime et la justice pénale",
        "Vingt-neuvième session",
        "Rapport du Secrétaire général",
      ]),
    );
    expect(texts.indexOf("E/CN.15/2020/12")).toBeLessThan(texts.indexOf("Rapport du Secrétaire général"));
  });

  it("numbers paragraphs with Word's automatic numbering, in the model's order, figures not bold", async () => {
    const { document, part } = await documentXml("fr");
    const numbering = part("word/numbering.xml");
    expect(numbering).toContain('<w:lvlText w:val="%1."/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    const numbered = [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].filter(([p]) => p.includes("<w:numPr>"));
    // 17 to 20: four paragraphs, one numbering instance, and no number typed in the text.
    expect(numbered).toHaveLength(4);
    expect(new Set(numbered.map(([p]) => p.match(/<w:numId w:val="(\d+)"\/>/)?.[1])).size).toBe(1);
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toContain(
      "En Afrique de l’Est, environ 85 enquêteurs et procureurs de l’Érythrée, de l’Éthiopie, du Kenya, de l’Ouganda et de la République-Unie de Tanzanie ont été formés aux enquêtes sur les cryptomonnaies.",
    );
    expect(texts.some((text) => /^\d+\.\t/.test(text))).toBe(false);
    const runs = document.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    for (const figure of ["environ 85", `1${NNBSP}817`]) {
      const run = runs.find((r) => r.includes(figure));
      expect(run, figure).toBeDefined();
      expect(run).not.toContain("<w:b/>");
    }
    expect(texts.find((text) => text.startsWith("Au Guatemala"))).toMatch(/\(soumis, non validé\)$/);
    expect(PARAGRAPH_NUMBERING).toBeTruthy();
  });

  it("uses Heading 1 for sections and Heading 2 for subsections", async () => {
    const { document, styles } = await documentXml("fr");
    const headings = paragraphs(document).filter((p) => p.style?.startsWith("Heading"));
    expect(headings).toEqual(
      expect.arrayContaining([
        { style: "Heading1", text: "III.\tAssistance technique et renforcement des capacités" },
        { style: "Heading2", text: "A.\tAfrique de l’Est" },
        { style: "Heading2", text: "B.\tAmérique latine et Caraïbes" },
      ]),
    );
    expect(styles).toContain('w:styleId="Heading1"');
  });

  it("keeps the working tables out of the Commission's text, in an annex of their own", async () => {
    const { document } = await documentXml("fr");
    // The one table of the report is the symbol block.
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
    expect(document).not.toContain("Rapprochement");
    const annex = await annexXml("fr");
    const tables = annex.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    for (const table of tables) expect(table).toContain("<w:tblHeader/>");
    const [reconciliation = "", totals = ""] = tables.map((table) => paragraphs(table).map((p) => p.text));
    expect(reconciliation).toEqual(
      expect.arrayContaining(["Personnes formées", `1${NNBSP}817`, "E/CN.15/2020/12", `1${NNBSP}102`, "+715"]),
    );
    expect(totals).toEqual(expect.arrayContaining(["Région", "Amérique latine et Caraïbes", `1${NNBSP}017`]));
  });

  it("sets the language for the spell-checker and lays out an A4 page", async () => {
    const fr = await documentXml("fr");
    expect(fr.document).toContain('<w:lang w:val="fr-FR"/>');
    expect(fr.styles).toContain('<w:lang w:val="fr-FR"/>');
    expect(fr.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const en = await documentXml("en");
    expect(en.document).toContain('<w:lang w:val="en-GB"/>');
    expect(en.document).not.toContain("fr-FR");
    expect(paragraphs(en.document).map((p) => p.text)).toContain(
      "Preview — includes submitted activities not yet validated",
    );
  });
});
