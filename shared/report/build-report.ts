// Computes the annual report model from a year's records and texts: plain data in, report model out.
import type { TextBlock } from "../domain/report-texts";
import { cellTrace } from "./cell-records";
import { REPORT_LABELS } from "./labels";
import type { Inline, Paragraph, ReportModel, Section, Subsection, Trace } from "./model";
import { activityParagraphs } from "./paragraphs";
import { counts, type ReportInput } from "./report-input";
import { FRONT_SECTIONS, SECTIONS } from "./sections";
import { composedSummary, headlineFigures, reconciliation, trainingOpening } from "./summary";
import { totalsTables } from "./tables";
import { statesHeadline, writtenParagraph } from "./texts";
import { typeset } from "./typeset";

/** The subsection that opens with who was trained and in which areas (¶18 of E/CN.15/2020/12). */
const TRAINING_OPENING = "investigations-forensics";

export function buildReport(input: ReportInput): ReportModel {
  const counted = { ...input, activities: input.activities.filter((a) => counts(a, input.preview)) };
  const trace = cellTrace(input.year, input.preview);
  const language = input.language;
  const words = REPORT_LABELS[language];
  const own = input.texts?.texts[language];
  const figures = headlineFigures(counted, trace);
  const paragraphs = activityParagraphs(counted.activities, language, input.texts?.groups);
  const written = (block: TextBlock) => own?.blocks[block] ?? [];

  // Paragraphs are numbered through the report in reading order, as in the Secretary-General's reports.
  let number = 0;
  const numbered = (content: Inline[], records: string[] = [], unvalidated = false, items?: Inline[][]): Paragraph => {
    // Built without spreads, in the order the JSON report lists the fields: one per paragraph.
    const paragraph: Paragraph = items
      ? { number: ++number, content, items, records }
      : { number: ++number, content, records };
    if (unvalidated) paragraph.unvalidated = true;
    return paragraph;
  };
  const texts = (block: TextBlock) => written(block).map((text) => numbered(writtenParagraph(text, figures)));
  // The activities' paragraphs by the place they go, read once rather than once a place.
  const byPlace = new Map<string, typeof paragraphs>();
  for (const p of paragraphs) {
    const key = `${p.section}#${p.subsection ?? ""}`;
    const here = byPlace.get(key);
    if (here) here.push(p);
    else byPlace.set(key, [p]);
  }
  const told = (section: string, subsection?: string) =>
    (byPlace.get(`${section}#${subsection ?? ""}`) ?? []).map((p) =>
      numbered(p.content, p.records, p.unvalidated, p.items),
    );
  const drafting = (part: Paragraph[], note: string) => (part.length === 0 ? { drafting: note } : {});

  const front: Section[] = FRONT_SECTIONS.map((definition) => {
    const part = texts(definition.id);
    return {
      id: definition.id,
      number: definition.number,
      heading: definition.heading[language],
      paragraphs: part,
      subsections: [],
      ...drafting(part, words.drafting.text),
    };
  });

  const trainings = counted.activities.filter((activity) => activity.kind === "training");
  const place = (id: (typeof SECTIONS)[number]["id"], subsection: boolean): Paragraph[] => {
    const opening = texts(`${id}:opening`);
    const composed = id === TRAINING_OPENING && !statesHeadline(written(`${id}:opening`));
    const headline = composed ? trainingOpening(counted, figures, trainings) : undefined;
    return [
      ...opening,
      ...(headline ? [numbered(headline)] : []),
      ...(subsection ? told(sectionOf(id), id) : told(id)),
      ...texts(`${id}:closing`),
    ];
  };
  const sectionOf = (subsection: string) =>
    SECTIONS.find((s) => s.subsections.some((sub) => sub.id === subsection))?.id ?? subsection;

  const body: Section[] = SECTIONS.map((definition) => {
    const top = place(definition.id, false);
    const subsections: Subsection[] = definition.subsections.map((subsection) => {
      const part = place(subsection.id, true);
      return {
        id: subsection.id,
        heading: subsection.heading[language],
        paragraphs: part,
        ...drafting(part, words.drafting.nothing),
      };
    });
    return {
      id: definition.id,
      number: definition.number,
      heading: definition.heading[language],
      paragraphs: top,
      subsections,
      ...(subsections.length === 0 ? drafting(top, words.drafting.nothing) : {}),
    };
  });

  const summaryTexts = written("summary");
  const title = own?.titleBlock.title ?? words.title(input.year);
  const model = typeset({
    year: input.year,
    language,
    preview: input.preview,
    title,
    titleBlock: {
      ...own?.titleBlock,
      ...(input.texts?.symbol && { symbol: input.texts.symbol }),
      title,
    },
    summary:
      summaryTexts.length > 0
        ? summaryTexts.map((text) => ({ number: 0, records: [], content: writtenParagraph(text, figures) }))
        : composedSummary(counted, figures),
    sections: [...front, ...body],
    reconciliation: reconciliation(counted, trace),
    tables: totalsTables(counted, trace),
    records: {},
    generatedAt: input.generatedAt,
  });
  return { ...model, records: recordIndex(counted, namedRecords(model)) };
}

/** The ids figures name: published figures, and the activities of figures of one paragraph. */
function namedRecords(model: ReportModel): Set<string> {
  const ids = new Set<string>();
  const note = (trace: Trace | undefined) => {
    if (trace && "records" in trace) for (const id of trace.records) ids.add(id);
    if (trace && "publishedFigure" in trace) ids.add(trace.publishedFigure);
  };
  const inlines = (content: Inline[]) => {
    for (const inline of content) if (inline.type === "figure") note(inline.trace);
  };
  const paragraphs = (list: Paragraph[]) => {
    for (const p of list) {
      inlines(p.content);
      for (const item of p.items ?? []) inlines(item);
    }
  };
  paragraphs(model.summary);
  for (const section of model.sections) {
    paragraphs(section.paragraphs);
    for (const sub of section.subsections) paragraphs(sub.paragraphs);
  }
  for (const row of model.reconciliation) {
    ids.add(row.published.figureId);
    note(row.recorded.trace);
  }
  for (const cell of model.tables.flatMap((t) => t.rows.flatMap((row) => row.cells))) note(cell.trace);
  return ids;
}

function recordIndex(input: ReportInput, named: Set<string>): ReportModel["records"] {
  const source = (s: { document: string; paragraph: string } | undefined) => s && `${s.document}, ¶${s.paragraph}`;
  // A loop rather than entries: a large year names every one of its activities.
  const records: ReportModel["records"] = {};
  for (const a of input.activities) {
    if (named.has(a.id))
      records[a.id] = { kind: "activity", title: a.title, source: source(a.source), status: a.status };
  }
  for (const lab of input.labs) {
    if (named.has(lab.id)) records[lab.id] = { kind: "lab", title: `${lab.institution} (${lab.country})` };
  }
  for (const f of input.publishedFigures) {
    if (named.has(f.id))
      records[f.id] = { kind: "figure", title: f.label[input.language] ?? f.unit, source: source(f.source) };
  }
  return records;
}
