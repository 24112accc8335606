// The sections' XML against the docx library's own for the same paragraphs: the Word report writes
// its body itself (docx-body.ts) and must stay, byte for byte, what the library would write.
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  type IRunOptions,
  LevelFormat,
  Packer,
  type ParagraphChild,
  Tab,
  TabStopType,
  TextRun,
  Paragraph as WordParagraph,
} from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../../shared/report/build-report";
import type { Inline, Paragraph, ReportModel, Section } from "../../../../shared/report/model";
import { footnoteTexts, sectionsXml } from "../../../../shared/report/render/docx-body";
import { labelsFor, quoted, subsectionLetter } from "../../../../shared/report/render/labels";
import { reportInput, seedActivities } from "../../../support/seed-report";

const INDENT = 1134;
const HANGING = 567;
const NUMBERING = "paragraphs";

/** The sections as the docx library writes them, with the footnotes' texts in the order of their ids. */
async function byTheLibrary(model: ReportModel) {
  const language = { value: `${model.language}-XX` };
  const run = (options: IRunOptions & { text: string }) => new TextRun({ ...options, language });
  const notes: string[] = [];
  const footnotes: Record<number, { children: WordParagraph[] }> = {};
  const inlines = (content: readonly Inline[], unvalidated = false): ParagraphChild[] => {
    const children: ParagraphChild[] = [];
    let text = "";
    const endText = () => {
      if (text) children.push(run({ text }));
      text = "";
    };
    for (const inline of content) {
      if (inline.type === "note") {
        endText();
        notes.push(` ${inline.text}`);
        footnotes[notes.length] = { children: [new WordParagraph({ children: [run({ text: ` ${inline.text}` })] })] };
        children.push(new FootnoteReferenceRun(notes.length));
      } else text += inline.type === "quote" ? quoted(inline.text, model.language) : inline.text;
    }
    endText();
    if (unvalidated)
      children.push(run({ text: ` (${labelsFor(model.language).unvalidated})`, italics: true, highlight: "yellow" }));
    return children;
  };
  const numbered = (p: Paragraph) => [
    new WordParagraph({
      numbering: { reference: NUMBERING, level: 0 },
      alignment: AlignmentType.JUSTIFIED,
      children: inlines(p.content, p.unvalidated),
    }),
    ...(p.items ?? []).map(
      (item) =>
        new WordParagraph({
          numbering: { reference: NUMBERING, level: 1 },
          alignment: AlignmentType.JUSTIFIED,
          children: inlines(item),
        }),
    ),
  ];
  const heading = (level: (typeof HeadingLevel)[keyof typeof HeadingLevel], number: string, text: string) =>
    new WordParagraph({
      indent: { left: INDENT, hanging: HANGING },
      tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
      heading: level,
      keepNext: true,
      children: [new TextRun({ children: [`${number}.`, new Tab()], language }), run({ text })],
    });
  const drafting = (note: string | undefined) =>
    note
      ? [
          new WordParagraph({
            indent: { left: INDENT },
            children: [run({ text: note, italics: true, highlight: "yellow" })],
          }),
        ]
      : [];
  const section = (s: Section) => [
    heading(HeadingLevel.HEADING_1, s.number, s.heading),
    ...s.paragraphs.flatMap(numbered),
    ...drafting(s.drafting),
    ...s.subsections.flatMap((sub, index) => [
      heading(HeadingLevel.HEADING_2, subsectionLetter(index), sub.heading),
      ...sub.paragraphs.flatMap(numbered),
      ...drafting(sub.drafting),
    ]),
  ];
  const children = model.sections.flatMap(section);
  const document = new Document({
    footnotes,
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: "%2)", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  const xml = strFromU8(unzipSync(await Packer.toBuffer(document))["word/document.xml"] ?? new Uint8Array());
  const body = xml.slice(xml.indexOf("<w:body>") + "<w:body>".length, xml.indexOf("<w:sectPr"));
  const numId = Number(xml.match(/<w:numId w:val="(\d+)"\/>/)?.[1]);
  return { body, numId, notes, language: language.value };
}

const models: [string, ReportModel][] = [
  ["the 2019 report in French", buildReport(reportInput("fr"))],
  ["the 2019 report in English, with lettered subparagraphs", buildReport(reportInput("en"))],
  ["the 2019 report in Spanish", buildReport(reportInput("es"))],
  [
    "a preview with records not yet validated",
    buildReport(
      reportInput(
        "fr",
        seedActivities.map((activity, index) => (index % 3 ? activity : { ...activity, status: "submitted" as const })),
        true,
      ),
    ),
  ],
  ["a year without its texts, with the drafter's notes", buildReport({ ...reportInput("fr"), texts: undefined })],
];

describe("the Word report's sections", () => {
  it.each(models)("are what the docx library writes for them: %s", async (_, model) => {
    const library = await byTheLibrary(model);
    const notes: string[] = [];
    const xml = [
      ...sectionsXml(model.sections, {
        locale: library.language,
        numId: library.numId,
        quoted: (text) => quoted(text, model.language),
        unvalidated: labelsFor(model.language).unvalidated,
        footnote: (text) => notes.push(text),
        textIndent: INDENT,
        hanging: HANGING,
      }),
    ].join("");
    expect(xml).toBe(library.body);
    expect(notes).toEqual(library.notes);
    expect(footnoteTexts(model.sections)).toEqual(library.notes);
  });

  it("covers what a section can hold: footnotes, lettered subparagraphs, marks of a preview and drafter's notes", () => {
    const xml = models.map(([, model]) => JSON.stringify(model.sections)).join("");
    expect(xml).toContain('"type":"note"');
    expect(xml).toContain('"items":[');
    expect(xml).toContain('"unvalidated":true');
    expect(xml).toContain('"drafting":');
  });

  it("escapes what XML must and drops the control characters it cannot hold", () => {
    const section: Section = {
      id: "s",
      number: "I",
      heading: `R&D <"quoted"> 'single'`,
      paragraphs: [{ number: 1, content: [{ type: "text", text: "a\u0001b & c" }], records: [] }],
      subsections: [],
    };
    const xml = [
      ...sectionsXml([section], {
        locale: "en-GB",
        numId: 2,
        quoted: (text) => text,
        unvalidated: "",
        footnote: () => 1,
        textIndent: INDENT,
        hanging: HANGING,
      }),
    ].join("");
    expect(xml).toContain("R&amp;D &lt;&quot;quoted&quot;&gt; &apos;single&apos;");
    expect(xml).toContain(">ab &amp; c<");
  });
});
