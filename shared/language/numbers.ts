// Figures as the report prints them: "1 817" and "environ 85" in French, "1,817" and "about 85" in English.

import type { Qualified } from "../domain/qualifiers";
import type { ValueQualifier } from "../domain/vocabulary";
import { LANGUAGES, type Language } from "./languages";
import { languageTable } from "./tables";

/** Numbers already written, by language: a large year's report writes the same few hundred again and again. */
const WRITTEN = new Map<Language, Map<number, string>>(LANGUAGES.map((language) => [language, new Map()]));
/** Bounds what a long-lived process keeps. */
const WRITTEN_AT_MOST = 10_000;

/** 1817 → "1 817" (U+202F) / "1,817"; 2.8 → "2,8" / "2.8". */
export function formatNumber(n: number, lang: Language): string {
  const written = WRITTEN.get(lang) as Map<number, string>;
  let text = written.get(n);
  if (text === undefined) {
    text = languageTable(lang).formatNumber(n);
    if (written.size < WRITTEN_AT_MOST) written.set(n, text);
  }
  return text;
}

/** What precedes a figure for each qualifier, by language, for renderers that place the number themselves. */
export const QUALIFIER_PHRASES = Object.fromEntries(
  LANGUAGES.map((language) => [language, languageTable(language).qualifiers]),
) as Record<Language, Record<ValueQualifier, string>>;

/** 85 approximately → "environ 85" / "about 85"; 200 at_least → "plus de 200" / "more than 200". */
export function formatCount(value: number, qualifier: ValueQualifier, lang: Language): string {
  const phrase = languageTable(lang).qualifiers[qualifier];
  const number = formatNumber(value, lang);
  return phrase ? `${phrase} ${number}` : number;
}

/** A figure with its qualifier in words: "about 1,054", « plus de 200 ». */
export function formatQualified(figure: Qualified, lang: Language): string {
  return formatCount(figure.value, figure.qualifier, lang);
}

/**
 * Signed, so that "+715" reads as "the report published 715 more than the records hold": the
 * locale's sign, then the figure as the language prints it (« +1 817 », "+1,817").
 */
export function formatDifference(value: number, language: Language): string {
  const table = languageTable(language);
  const sign = table.intl.differences
    .formatToParts(value)
    .filter((part) => part.type === "plusSign" || part.type === "minusSign")
    .map((part) => part.value)
    .join("");
  return `${sign}${table.formatNumber(Math.abs(value))}`;
}
