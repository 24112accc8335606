// The annual report as data: what the renderers (Markdown, HTML, JSON, Word) turn into documents.
// Every figure carries the ids of the records it counts, so any number can be traced back.
import type { ValueQualifier } from "../domain/vocabulary";
import type { Language } from "../language/languages";

/** A run of text inside a paragraph. */
export type Inline =
  | { type: "text"; text: string }
  /**
   * A number computed from records (or published), already formatted for the language
   * ("environ 85", "1 817"). `records` are the ids of the activities, labs or figures it counts.
   */
  | {
      type: "figure";
      text: string;
      value: number;
      /** How the value is known ("about", "more than"), for a reader of the JSON; the text says it too. */
      qualifier?: ValueQualifier;
      records: string[];
      source: "records" | "published";
    }
  /** A title or name cited in quotation marks: « … » in French, “…” in English. */
  | { type: "quote"; text: string };

export type Paragraph = {
  /** Paragraphs are numbered through the whole report, as in the Secretary-General's reports. */
  number: number;
  content: Inline[];
  /** Activities the paragraph tells of. */
  records: string[];
  /** In a preview, a paragraph that tells of records not yet validated. */
  unvalidated?: boolean;
};

export type Subsection = {
  id: string;
  heading: string;
  /** The mandate the subsection answers, when it has one of its own. */
  mandate?: Paragraph;
  paragraphs: Paragraph[];
};

export type Section = {
  id: string;
  /** Roman numeral: "III". */
  number: string;
  heading: string;
  /** The mandate the section answers, e.g. resolution 74/173, paragraph 5; rendered before the paragraphs. */
  mandate?: Paragraph;
  paragraphs: Paragraph[];
  subsections: Subsection[];
};

/** A total the report published, beside what the records account for. */
export type ReconciliationRow = {
  indicator: string;
  label: string;
  unit: string;
  published: { value: number; qualifier: ValueQualifier; text: string; source: string; figureId: string };
  /** The same measure as the records give it (practitioners trained, their countries, labs). */
  recorded: { value: number; qualifier: ValueQualifier; text: string; records: string[] };
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
  rows: { label: string; cells: { text: string; value: number; qualifier?: ValueQualifier; records?: string[] }[] }[];
};

export type ReportModel = {
  year: number;
  language: Language;
  /** A manager's preview counts submitted records too, and marks them. */
  preview: boolean;
  title: string;
  /** The summary's headline sentence (official figure when one was published, computed otherwise). */
  summary: Paragraph;
  sections: Section[];
  reconciliation: ReconciliationRow[];
  tables: TotalsTable[];
  /** Records the figures link to, with enough to recognise them. */
  records: Record<string, { kind: "activity" | "lab" | "figure"; title: string; source?: string; status?: string }>;
  generatedAt: string;
};
