// Each language's typography for assembled text, applied to every sentence of the report.
import { frenchPunctuation } from "./fr-typography";
import type { Language } from "./languages";

/** English: typographic apostrophes; spacing is left as written. */
const englishTypography = (text: string) => text.replace(/(\w)'(\w)/g, "$1’$2");

const MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";

/** French: the UN's spacing, and the first of a month as an ordinal, « 1er décembre ». */
const frenchTypography = (text: string) =>
  frenchPunctuation(text).replace(
    new RegExp(`(^|[^\\d\u202F,])1 (${MONTHS})\\b`, "g"),
    (_, before: string, month: string) => `${before}1er ${month}`,
  );

const TYPOGRAPHY: Record<Language, (text: string) => string> = { fr: frenchTypography, en: englishTypography };

export function typography(text: string, language: Language): string {
  return TYPOGRAPHY[language](text);
}
