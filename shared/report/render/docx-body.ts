// The report's sections (I–VII) as WordprocessingML, written as text: they are nearly all of a
// year's document, and the docx library builds an object for every paragraph, run and property
// before it writes one (at 10 000 activities it alone cost more than reading them). The XML is
// what the library writes for the same paragraphs, byte for byte, so the document is unchanged;
// the rest of the package (styles, numbering, footnotes, the head of the first page) is still the
// library's. test/shared/report/render/docx.test.ts holds the two to each other.
import type { Inline, Paragraph, Section } from "../model";
import { subsectionLetter } from "./labels";

export type BodyOptions = {
  /** The spell-checker's language, on every run: text pasted into another document keeps it. */
  locale: string;
  /** Word's numbering instance of the report's paragraphs (numbering.xml). */
  numId: number;
  /** A quotation in the document's language: « … », “…”. */
  quoted: (text: string) => string;
  /** Said after a paragraph of a preview that tells of records not yet validated. */
  unvalidated: string;
  /**
   * The id of a footnote, asked in the order the notes come: registered beforehand (from
   * `footnoteTexts`), since the body is written after the package's footnotes are.
   */
  footnote: (text: string) => number;
  /** Where the headings' text starts, and where their number hangs from (twentieths of a point). */
  textIndent: number;
  hanging: number;
};

// As docx escapes text and attribute values: the five entities, and the control characters XML 1.0 forbids dropped.
const ENTITIES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
const escapeXml = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 does not allow
  text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ENTITIES[char] ?? "");

/** A footnote's text as the body sets it: after the note's number, a space (« 1 Disponible à l’adresse… »). */
const noteText = (inline: Inline & { type: "note" }) => ` ${inline.text}`;

/** The footnotes' texts in the order the body meets them (`BodyOptions.footnote`). */
export function footnoteTexts(sections: readonly Section[]): string[] {
  const notes: string[] = [];
  const inlines = (content: readonly Inline[]) => {
    for (const inline of content) if (inline.type === "note") notes.push(noteText(inline));
  };
  const paragraphs = (list: readonly Paragraph[]) => {
    for (const paragraph of list) {
      inlines(paragraph.content);
      for (const item of paragraph.items ?? []) inlines(item);
    }
  };
  for (const section of sections) {
    paragraphs(section.paragraphs);
    for (const sub of section.subsections) paragraphs(sub.paragraphs);
  }
  return notes;
}

/**
 * The sections' paragraphs, headings and drafting notes, in order: a string for each, made as the
 * zip asks for it, so that a large year's body is never held whole.
 */
export function* sectionsXml(sections: readonly Section[], options: BodyOptions): Generator<string> {
  const lang = `<w:lang w:val="${escapeXml(options.locale)}"/>`;
  const text = (value: string) => `<w:t xml:space="preserve">${escapeXml(value)}</w:t>`;
  const run = (value: string, properties = "") => `<w:r><w:rPr>${properties}${lang}</w:rPr>${text(value)}</w:r>`;
  const marked = (value: string) => run(value, '<w:i/><w:iCs/><w:highlight w:val="yellow"/>');

  // The text between two footnotes is one run (figures are set like the words around them).
  const inlines = (content: readonly Inline[], unvalidated = false) => {
    let xml = "";
    let pending = "";
    for (const inline of content) {
      if (inline.type === "note") {
        if (pending) xml += run(pending);
        pending = "";
        const id = options.footnote(noteText(inline));
        xml += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
      } else pending += inline.type === "quote" ? options.quoted(inline.text) : inline.text;
    }
    if (pending) xml += run(pending);
    if (unvalidated) xml += marked(` (${options.unvalidated})`);
    return xml;
  };

  const numberedAt = (level: 0 | 1, runs: string) =>
    `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${options.numId}"/></w:numPr><w:jc w:val="both"/></w:pPr>${runs}</w:p>`;
  // A paragraph, then its subparagraphs on the lettered level, which starts again at a) under each.
  const numbered = (paragraph: Paragraph) =>
    numberedAt(0, inlines(paragraph.content, paragraph.unvalidated)) +
    (paragraph.items ?? []).map((item) => numberedAt(1, inlines(item))).join("");

  const heading = (style: "Heading1" | "Heading2", number: string, words: string) =>
    `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:keepNext/><w:tabs><w:tab w:val="left" w:pos="${options.textIndent}"/></w:tabs><w:ind w:left="${options.textIndent}" w:hanging="${options.hanging}"/></w:pPr>` +
    `<w:r><w:rPr>${lang}</w:rPr>${text(`${number}.`)}<w:tab/></w:r>${run(words)}</w:p>`;

  const drafting = (note: string) => `<w:p><w:pPr><w:ind w:left="${options.textIndent}"/></w:pPr>${marked(note)}</w:p>`;

  for (const section of sections) {
    yield heading("Heading1", section.number, section.heading);
    for (const paragraph of section.paragraphs) yield numbered(paragraph);
    if (section.drafting) yield drafting(section.drafting);
    for (const [index, sub] of section.subsections.entries()) {
      yield heading("Heading2", subsectionLetter(index), sub.heading);
      for (const paragraph of sub.paragraphs) yield numbered(paragraph);
      if (sub.drafting) yield drafting(sub.drafting);
    }
  }
}
