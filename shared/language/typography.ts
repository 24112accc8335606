// Each language's typography for assembled text, applied to every sentence of the report.
import { frenchPunctuation } from "./fr-typography";
import type { Language } from "./languages";

/** English: typographic apostrophes; spacing is left as written. */
const englishTypography = (text: string) => text.replace(/(\w)'(\w)/g, "$1’$2");

const TYPOGRAPHY: Record<Language, (text: string) => string> = { fr: frenchPunctuation, en: englishTypography };

export function typography(text: string, language: Language): string {
  return TYPOGRAPHY[language](text);
}
