// The report as Markdown: for review in a pull request, a wiki or an e-mail.
import type { Language } from "../../language/languages";
import type { Inline, Paragraph, ReportModel, Section } from "../model";
import { formatDate, formatDifference, itemLetter, labelsFor, quoted, subsectionLetter, tableHeader } from "./labels";

/**
 * Escapes what Markdown would read as markup. Only line breaks become spaces: `\s` would also
 * match the no-break spaces French typography depends on.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[ \t]*\r?\n[ \t]*/g, " ")
    .replace(/[\\`*_[\]<|]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&");
}

/** A paragraph's first characters can open a heading, quote or list; a backslash keeps them text. */
const escapeBlockStart = (text: string) => text.replace(/^[#>+-]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2");

/** Footnotes in reading order: `[^1]` in the text, their texts at the end. */
type Notes = string[];

function inlineText(inline: Inline, language: Language, notes: Notes): string {
  if (inline.type === "note") {
    notes.push(inline.text);
    return `[^${notes.length}]`;
  }
  return escapeMarkdown(inline.type === "quote" ? quoted(inline.text, language) : inline.text);
}

function paragraphText(paragraph: Paragraph, language: Language, notes: Notes): string {
  const text = escapeBlockStart(paragraph.content.map((inline) => inlineText(inline, language, notes)).join(""));
  return paragraph.unvalidated ? `${text} *(${labelsFor(language).unvalidated})*` : text;
}

/** The paragraph, then its lettered subparagraphs indented inside it (« a) », "(a)"). */
const numbered = (paragraph: Paragraph, language: Language, notes: Notes) =>
  [
    `${paragraph.number}. ${paragraphText(paragraph, language, notes)}`,
    ...(paragraph.items ?? []).map(
      (item, index) =>
        `    ${escapeMarkdown(itemLetter(index, language))} ${item.map((inline) => inlineText(inline, language, notes)).join("")}`,
    ),
  ].join("\n\n");

function section(s: Section, language: Language, notes: Notes): string[] {
  const drafting = (note: string | undefined) => (note ? [`*${escapeMarkdown(note)}*`] : []);
  return [
    `## ${s.number}. ${escapeMarkdown(s.heading)}`,
    ...s.paragraphs.map((p) => numbered(p, language, notes)),
    ...drafting(s.drafting),
    ...s.subsections.flatMap((sub, index) => [
      `### ${subsectionLetter(index)}. ${escapeMarkdown(sub.heading)}`,
      ...sub.paragraphs.map((p) => numbered(p, language, notes)),
      ...drafting(sub.drafting),
    ]),
  ];
}

/** The symbol block, the body and session, the agenda item, then the title and the kind of report. */
function titleBlock(model: ReportModel): string[] {
  const t = model.titleBlock;
  const escaped = (text: string | undefined, bold = false) =>
    text === undefined ? undefined : bold ? `**${escapeMarkdown(text)}**` : escapeMarkdown(text);
  const line = (...parts: (string | undefined)[]) => parts.filter(Boolean).join("  \n");
  const head = line(escaped(t.symbol), escaped(t.distribution), escaped(t.date), escaped(t.original));
  const body = line(escaped(t.body, true), escaped(t.session), escaped(t.agendaItem), escaped(t.agendaTitle, true));
  return [
    ...(head ? [head] : []),
    ...(body ? [body] : []),
    `# ${escapeMarkdown(t.title)}`,
    ...(t.kind ? [`**${escapeMarkdown(t.kind)}**`] : []),
  ];
}

/** Columns from `numericFrom` up to (not including) `textFrom` are figures, aligned right. */
function table(header: string[], rows: string[][], numericFrom: number, textFrom = header.length): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => escapeMarkdown(cell) || " ").join(" | ")} |`;
  const rule = `| ${header.map((_, i) => (i >= numericFrom && i < textFrom ? "---:" : "---")).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function reconciliation(model: ReportModel): string[] {
  if (!model.reconciliation.length) return [];
  const l = labelsFor(model.language);
  const rows = model.reconciliation.map((row) => [
    row.label,
    `${row.published.text} (${row.published.source})`,
    row.recorded.text,
    formatDifference(row.difference, model.language),
    row.note ? `${row.meaning} ${row.note}` : row.meaning,
  ]);
  const header = [
    l.columns.indicator,
    l.columns.published,
    l.columns.recorded,
    l.columns.difference,
    l.columns.meaning,
  ];
  return [
    `## ${escapeMarkdown(l.reconciliation)}`,
    `${escapeMarkdown(l.reconciliationCaption)}.`,
    table(header, rows, 1, 4),
  ];
}

function totals(model: ReportModel): string[] {
  if (!model.tables.length) return [];
  return [
    `## ${escapeMarkdown(labelsFor(model.language).totals)}`,
    ...model.tables.flatMap((t) => [
      `### ${escapeMarkdown(t.caption)}`,
      ...(t.note ? [escapeMarkdown(t.note)] : []),
      table(
        tableHeader(t),
        t.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)]),
        1,
      ),
    ]),
  ];
}

/** The report to the Commission: its title block, summary and sections I–VII, and its footnotes. */
export function renderMarkdown(model: ReportModel): string {
  const l = labelsFor(model.language);
  const notes: Notes = [];
  const blocks = [
    ...titleBlock(model),
    ...(model.preview ? [`> **${escapeMarkdown(l.preview)}**`] : []),
    `## ${escapeMarkdown(l.summary)}`,
    ...model.summary.map((p) => paragraphText(p, model.language, notes)),
    ...model.sections.flatMap((s) => section(s, model.language, notes)),
    ...notes.map((note, index) => `[^${index + 1}]: ${escapeMarkdown(note)}`),
  ];
  return `${blocks.join("\n\n")}\n`;
}

/** The working annex, apart from the Commission text: reconciliation with published figures and totals. */
export function renderMarkdownAnnex(model: ReportModel): string {
  const l = labelsFor(model.language);
  const blocks = [
    `# ${escapeMarkdown(l.annexTitle(model.year))}`,
    ...(model.preview ? [`> **${escapeMarkdown(l.preview)}**`] : []),
    ...reconciliation(model),
    ...totals(model),
    `*${escapeMarkdown(l.generated(formatDate(model.generatedAt, model.language)))}*`,
  ];
  return `${blocks.join("\n\n")}\n`;
}
