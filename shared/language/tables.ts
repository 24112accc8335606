// Every language's table, by language: a language in LANGUAGES without a table here, or a table
// without one of LanguageTable's members, does not compile.
import { ENGLISH } from "./en";
import { SPANISH } from "./es";
import { FRENCH } from "./fr";
import type { Language } from "./languages";
import type { LanguageTable } from "./table";

export const LANGUAGE_TABLES: Record<Language, LanguageTable> = { fr: FRENCH, en: ENGLISH, es: SPANISH };

export function languageTable(language: Language): LanguageTable {
  return LANGUAGE_TABLES[language];
}
