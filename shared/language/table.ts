// What every language must give: the shape of one language's table. No member is optional, so a
// new language's table does not compile until it has every word, format and country phrase.
import type { Measure } from "../domain/measures";
import type { ActivityKind, Profession, SEXES, Theme, ValueQualifier } from "../domain/vocabulary";
import type { IntlFormats } from "./intl";

export type Sex = (typeof SEXES)[number];

/** name "Kenya"; the "le Kenya"; in "au Kenya" (locative); of "du Kenya"; to "au Kenya" (dative). */
export type CountryForm = "name" | "the" | "in" | "of" | "to";
export type CountryPhrases = Record<CountryForm, string>;
/** The forms made of a preposition and the country. */
export type PrepositionForm = Exclude<CountryForm, "name" | "the">;
export const PREPOSITION_FORMS: readonly PrepositionForm[] = ["in", "of", "to"];

export type Noun = { singular: string; plural: string };

/** The professions of the records, and the report's words for several of them together and for anyone. */
export type ProfessionNoun = Profession | "practitioners" | "persons";

export type LanguageTable = {
  /** BCP 47 tag of numbers, dates, lists, plural rules, collation and Word's spell-checker. */
  locale: string;
  /** The language's name in itself, as the language switch offers it: « Français », "English". */
  name: string;
  /** The runtime's formatters for `locale`. */
  intl: IntlFormats;
  /** A figure as the report prints it: « 1 817 » (U+202F), "1,817"; « 2,8 », "2.8". */
  formatNumber: (n: number) => string;
  /** What precedes a figure for each qualifier: « environ 85 », "more than 200". */
  qualifiers: Record<ValueQualifier, string>;
  /** The marks around a quoted title, inner spaces included: « « … » », "“…”". */
  quotes: { open: string; close: string };
  /** Between a label and its value: « Délai de réponse : 60 » (no-break space), "Response time: 60". */
  colon: string;
  countries: {
    /** One country in each form a sentence needs, with its article and prepositions. */
    phrases: (iso3: string) => CountryPhrases;
    /**
     * In a list, the preposition stated once before the list ("in Austria, El Salvador and the
     * Philippines", each country keeping its "the"), or null: each country takes its own
     * (« en Autriche, en El Salvador et aux Philippines »).
     */
    listPrepositions: Record<PrepositionForm, string> | null;
  };
  /** The report's own headings for the themes (E/CN.15/2020/12), typographically corrected. */
  themes: Record<Theme, string>;
  kinds: Record<ActivityKind, string>;
  /** Column and chart labels: « Femmes », "Not recorded". */
  sexes: Record<Sex, string>;
  /** After a figure: « 1 femme, 29 hommes ». */
  sexNouns: Record<Exclude<Sex, "notRecorded">, Noun>;
  /** Who took part, as the report names them: « 85 agents des services de détection et de répression ». */
  professions: Record<ProfessionNoun, Noun>;
  /** Each measure of people: its name (a heading, a column) and the one sentence that defines it. */
  measures: Record<Measure, { name: string; definition: string }>;
  /** The rows that make a table of a measure add up to its total. */
  unattributed: { country: string; region: string; profession: string };
};
