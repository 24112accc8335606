// The 2019 figures as a manager signs them: the official headline, each measure as recorded, and
// the reconciliation of each published figure with the same measure, in French and in English.
import { describe, expect, it } from "vitest";
import { measureFigures } from "../../../shared/domain/measure-figures";
import { buildReport } from "../../../shared/report/build-report";
import { renderMarkdownAnnex } from "../../../shared/report/render/markdown";
import { reportInput } from "../../support/seed-report";
import { tracedRecords } from "../../support/traced-records";

const NNBSP = "\u202F";

describe("the 2019 figures", () => {
  it("count each measure apart, with its qualifier and countries", () => {
    const figures = measureFigures(reportInput("en").totals);
    expect(figures.map((f) => [f.measure, f.total.value, f.total.qualifier, f.countries.length, f.activities])).toEqual(
      [
        ["practitionersTrained", 1054, "approximately", 21, 16],
        ["peopleReached", 250613, "exact", 3, 7],
      ],
    );
  });

  it.each([
    [
      "fr",
      [
        `| Pays des praticiens de la justice pénale formés | 36 (E/CN.15/2020/12, ¶18) | 21 | +15 | Le chiffre publié comprend des activités que les enregistrements ne détaillent pas. |`,
        `| Praticiens de la justice pénale formés | 1${NNBSP}817 (E/CN.15/2020/12, ¶18) | environ 1${NNBSP}054 | +763 | Le chiffre publié comprend des activités que les enregistrements ne détaillent pas. |`,
      ],
    ],
    [
      "en",
      [
        "| Countries of the criminal justice practitioners trained | 36 (E/CN.15/2020/12, ¶18) | 21 | +15 | The published figure includes activities the records do not itemize. |",
        "| Criminal justice practitioners trained | 1,817 (E/CN.15/2020/12, ¶18) | about 1,054 | +763 | The published figure includes activities the records do not itemize. |",
      ],
    ],
  ] as const)("reconcile like with like in %s", (language, rows) => {
    const input = reportInput(language);
    const report = buildReport(input);
    const markdown = renderMarkdownAnnex(report);
    for (const row of rows) expect(markdown).toContain(row);
    const practitioners = report.reconciliation.find((row) => row.indicator === "practitioners_trained");
    // The recorded figure traces to the trainings that make it up: its totals cell, which the drill-down lists.
    expect(practitioners?.recorded.trace).toEqual({
      cell: "measure:practitionersTrained:participants",
      drillDown: "/reports/annual/2019/records?cell=measure%3ApractitionersTrained%3Aparticipants",
    });
    expect(tracedRecords(practitioners?.recorded.trace ?? { records: [] }, input)).toHaveLength(8);
    // The JSON model says how each figure is known, beside its value.
    expect(practitioners?.recorded).toMatchObject({ value: 1054, qualifier: "approximately" });
    expect(report.tables.find((t) => t.id === "practitionersTrained-theme")?.rows[1]?.cells[0]).toMatchObject({
      value: 200,
      qualifier: "at_least",
    });
  });

  it("keep the official headline, and compute one from the measures without it", () => {
    const text = (model: ReturnType<typeof buildReport>, number: number) =>
      model.sections
        .flatMap((section) => [...section.paragraphs, ...section.subsections.flatMap((sub) => sub.paragraphs)])
        .find((p) => p.number === number)
        ?.content.map((inline) => inline.text)
        .join("");
    expect(text(buildReport(reportInput("fr")), 18)).toContain(
      `l’ONUDC a formé 1${NNBSP}817 praticiens de la justice pénale de 36 pays dans les domaines suivants`,
    );
    const { texts: _texts, ...input } = reportInput("en");
    const computed = buildReport({ ...input, publishedFigures: [] });
    expect(computed.summary[1]?.content.map((inline) => inline.text).join("")).toBe(
      "In 2019, UNODC trained about 1,054 criminal justice practitioners from 21 countries.",
    );
  });

  it("show a manager's note on a reconciliation row", () => {
    const input = reportInput("en");
    const noted = input.publishedFigures.map((figure) =>
      figure.indicator === "practitioners_trained"
        ? { ...figure, note: { en: "¶18 also counts the Global Programme's regional workshops.", fr: "…" } }
        : figure,
    );
    const report = buildReport({ ...input, publishedFigures: noted });
    expect(report.reconciliation.find((row) => row.indicator === "practitioners_trained")?.note).toBe(
      "¶18 also counts the Global Programme's regional workshops.",
    );
    expect(renderMarkdownAnnex(report)).toContain(
      "The published figure includes activities the records do not itemize. ¶18 also counts the Global Programme's regional workshops.",
    );
  });
});
