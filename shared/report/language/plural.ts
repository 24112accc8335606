// Singular or plural words after a figure, by the rule of the report's languages.
import type { Language } from "../../domain/countries";

/** French puts 0 and 1 in the singular (« 0 juge », « 1,5 jour »); English only exactly 1. */
export function isSingular(count: number, lang: Language): boolean {
  return lang === "fr" ? Math.abs(count) < 2 : Math.abs(count) === 1;
}

/** `one` or `other`, whichever agrees with `n`: "1 country", "0 laboratoire", "0 laboratories". */
export function plural(language: Language, n: number, one: string, other: string): string {
  return isSingular(n, language) ? one : other;
}
