// Figures as the report prints them: "1 817" and "environ 85" in French, "1,817" and "about 85" in English.
import type { Language } from "../../domain/countries";
import type { ValueQualifier } from "../../domain/vocabulary";

/** French groups thousands with a narrow no-break space, so "1 817" never breaks across lines. */
export const NARROW_NO_BREAK_SPACE = "\u202F";

const formats = {
  fr: new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

/** 1817 → "1 817" (U+202F) / "1,817"; 2.8 → "2,8" / "2.8". */
export function formatNumber(n: number, lang: Language): string {
  const text = formats[lang].format(n);
  // ICU versions differ on the French separator (U+00A0 before CLDR 34, U+202F since): fix it here.
  return lang === "fr" ? text.replace(/\s/g, NARROW_NO_BREAK_SPACE) : text;
}

/**
 * What precedes a figure for each qualifier. `at_least` is how the records store the
 * report's "plus de 200", so it reads "plus de" / "more than", not "au moins" / "at least".
 */
export const QUALIFIER_PHRASES: Record<Language, Record<ValueQualifier, string>> = {
  fr: { exact: "", approximately: "environ", at_least: "plus de", fewer_than: "moins de" },
  en: { exact: "", approximately: "about", at_least: "more than", fewer_than: "fewer than" },
};

/** 85 approximately → "environ 85" / "about 85"; 200 at_least → "plus de 200" / "more than 200". */
export function formatCount(value: number, qualifier: ValueQualifier, lang: Language): string {
  const phrase = QUALIFIER_PHRASES[lang][qualifier];
  const number = formatNumber(value, lang);
  return phrase ? `${phrase} ${number}` : number;
}
