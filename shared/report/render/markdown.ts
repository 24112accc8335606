// The report as Markdown: for review in a pull request, a wiki or an e-mail.
import type { Language } from "../../language/languages";
import type { Inline, Paragraph, ReportModel, Section } from "../model";
import { formatDate, formatDifference, labelsFor, quoted, subsectionLetter, tableHeader } from "./labels";

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

function inlineText(inline: Inline, language: Language): string {
  return inline.type === "quote" ? quoted(inline.text, language) : inline.text;
}

function paragraphText(paragraph: Paragraph, language: Language): string {
  const text = escapeBlockStart(
    paragraph.content.map((inline) => escapeMarkdown(inlineText(inline, language))).join(""),
  );
  return paragraph.unvalidated ? `${text} *(${labelsFor(language).unvalidated})*` : text;
}

const numbered = (paragraph: Paragraph, language: Language) =>
  `${paragraph.number}. ${paragraphText(paragraph, language)}`;

function section(s: Section, language: Language): string[] {
  return [
    `## ${s.number}. ${escapeMarkdown(s.heading)}`,
    ...(s.mandate ? [numbered(s.mandate, language)] : []),
    ...s.paragraphs.map((p) => numbered(p, language)),
    ...s.subsections.flatMap((sub, index) => [
      `### ${subsectionLetter(index)}. ${escapeMarkdown(sub.heading)}`,
      ...(sub.mandate ? [numbered(sub.mandate, language)] : []),
      ...sub.paragraphs.map((p) => numbered(p, language)),
    ]),
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

export function renderMarkdown(model: ReportModel): string {
  const l = labelsFor(model.language);
  const blocks = [
    `# ${escapeMarkdown(model.title)}`,
    escapeMarkdown(l.yearLine(model.year)),
    ...(model.preview ? [`> **${escapeMarkdown(l.preview)}**`] : []),
    `## ${escapeMarkdown(l.summary)}`,
    paragraphText(model.summary, model.language),
    ...model.sections.flatMap((s) => section(s, model.language)),
    ...reconciliation(model),
    ...totals(model),
    `*${escapeMarkdown(l.generated(formatDate(model.generatedAt, model.language)))}*`,
  ];
  return `${blocks.join("\n\n")}\n`;
}
