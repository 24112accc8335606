import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../../../../shared/report/render/docx";
import { reportFixture } from "./fixture";

const NNBSP = "\u202F";

async function documentXml(language: "fr" | "en") {
  const files = unzipSync(new Uint8Array(await renderDocx(reportFixture(language))));
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is missing from the package`);
    return strFromU8(file);
  };
  return { document: part("word/document.xml"), styles: part("word/styles.xml"), files };
}

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
  it("is a Word package with a document, its styles and a footer", async () => {
    const { files } = await documentXml("fr");
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/footer1.xml"]),
    );
    expect(strFromU8(files["word/footer1.xml"] ?? new Uint8Array())).toContain("PAGE");
  });

  it("numbers paragraphs with the model's numbers, a tab after each, the figure in bold", async () => {
    const { document } = await documentXml("fr");
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toContain(
      "19.\tEn Afrique de l’Est, environ 85 enquêteurs et procureurs de l’Érythrée, de l’Éthiopie, du Kenya, de l’Ouganda et de la République-Unie de Tanzanie ont été formés aux enquêtes sur les cryptomonnaies.",
    );
    expect(texts).toContain(
      `18.\tAu total, 1${NNBSP}817 agents des services de détection et de répression, procureurs et juges ont été formés.`,
    );
    const figureRun = document.match(/<w:r>[\s\S]*?<\/w:r>/g)?.find((run) => run.includes(">environ 85<"));
    expect(figureRun).toContain("<w:b/>");
    expect(texts.find((text) => text.startsWith("20.\t"))).toMatch(/\(soumis, non validé\)$/);
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

  it("writes the reconciliation and totals as tables with repeated header rows", async () => {
    const { document } = await documentXml("fr");
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
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
