// Each language's typography for assembled text, applied to every sentence of the report.
import { frenchPunctuation } from "./fr-typography";
import type { Language } from "./languages";

/** English: typographic apostrophes; spacing is left as written. */
const englishTypography = (text: string) => text.replace(/(\w)'(\w)/g, "$1’$2");

const MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
/** Made once: every sentence of a report goes through it. */
const FIRST_OF_MONTH = new RegExp(`(^|[^\\d\u202F,])1 (${MONTHS})\\b`, "g");

/** French: the UN's spacing, and the first of a month as an ordinal, « 1er décembre ». */
const frenchTypography = (text: string) =>
  frenchPunctuation(text).replace(FIRST_OF_MONTH, (_, before: string, month: string) => `${before}1er ${month}`);

/**
 * Spanish: typographic apostrophes, and the conjunctions before a word that starts with their own
 * sound, as a sentence assembled from pieces can leave them: « y » is « e » before « i » or « hi »
 * (« e Indonesia », « e investigaciones », but « y hielo »), « o » is « u » before « o » or « ho ».
 */
const spanishTypography = (text: string) =>
  text
    .replace(/(\w)'(\w)/g, "$1’$2")
    .replace(
      /(^|[\s(])([yY]) (?=[iIíÍ]|[hH][iIíÍ](?![aeouáéó]))/g,
      (_, before: string, y: string) => `${before}${y === "Y" ? "E" : "e"} `,
    )
    .replace(
      /(^|[\s(])([oO]) (?=[oOóÓ]|[hH][oOóÓ])/g,
      (_, before: string, o: string) => `${before}${o === "O" ? "U" : "u"} `,
    );

const TYPOGRAPHY: Record<Language, (text: string) => string> = {
  fr: frenchTypography,
  en: englishTypography,
  es: spanishTypography,
};

export function typography(text: string, language: Language): string {
  return TYPOGRAPHY[language](text);
}
