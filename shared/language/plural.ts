// Singular or plural words after a figure, by the language's plural rules (Intl.PluralRules):
// French puts 0 and 1 in the singular (« 0 juge », « 1,5 jour »), English only exactly 1.
import type { Language } from "./languages";
import { languageTable } from "./tables";

/** Whether `count` takes the singular: its plural category is "one". */
export function isSingular(count: number, lang: Language): boolean {
  return languageTable(lang).intl.plurals.select(count) === "one";
}

/** `one` or `other`, whichever agrees with `n`: "1 country", "0 laboratoire", "0 laboratories". */
export function plural(language: Language, n: number, one: string, other: string): string {
  return isSingular(n, language) ? one : other;
}
