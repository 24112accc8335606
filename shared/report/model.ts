// The annual report as data: what the renderers (Markdown, HTML, JSON, Word) turn into documents.
// Every figure says how to find the records it counts (its trace), so any number can be traced back:
// a total of the year names its totals cell, which the drill-down lists page by page, so that the
// report grows with its text, not with the number of records.
import type { ValueQualifier } from "../domain/vocabulary";
import type { Language } from "../language/languages";

/** Where the records a figure counts are found. */
export type Trace =
  /**
   * A total of the year's records: the totals cell it reads (in the report's year and scope). The
   * drill-down lists the records whose own cells hold it: `drillDown` is its address in the API.
   */
  | { cell: string; drillDown: string }
  /** A published figure: its record. */
  | { publishedFigure: string }
  /** A figure of the activities one paragraph tells of (a composed sentence): their ids. */
  | { records: string[] };

/** A run of text inside a paragraph. */
export type Inline =
  | { type: "text"; text: string }
  /**
   * A number computed from records (or published), already formatted for the language
   * ("environ 85", "1 817"), with the trace of the records it counts.
   */
  | {
      type: "figure";
      text: string;
      value: number;
      /** How the value is known ("about", "more than"), for a reader of the JSON; the text says it too. */
      qualifier?: ValueQualifier;
      trace: Trace;
      source: "records" | "published";
    }
  /** A title or name cited in quotation marks: « … » in French, “…” in English. */
  | { type: "quote"; text: string }
  /** A footnote at this point: its text goes to the foot of the page (Word) or the end (HTML, Markdown). */
  | { type: "note"; text: string };

export type Paragraph = {
  /** Paragraphs are numbered through the whole report, as in the Secretary-General's reports. */
  number: number;
  content: Inline[];
  /**
   * Subparagraphs after a content that ends on a colon, lettered a), b)… as the UN prints them
   * (¶13 of E/CN.15/2020/12): each ends on « ; », the last on a full stop.
   */
  items?: Inline[][];
  /** Activities the paragraph tells of. */
  records: string[];
  /** In a preview, a paragraph that tells of records not yet validated. */
  unvalidated?: boolean;
};

export type Subsection = {
  id: string;
  heading: string;
  /** Its opening texts (mandates quoted, general paragraphs), the activities, its closing texts. */
  paragraphs: Paragraph[];
  /** Said to the drafter where nothing is written or recorded yet (not part of the Commission text). */
  drafting?: string;
};

export type Section = Subsection & {
  /** Roman numeral: "III". */
  number: string;
  subsections: Subsection[];
};

/** The head of a UN document: symbol, distribution, date, language, the body and session, the item, the title. */
export type TitleBlock = {
  symbol?: string;
  distribution?: string;
  date?: string;
  original?: string;
  body?: string;
  session?: string;
  agendaItem?: string;
  agendaTitle?: string;
  /** « Rapport du Secrétaire général ». */
  kind?: string;
  title: string;
};

/** A total the report published, beside what the records account for. */
export type ReconciliationRow = {
  indicator: string;
  label: string;
  unit: string;
  published: { value: number; qualifier: ValueQualifier; text: string; source: string; figureId: string };
  /** The same measure as the records give it (practitioners trained, their countries, labs). */
  recorded: { value: number; qualifier: ValueQualifier; text: string; trace: Trace };
  /** published − recorded */
  difference: number;
  /** What the difference means, in words. */
  meaning: string;
  /** The manager's note on the row, where one was written. */
  note?: string;
};

export type TotalsTable = {
  id: string;
  caption: string;
  /** Said under the caption: the measure's definition, how much of its total a split covers. */
  note?: string;
  columns: string[];
  rows: { label: string; cells: { text: string; value: number; qualifier?: ValueQualifier; trace?: Trace }[] }[];
};

export type ReportModel = {
  year: number;
  language: Language;
  /** A manager's preview counts submitted records too, and marks them. */
  preview: boolean;
  title: string;
  titleBlock: TitleBlock;
  /** The summary, unnumbered: the year's written summary, or a sentence of the headline measures. */
  summary: Paragraph[];
  sections: Section[];
  reconciliation: ReconciliationRow[];
  tables: TotalsTable[];
  /**
   * Records a figure names by id (published figures, the activities of a composed sentence), with
   * enough to recognise them; the records of a totals cell are listed by its drill-down instead.
   */
  records: Record<string, { kind: "activity" | "lab" | "figure"; title: string; source?: string; status?: string }>;
  generatedAt: string;
};
