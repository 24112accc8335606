// The 2019 report in Spanish, in every format: the report's structure in Spanish, the UN's
// Spanish country phrases and figures, and no title or narrative of another language in its prose.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { seed2019 } from "../../../seed/2019";
import { buildReport } from "../../../shared/report/build-report";
import type { ReportModel } from "../../../shared/report/model";
import { REPORT_FORMATS, type ReportFormat, renderReport } from "../../../shared/report/render";
import { reportInput } from "../../support/seed-report";

const NNBSP = "\u202F";

const decodeXml = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** What a reader reads of a rendered report: the text of Word's runs, HTML without its tags. */
async function readable(model: ReportModel, format: ReportFormat): Promise<string> {
  const { body } = await renderReport(model, format);
  if (format === "docx") {
    const document = strFromU8(unzipSync(new Uint8Array(body as Buffer))["word/document.xml"] ?? new Uint8Array());
    return decodeXml(
      [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)]
        .map(([tag, text]) => (tag === "</w:p>" ? "\n" : text))
        .join(""),
    );
  }
  if (format === "html") return decodeXml(String(body).replace(/<[^>]+>/g, " ")).replace(/[ \t]+/g, " ");
  if (format === "json") return proseOfJson(JSON.parse(String(body))).join("\n");
  return String(body);
}

/** The model's words, in order: every title, heading and paragraph, but the records' own (their titles). */
function proseOfJson(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(proseOfJson);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    if (key === "records") return [];
    // A paragraph's inlines make one text: "En 2019, … a " + "1 817" + " profesionales…".
    if (key === "content" && Array.isArray(inner)) return [inner.flatMap(proseOfJson).join("")];
    if (typeof inner === "string") return ["title", "heading", "text"].includes(key) ? [inner] : [];
    return proseOfJson(inner);
  });
}

/** The report's prose: what comes before the working tables (reconciliation, sources), if any. */
function prose(text: string): string {
  const ends = ["Conciliación con las cifras publicadas", "Fuentes de las cifras"]
    .map((heading) => text.indexOf(heading))
    .filter((at) => at >= 0);
  return text.slice(0, ends.length > 0 ? Math.min(...ends) : undefined);
}

/** Text of another language the records hold: titles, and each narrative's longest run without a placeholder. */
const FOREIGN = [
  ...seed2019.activities.map((activity) => activity.title),
  ...seed2019.activities.flatMap((activity) =>
    Object.values(activity.narrative ?? {}).map(
      (narrative) =>
        narrative
          .split(/\{[^}]*\}/)
          .sort((a, b) => b.length - a.length)[0]
          ?.trim() ?? "",
    ),
  ),
].filter((text) => text.length > 20);

describe("the 2019 report in Spanish", () => {
  const model = buildReport(reportInput("es"));

  it("has the Spanish title, summary and section headings", () => {
    expect(model.language).toBe("es");
    expect(model.title).toMatch(/^Promoción de la asistencia técnica y la creación de capacidad/);
    expect(model.sections.map((section) => `${section.number}. ${section.heading}`)).toEqual([
      "I. Introducción",
      "II. Novedades, progresos realizados y mejores prácticas determinadas",
      "III. Apoyo normativo y creación de capacidad",
      "IV. Intercambio de información",
      "V. Investigación y análisis",
      "VI. Prevención",
      "VII. Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre el Delito Cibernético",
    ]);
    expect(model.sections[2]?.subsections.map((subsection) => subsection.heading)).toEqual([
      "Investigaciones sobre delitos cibernéticos y análisis forense digital",
      "Investigaciones sobre criptomonedas y la red oscura",
      "Explotación y abusos sexuales de niños en línea",
      "Utilización de Internet con fines terroristas",
      "Cooperación internacional para la obtención de pruebas electrónicas",
    ]);
  });

  it.each(REPORT_FORMATS)("renders as %s with Spanish headings, figures and country phrases", async (format) => {
    const text = await readable(model, format);
    // The renderers add the summary's heading; the JSON is the model, without it.
    for (const words of [
      ...(format === "json" ? [] : ["Resumen"]),
      "Apoyo normativo y creación de capacidad",
      "Investigaciones sobre delitos cibernéticos y análisis forense digital",
      "Explotación y abusos sexuales de niños en línea",
      "Prevención",
      // The year's Spanish texts: the summary, I and II, the mandates quoted, ¶18 with its figures.
      "El presente informe se ha preparado en cumplimiento de la resolución 74/173 de la Asamblea General",
      "la Comisión de Prevención del Delito y Justicia Penal, en su 29º período de sesiones",
      "la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)",
      "el Fondo de las Naciones Unidas para la Infancia (UNICEF)",
      "En su resolución 74/174, la Asamblea General solicitó a la UNODC",
      `Durante el período que se examina, la UNODC capacitó a 1${NNBSP}817 profesionales de la justicia penal de 36 países en las siguientes esferas`,
      "secretaría técnica del Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre el Delito Cibernético",
      // ¶19 and ¶29's countries, each with its preposition and the UN's article.
      "funcionarios encargados de hacer cumplir la ley en Eritrea, en Etiopía, en Kenya, en Uganda y en la República Unida de Tanzanía",
      "capacitó a más de 250 profesionales de la justicia penal en Barbados, en Belice, en Chile, en Costa Rica, en El Salvador, en Honduras, en Panamá y en el Perú",
      "en Costa Rica, en Uganda, en el Pakistán y en el Perú",
    ]) {
      expect(text, format).toContain(words);
    }
  });

  it.each(REPORT_FORMATS)("pastes no English or French title or narrative into its %s prose", async (format) => {
    const text = prose(await readable(model, format));
    expect(text.length).toBeGreaterThan(5000);
    for (const foreign of FOREIGN) expect(text, format).not.toContain(foreign);
    for (const word of [" the ", " and ", " of the ", " les ", " des ", " et "])
      expect(text, format).not.toContain(word);
  });

  it("holds the published texts in Spanish: I, II, the mandates quoted and the title block", () => {
    const [introduction, developments] = model.sections;
    expect(introduction?.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(developments?.paragraphs.map((p) => p.number)).toEqual([10, 11]);
    expect(introduction?.drafting).toBeUndefined();
    expect(model.titleBlock).toMatchObject({
      symbol: "E/CN.15/2020/12",
      distribution: "Distr. general",
      original: "Original: inglés",
      body: "Comisión de Prevención del Delito y Justicia Penal",
      session: "29º período de sesiones",
      kind: "Informe del Secretario General",
    });
  });

  it("tells the Word document's spell-checker that it is Spanish", async () => {
    const { body } = await renderReport(model, "docx");
    const files = unzipSync(new Uint8Array(body as Buffer));
    const xml = Object.values(files)
      .map((file) => strFromU8(file))
      .join("");
    expect(xml).toContain('w:val="es-ES"');
  });
});
