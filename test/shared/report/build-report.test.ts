import { describe, expect, it } from "vitest";
import { computeTotals } from "../../../shared/domain/aggregates";
import { buildReport } from "../../../shared/report/build-report";
import type { Inline, Paragraph, ReportModel } from "../../../shared/report/model";
import { reportInput, seedActivities } from "../../support/seed-report";
import { tracedRecords } from "../../support/traced-records";

function allParagraphs(model: ReportModel): Paragraph[] {
  return model.sections.flatMap((section) => [
    ...section.paragraphs,
    ...section.subsections.flatMap((sub) => sub.paragraphs),
  ]);
}
const figures = (inlines: Inline[]) => inlines.filter((i) => i.type === "figure");
const textOf = (paragraph: Paragraph) => paragraph.content.map((i) => i.text).join("");

describe("buildReport", () => {
  const frInput = reportInput("fr");
  const fr = buildReport(frInput);
  const recordsOf = (figure: Inline) => (figure.type === "figure" ? tracedRecords(figure.trace, frInput) : []);

  it("follows the structure of E/CN.15/2020/12: I, II, III with five subsections, then IV to VII", () => {
    expect(fr.sections.map((s) => s.number)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(fr.titleBlock).toMatchObject({ symbol: "E/CN.15/2020/12", distribution: "Distr. générale" });
    expect(fr.sections[1]?.heading).toBe(
      "Évolution de la situation, progrès accomplis et meilleures pratiques recensées",
    );
    expect(fr.sections[2]?.subsections.map((s) => s.heading)).toEqual([
      "Enquêtes sur la cybercriminalité et criminalistique numérique",
      "Enquêtes sur les cybermonnaies et le darknet",
      "Exploitation et atteintes sexuelles visant les enfants sur Internet",
      "Utilisation d’Internet à des fins terroristes",
      "Coopération internationale pour l’obtention de preuves électroniques",
    ]);
    // The mandates quoted are those the published report quotes, where it quotes them.
    const opening = (id: string) =>
      fr.sections.flatMap((s) => [s, ...s.subsections]).find((s) => s.id === id)?.paragraphs[0];
    expect(textOf(opening("investigations-forensics") as Paragraph)).toMatch(/^Dans sa résolution 74\/173/);
    expect(textOf(opening("child-sexual-exploitation") as Paragraph)).toMatch(/^Dans sa résolution 74\/174/);
    expect(textOf(opening("information-sharing") as Paragraph)).toMatch(/^Dans sa résolution 74\/173/);
    for (const id of ["cryptocurrency-darknet", "research-analysis", "prevention", "international-cooperation"]) {
      expect(textOf(opening(id) as Paragraph)).not.toMatch(/résolution/);
    }
  });

  it("numbers the paragraphs through the report", () => {
    expect(allParagraphs(fr).map((p) => p.number)).toEqual(allParagraphs(fr).map((_, i) => i + 1));
  });

  it("tells every activity once, and links every figure to records the report lists", () => {
    const told = allParagraphs(fr).flatMap((p) => p.records);
    expect([...told].sort()).toEqual(seedActivities.map((a) => a.id).sort());
    const every = [...fr.summary, ...allParagraphs(fr)].flatMap((p) => figures(p.content));
    for (const figure of every) {
      expect(recordsOf(figure).length).toBeGreaterThan(0);
      // Ids a figure names are listed with their titles; a totals cell's records, by its drill-down.
      if (figure.type === "figure" && !("cell" in figure.trace)) {
        for (const id of recordsOf(figure)) expect(fr.records[id]).toBeDefined();
      }
    }
    // Every number an activity records appears in the text as a figure linked to that activity.
    for (const activity of seedActivities) {
      const own = every.flatMap((f) => (f.type === "figure" && recordsOf(f).includes(activity.id) ? [f.value] : []));
      // A narrative may state the parts (teachers, students, parents) instead of their total.
      const parts = Object.values(activity.participants?.byProfession ?? {});
      const statesParts = parts.length > 0 && parts.every((count) => own.includes(count ?? -1));
      const recorded = [
        ...(activity.participants && !statesParts ? [activity.participants.total] : []),
        // An outcome the narrative tells in words (« le tout premier laboratoire ») has no figure.
        ...activity.outcomes.flatMap((outcome) => (outcome.text?.fr ? [] : [outcome.value])),
      ];
      for (const value of recorded) expect(own, `${activity.id} states ${value}`).toContain(value);
    }
  });

  it("opens III.A with the published figures, and reconciles them with the records", () => {
    const opening = fr.sections[2]?.subsections[0]?.paragraphs.find((p) => p.number === 18);
    expect(textOf(opening as Paragraph)).toContain(
      "Au cours de la période considérée, l’ONUDC a formé 1\u202f817 praticiens de la justice pénale de 36 pays dans les domaines suivants\u00a0:",
    );
    const practitioners = fr.reconciliation.find((row) => row.indicator === "practitioners_trained");
    expect(practitioners?.published.value).toBe(1817);
    expect(practitioners?.recorded.value).toBeLessThan(1817);
    expect(practitioners?.difference).toBe(1817 - (practitioners?.recorded.value ?? 0));
    expect(tracedRecords(practitioners?.recorded.trace ?? { records: [] }, frInput).length).toBeGreaterThan(5);
  });

  it("gives the published summary, with no count the source does not contain", () => {
    expect(fr.summary).toHaveLength(2);
    expect(fr.summary.flatMap((p) => figures(p.content))).toEqual([]);
    expect(textOf(fr.summary[0] as Paragraph)).toMatch(/^Le présent rapport a été établi conformément/);
  });

  it("composes the summary and the opening of III.A from the measures for a year without texts", () => {
    const { texts: _texts, ...input } = reportInput("en");
    const model = buildReport({ ...input, publishedFigures: [] });
    const [lead, headline] = model.summary;
    expect(textOf(lead as Paragraph)).toMatch(/^The present report describes/);
    expect(figures((headline as Paragraph).content)[0]).toMatchObject({ source: "records" });
    expect(textOf(headline as Paragraph)).toMatch(
      /^In 2019, UNODC trained about [\d,]+ criminal justice practitioners from \d+ countries\.$/,
    );
    const opening = model.sections[2]?.subsections[0]?.paragraphs[0];
    expect(textOf(opening as Paragraph)).toMatch(
      /^During the reporting period, UNODC trained about [\d,]+ criminal justice practitioners from \d+ countries in the following areas: cybercrime investigations and digital forensics; .*; and .*\.$/,
    );
    expect(model.sections[0]?.drafting).toBe("[To be written on the report page.]");
  });

  it.each([
    ["en", "In 2019, UNODC trained 12 criminal justice practitioners from one country."],
    ["fr", "En 2019, l’ONUDC a formé 12 praticiens de la justice pénale d’un pays."],
  ] as const)(
    "agrees the summary's words with each figure in %s, and says nothing of what is zero",
    (language, expected) => {
      const training = seedActivities.find((a) => a.kind === "training" && a.countries.length === 1);
      if (!training) throw new Error("the seed has a training in one country");
      const one = { ...training, participants: { total: 12, qualifier: "exact" as const }, outcomes: [] };
      const { texts: _texts, ...input } = reportInput(language, [one]);
      const model = buildReport({
        ...input,
        labs: [],
        totals: computeTotals(2019, [one], []).validated,
        publishedFigures: [],
      });
      expect(textOf(model.summary[1] as Paragraph)).toBe(expected);
      expect(model.summary.map(textOf).join(" ")).not.toMatch(/\b0\b|laborato/);
    },
  );

  it("counts only validated records, and shows submitted ones marked in a preview", () => {
    const [first, second, ...rest] = seedActivities;
    if (!first || !second) throw new Error("the seed has activities");
    const activities = [
      { ...first, status: "submitted" as const },
      second,
      ...rest,
      { ...second, id: "draft-1", status: "draft" as const },
    ];
    const official = buildReport(reportInput("fr", activities));
    expect(allParagraphs(official).flatMap((p) => p.records)).not.toContain(first.id);
    const preview = buildReport(reportInput("fr", activities, true));
    const marked = allParagraphs(preview).find((p) => p.records.includes(first.id));
    expect(marked?.unvalidated).toBe(true);
    expect(allParagraphs(preview).flatMap((p) => p.records)).not.toContain("draft-1");
  });

  it("gives the totals tables with the records behind each cell", () => {
    const byCountry = fr.tables.find((t) => t.id === "countryActivities");
    const kenya = byCountry?.rows.find((row) => row.label === "Kenya");
    const labels = byCountry?.rows.map((row) => row.label) ?? [];
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "fr")));
    expect(kenya?.cells[0]?.value).toBeGreaterThan(0);
    const trace = kenya?.cells[0]?.trace;
    expect(trace).toMatchObject({
      cell: "country:KEN:activities",
      drillDown: "/reports/annual/2019/records?cell=country%3AKEN%3Aactivities",
    });
    expect(trace && tracedRecords(trace, frInput).length).toBe(kenya?.cells[0]?.value);
  });

  it.each([
    ["fr", "L’ONUDC a aidé un pays. Vingt et une personnes ont été formées."],
    ["en", "UNODC helped one country. Twenty-one people were trained."],
    ["es", "La UNODC ayudó a un país. Veintiuna personas recibieron capacitación."],
  ] as const)(
    "writes a narrative's number in words where the UN does, in %s: one, and at a sentence's head",
    (language, said) => {
      const [first] = seedActivities;
      if (!first) throw new Error("the seed has activities");
      const { source: _, ...record } = first;
      const activity = {
        ...record,
        id: "numbers-in-words",
        countries: ["KEN"],
        countryCount: 1,
        outcomes: [],
        participants: { total: 21, qualifier: "exact" as const },
        narrative: {
          fr: "L’ONUDC a aidé {countryCount} pays. {participants} personnes ont été formées.",
          en: "UNODC helped {countryCount} country. {participants} people were trained.",
          es: "La UNODC ayudó a {countryCount} país. {participants} personas recibieron capacitación.",
        },
      };
      const model = buildReport(reportInput(language, [activity]));
      const paragraph = allParagraphs(model).find((p) => p.records.includes(activity.id));
      expect(paragraph && textOf(paragraph)).toBe(said);
    },
  );
});
