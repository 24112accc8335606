// The report as a Word document laid out like a UN report, for the Secretariat to draft in.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  type IRunOptions,
  Packer,
  PageNumber,
  type ParagraphChild,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  Paragraph as WordParagraph,
} from "docx";
import { languageTable } from "../../language/tables";
import type { Paragraph, ReportModel, Section } from "../model";
import { formatDate, formatDifference, labelsFor, quoted, subsectionLetter, tableHeader } from "./labels";

/** Twentieths of a point. */
const CM = 567;
const A4 = { width: 11906, height: 16838 };
const MARGIN = {
  top: Math.round(2.2 * CM),
  bottom: Math.round(2.2 * CM),
  left: Math.round(2.5 * CM),
  right: Math.round(2.5 * CM),
};
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** UN documents hang the paragraph number in the margin of an indented text block. */
const TEXT_INDENT = 2 * CM;
const NUMBER_INDENT = CM;
const FONT = "Times New Roman";

export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const l = labelsFor(model.language);
  // Set on every run as well as in the defaults: text pasted into another document keeps it.
  const language = { value: languageTable(model.language).locale };
  const run = (options: IRunOptions & { text: string }) => new TextRun({ ...options, language });
  /** "19." then a real tab (`w:tab`), which Word lines up on the text block's edge. */
  const label = (number: string) => new TextRun({ children: [`${number}.`, new Tab()], language });

  const hanging = {
    indent: { left: TEXT_INDENT, hanging: TEXT_INDENT - NUMBER_INDENT },
    tabStops: [{ type: TabStopType.LEFT, position: TEXT_INDENT }],
  };

  const inlines = (p: Paragraph): ParagraphChild[] => [
    ...p.content.map((inline) =>
      inline.type === "figure"
        ? run({ text: inline.text, bold: true })
        : run({ text: inline.type === "quote" ? quoted(inline.text, model.language) : inline.text }),
    ),
    ...(p.unvalidated ? [run({ text: ` (${l.unvalidated})`, italics: true, highlight: "yellow" })] : []),
  ];

  const numbered = (p: Paragraph) =>
    new WordParagraph({
      ...hanging,
      alignment: AlignmentType.JUSTIFIED,
      children: [label(String(p.number)), ...inlines(p)],
    });

  const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], number: string, text: string) =>
    new WordParagraph({ ...hanging, heading: level, keepNext: true, children: [label(number), run({ text })] });

  const section = (s: Section) => [
    heading(HeadingLevel.HEADING_1, s.number, s.heading),
    ...(s.mandate ? [numbered(s.mandate)] : []),
    ...s.paragraphs.map(numbered),
    ...s.subsections.flatMap((sub, index) => [
      heading(HeadingLevel.HEADING_2, subsectionLetter(index), sub.heading),
      ...(sub.mandate ? [numbered(sub.mandate)] : []),
      ...sub.paragraphs.map(numbered),
    ]),
  ];

  const cell = (lines: string[], options: { header?: boolean; numeric?: boolean; width: number }) =>
    new TableCell({
      width: { size: options.width, type: WidthType.DXA },
      ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } } : {}),
      children: lines.map(
        (text, i) =>
          new WordParagraph({
            alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
            spacing: { before: 40, after: 40 },
            keepNext: options.header,
            children: [run({ text, bold: options.header, ...(i > 0 ? { italics: true, size: 16 } : {}) })],
          }),
      ),
    });

  /** Columns after the first and before `textFrom` are figures, aligned right. */
  const table = (caption: string, header: string[], rows: string[][][], widths: number[], textFrom = header.length) => [
    new WordParagraph({ style: "Caption", keepNext: true, children: [run({ text: caption })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((text, i) =>
            cell([text], { header: true, numeric: i > 0 && i < textFrom, width: widths[i] ?? 0 }),
          ),
        }),
        ...rows.map(
          (cells) =>
            new TableRow({
              cantSplit: true,
              children: cells.map((lines, i) => cell(lines, { numeric: i > 0 && i < textFrom, width: widths[i] ?? 0 })),
            }),
        ),
      ],
    }),
  ];

  const reconciliation = model.reconciliation.length
    ? [
        new WordParagraph({
          heading: HeadingLevel.HEADING_1,
          keepNext: true,
          children: [run({ text: l.reconciliation })],
        }),
        ...table(
          l.reconciliationCaption,
          [l.columns.indicator, l.columns.published, l.columns.recorded, l.columns.difference, l.columns.meaning],
          model.reconciliation.map((row) => [
            [row.label],
            [row.published.text, row.published.source],
            [row.recorded.text],
            [formatDifference(row.difference, model.language)],
            row.note ? [row.meaning, row.note] : [row.meaning],
          ]),
          split(TEXT_WIDTH, [0.24, 0.18, 0.14, 0.12, 0.32]),
          4,
        ),
      ]
    : [];

  const totals = model.tables.length
    ? [
        new WordParagraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [run({ text: l.totals })] }),
        ...model.tables.flatMap((t) => {
          const header = tableHeader(t);
          const rest = header.length - 1;
          const widths = split(TEXT_WIDTH, [0.4, ...Array.from({ length: rest }, () => 0.6 / Math.max(rest, 1))]);
          return table(
            t.note ? `${t.caption}. ${t.note}` : t.caption,
            header,
            t.rows.map((row) => [[row.label], ...row.cells.map((c) => [c.text])]),
            widths,
          );
        }),
      ]
    : [];

  const document = new Document({
    title: model.title,
    creator: "Cybercrime capacity-building tracker",
    description: l.yearLine(model.year),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 20, language },
          paragraph: { spacing: { after: 120 } },
        },
        title: { run: { font: FONT, size: 32, bold: true, color: "000000" }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { font: FONT, size: 24, bold: true, color: "000000" },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 20, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        caption: {
          run: { font: FONT, size: 20, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new WordParagraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 18, language })],
              }),
            ],
          }),
        },
        children: [
          new WordParagraph({ heading: HeadingLevel.TITLE, children: [run({ text: model.title })] }),
          new WordParagraph({ children: [run({ text: l.yearLine(model.year) })] }),
          ...(model.preview
            ? [
                new WordParagraph({
                  children: [run({ text: l.preview, bold: true, italics: true, highlight: "yellow" })],
                }),
              ]
            : []),
          new WordParagraph({
            keepNext: true,
            spacing: { before: 240 },
            children: [run({ text: l.summary, bold: true })],
          }),
          new WordParagraph({ alignment: AlignmentType.JUSTIFIED, children: inlines(model.summary) }),
          ...model.sections.flatMap(section),
          ...reconciliation,
          ...totals,
          new WordParagraph({
            spacing: { before: 360 },
            children: [
              run({ text: l.generated(formatDate(model.generatedAt, model.language)), italics: true, size: 16 }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Column widths in twips from fractions of the text width; Word needs them to lay out fixed tables. */
function split(total: number, fractions: number[]): number[] {
  return fractions.map((f) => Math.floor(total * f));
}
