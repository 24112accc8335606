// Singular or plural words after a figure, by the language's own rule (CLDR, through Intl).
import type { Language } from "../../domain/countries";

const rules = { fr: new Intl.PluralRules("fr"), en: new Intl.PluralRules("en") };

/** French counts 0 and 1 as singular ("0 laboratoire"), English 1 only ("0 laboratories"). */
export function plural(language: Language, n: number, one: string, other: string): string {
  return rules[language].select(n) === "one" ? one : other;
}
