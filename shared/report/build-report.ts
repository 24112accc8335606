// Computes the annual report model from a year's records: plain data in, report model out.
import { cellRecords } from "./cell-records";
import { REPORT_LABELS } from "./labels";
import type { Inline, Paragraph, ReportModel, Section } from "./model";
import { activityParagraphs } from "./paragraphs";
import { counts, type ReportInput } from "./report-input";
import { type Mandate, SECTIONS } from "./sections";
import { reconciliation, summary } from "./summary";
import { totalsTables } from "./tables";

export function buildReport(input: ReportInput): ReportModel {
  const counted = { ...input, activities: input.activities.filter((a) => counts(a, input.preview)) };
  const records = cellRecords(counted);
  const paragraphs = activityParagraphs(counted.activities, input.language);

  // Paragraphs are numbered through the report, mandates included, as in the Secretary-General's reports.
  let number = 0;
  const numbered = (content: Inline[], records: string[] = [], unvalidated = false): Paragraph => ({
    number: ++number,
    content,
    records,
    ...(unvalidated && { unvalidated }),
  });
  const mandate = (m: Mandate | undefined) =>
    m ? numbered([{ type: "text", text: m.text[input.language] }]) : undefined;
  const told = (section: string, subsection?: string) =>
    paragraphs
      .filter((p) => p.section === section && p.subsection === subsection)
      .map((p) => numbered(p.content, p.records, p.unvalidated));

  const sections: Section[] = SECTIONS.map((definition) => ({
    id: definition.id,
    number: definition.number,
    heading: definition.heading[input.language],
    mandate: mandate(definition.mandate),
    paragraphs: told(definition.id),
    subsections: definition.subsections.map((subsection) => ({
      id: subsection.id,
      heading: subsection.heading[input.language],
      ...(subsection.mandate && { mandate: mandate(subsection.mandate) }),
      paragraphs: told(definition.id, subsection.id),
    })),
  }));

  return {
    year: input.year,
    language: input.language,
    preview: input.preview,
    title: REPORT_LABELS[input.language].title(input.year),
    summary: summary(counted, records),
    sections,
    reconciliation: reconciliation(counted, records),
    tables: totalsTables(counted, records),
    records: recordIndex(counted),
    generatedAt: input.generatedAt,
  };
}

function recordIndex(input: ReportInput): ReportModel["records"] {
  const source = (s: { document: string; paragraph: string } | undefined) => s && `${s.document}, ¶${s.paragraph}`;
  return Object.fromEntries([
    ...input.activities.map((a) => [
      a.id,
      { kind: "activity" as const, title: a.title, source: source(a.source), status: a.status },
    ]),
    ...input.labs.map((lab) => [lab.id, { kind: "lab" as const, title: `${lab.institution} (${lab.country})` }]),
    ...input.publishedFigures.map((f) => [
      f.id,
      { kind: "figure" as const, title: f.label[input.language] ?? f.unit, source: source(f.source) },
    ]),
  ]);
}
