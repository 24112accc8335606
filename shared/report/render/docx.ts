// The report as a Word document laid out like a UN report, for the Secretariat to draft in: the
// symbol block, the body and session, the title, the summary, then I–VII with Word's own automatic
// paragraph numbering (a numbering part), heading styles, plain figures and footnotes. The working
// tables (reconciliation, totals, figure sources) are a document of their own: renderDocxAnnex.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  type IRunOptions,
  LevelFormat,
  Packer,
  PageNumber,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  Paragraph as WordParagraph,
} from "docx";
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from "fflate";
import { languageTable } from "../../language/tables";
import type { Paragraph, ReportModel } from "../model";
import { footnoteTexts, sectionsXml } from "./docx-body";
import { formatDate, formatDifference, ITEM_MARKS, labelsFor, quoted, tableHeader } from "./labels";

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
/** The numbering definition every numbered paragraph uses, so Word numbers them 1, 2, 3… itself. */
export const PARAGRAPH_NUMBERING = "report-paragraphs";
const DOCUMENT_PART = "word/document.xml";
/** Stands where the sections go until their XML replaces it: no report's text holds it. */
const BODY_MARKER = "\u2063report-body\u2063";

function styles(language: { value: string }) {
  return {
    default: {
      document: { run: { font: FONT, size: 20, language }, paragraph: { spacing: { after: 120 } } },
      title: { run: { font: FONT, size: 28, bold: true, color: "000000" }, paragraph: { spacing: { after: 240 } } },
      heading1: {
        run: { font: FONT, size: 24, bold: true, color: "000000" },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
      heading2: {
        run: { font: FONT, size: 20, bold: true, color: "000000" },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      caption: {
        run: { font: FONT, size: 20, bold: true, color: "000000" },
        paragraph: { spacing: { before: 240, after: 80 } },
      },
    },
  };
}

function pageFooter(language: { value: string }) {
  return {
    default: new Footer({
      children: [
        new WordParagraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: 18, language })],
        }),
      ],
    }),
  };
}

export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const l = labelsFor(model.language);
  // Set on every run as well as in the defaults: text pasted into another document keeps it.
  const language = { value: languageTable(model.language).locale };
  const run = (options: IRunOptions & { text: string }) => new TextRun({ ...options, language });
  const footnotes: Record<number, { children: WordParagraph[] }> = {};

  // Figures are set like the words around them (the Commission's text does not bold its numbers), so
  // the text between two footnotes is one run: a run per inline made four times the runs, and most
  // of the document's time and memory, at 10 000 activities.
  const inlines = (p: Pick<Paragraph, "content" | "unvalidated">): ParagraphChild[] => {
    const children: ParagraphChild[] = [];
    let text = "";
    const endText = () => {
      if (text) children.push(run({ text }));
      text = "";
    };
    for (const inline of p.content) {
      if (inline.type === "note") {
        endText();
        const id = Object.keys(footnotes).length + 1;
        // After the note's number, a space, as UN footnotes set it (« 1 Disponible à l’adresse… »).
        footnotes[id] = { children: [new WordParagraph({ children: [run({ text: ` ${inline.text}`, size: 17 })] })] };
        children.push(new FootnoteReferenceRun(id));
      } else text += inline.type === "quote" ? quoted(inline.text, model.language) : inline.text;
    }
    endText();
    if (p.unvalidated) children.push(run({ text: ` (${l.unvalidated})`, italics: true, highlight: "yellow" }));
    return children;
  };

  const t = model.titleBlock;
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const line = (text: string | undefined, options: Partial<IRunOptions> = {}) =>
    text ? [new WordParagraph({ spacing: { after: 0 }, children: [run({ text, ...options })] })] : [];
  // The UN's head of page: the organisation at the left, the symbol at the right, a thick rule under.
  const symbolBlock = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.floor(TEXT_WIDTH * 0.55), Math.ceil(TEXT_WIDTH * 0.45)],
    borders: {
      top: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
      bottom: { style: BorderStyle.THICK, size: 18, color: "000000" },
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: Math.floor(TEXT_WIDTH * 0.55), type: WidthType.DXA },
            children: [new WordParagraph({ children: [run({ text: l.organization, size: 24 })] })],
          }),
          new TableCell({
            width: { size: Math.ceil(TEXT_WIDTH * 0.45), type: WidthType.DXA },
            children: [
              new WordParagraph({
                alignment: AlignmentType.RIGHT,
                children: [run({ text: t.symbol ?? "", size: 36 })],
              }),
            ],
          }),
        ],
      }),
    ],
  });
  const distribution = [t.distribution, t.date, t.original].flatMap((text) =>
    text
      ? [
          new WordParagraph({
            indent: { left: Math.floor(TEXT_WIDTH * 0.62) },
            spacing: { after: 0 },
            children: [run({ text })],
          }),
        ]
      : [],
  );

  const document = new Document({
    title: model.title,
    creator: l.organization,
    description: t.symbol ?? l.yearLine(model.year),
    styles: styles(language),
    footnotes,
    numbering: {
      config: [
        {
          reference: PARAGRAPH_NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.LEFT,
              style: {
                paragraph: { indent: { left: TEXT_INDENT, hanging: TEXT_INDENT - NUMBER_INDENT } },
              },
            },
            {
              // « a) » / "(a)": the letter indented from the text's edge, the lines after it back at the edge.
              level: 1,
              format: LevelFormat.LOWER_LETTER,
              text: `${ITEM_MARKS[model.language].before}%2${ITEM_MARKS[model.language].after}`,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: TEXT_INDENT, firstLine: NUMBER_INDENT } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        footers: pageFooter(language),
        children: [
          symbolBlock,
          new WordParagraph({ spacing: { after: 120 }, children: [] }),
          ...distribution,
          new WordParagraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 4 } },
            spacing: { before: 240, after: 0 },
            children: [],
          }),
          ...line(t.body, { bold: true }),
          ...line(t.session),
          ...line(t.agendaItem),
          ...line(t.agendaTitle, { bold: true }),
          new WordParagraph({
            heading: HeadingLevel.TITLE,
            indent: { left: TEXT_INDENT },
            spacing: { before: 480 },
            children: [run({ text: t.title })],
          }),
          ...(t.kind
            ? [
                new WordParagraph({
                  indent: { left: TEXT_INDENT },
                  spacing: { after: 240 },
                  children: [run({ text: t.kind, bold: true })],
                }),
              ]
            : []),
          ...(model.preview
            ? [
                new WordParagraph({
                  children: [run({ text: l.preview, bold: true, italics: true, highlight: "yellow" })],
                }),
              ]
            : []),
          new WordParagraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 240 },
            children: [run({ text: l.summary, bold: true })],
          }),
          ...model.summary.map(
            (p) =>
              new WordParagraph({
                indent: { left: TEXT_INDENT, right: CM },
                alignment: AlignmentType.JUSTIFIED,
                children: inlines(p),
              }),
          ),
          // The sections, written as XML into the package (docx-body.ts) where this paragraph stands.
          new WordParagraph({ children: [new TextRun({ text: BODY_MARKER })] }),
          // The short centred rule that ends a UN document.
          new WordParagraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 360 },
            children: [run({ text: "__________________" })],
          }),
        ],
      },
    ],
  });
  // The numbering instance the body's paragraphs name, as a paragraph of the library's would make it.
  document.Numbering.createConcreteNumberingInstance(PARAGRAPH_NUMBERING, 0);
  const numbering = document.Numbering.ConcreteNumbering.find((n) => n.reference === PARAGRAPH_NUMBERING);
  if (!numbering) throw new Error(`the numbering ${PARAGRAPH_NUMBERING} is not defined`);
  // The body's notes go in the package before it is written; the body, after it, takes their ids in turn.
  const first = Object.keys(footnotes).length + 1;
  const notes = footnoteTexts(model.sections);
  for (const [index, text] of notes.entries()) {
    const note = [new WordParagraph({ children: [run({ text, size: 17 })] })];
    document.FootNotes.View.createFootNote(first + index, note);
  }
  let next = 0;
  const body = sectionsXml(model.sections, {
    locale: language.value,
    numId: numbering.numId,
    quoted: (text) => quoted(text, model.language),
    unvalidated: l.unvalidated,
    footnote: (text) => {
      if (notes[next] !== text) throw new Error(`the body's note ${next + 1} is not the one registered`);
      return first + next++;
    },
    textIndent: TEXT_INDENT,
    hanging: TEXT_INDENT - NUMBER_INDENT,
  });
  return withBody(await Packer.toBuffer(document), body);
}

/**
 * The package with the body's XML in place of the paragraph that holds BODY_MARKER: zipped again,
 * the body a paragraph at a time, so that the document's XML is never one string.
 */
function withBody(docx: Buffer, body: Iterable<string>): Promise<Buffer> {
  const parts = unzipSync(docx);
  return new Promise((resolve, reject) => {
    const zipped: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      zipped.push(chunk);
      if (final) resolve(Buffer.concat(zipped));
    });
    for (const [name, data] of Object.entries(parts)) {
      const part = new ZipDeflate(name, { level: 6 });
      zip.add(part);
      if (name !== DOCUMENT_PART) {
        part.push(data, true);
        continue;
      }
      const xml = strFromU8(data);
      const at = xml.indexOf(BODY_MARKER);
      if (at < 0) return reject(new Error(`${DOCUMENT_PART} lacks the body's place`));
      part.push(strToU8(xml.slice(0, xml.lastIndexOf("<w:p>", at))));
      for (const paragraph of body) part.push(strToU8(paragraph));
      part.push(strToU8(xml.slice(xml.indexOf("</w:p>", at) + "</w:p>".length)), true);
    }
    zip.end();
  });
}

/** The working annex, a document of its own: reconciliation, totals and each figure's records. */
export async function renderDocxAnnex(model: ReportModel): Promise<Buffer> {
  const l = labelsFor(model.language);
  const language = { value: languageTable(model.language).locale };
  const run = (options: IRunOptions & { text: string }) => new TextRun({ ...options, language });

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

  const heading = (text: string) =>
    new WordParagraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [run({ text })] });

  const reconciliation = model.reconciliation.length
    ? [
        heading(l.reconciliation),
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
        heading(l.totals),
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
    title: l.annexTitle(model.year),
    creator: l.organization,
    styles: styles(language),
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        footers: pageFooter(language),
        children: [
          new WordParagraph({ heading: HeadingLevel.TITLE, children: [run({ text: l.annexTitle(model.year) })] }),
          ...(model.preview
            ? [new WordParagraph({ children: [run({ text: l.preview, italics: true, highlight: "yellow" })] })]
            : []),
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
