// Numbers inside the report's sentences as the UN writes them: below ten in words (« trois
// formations », "three trainings"), millions as « 2,8 millions » / "2.8 million".
import { toCardinal as englishCardinal } from "n2words/en-GB";
import { toCardinal as spanishCardinal } from "n2words/es-ES";
import { toCardinal as frenchCardinal } from "n2words/fr-FR";
import type { ValueQualifier } from "../domain/vocabulary";
import type { Language } from "./languages";
import { formatNumber } from "./numbers";
import { languageTable } from "./tables";

type Words = {
  masculine: readonly string[];
  feminine: readonly string[];
  million: (n: string, one: boolean) => string;
  /** Joins a word ending a phrase and the next: French elides « de un » into « d’un ». */
  elide: (before: string, next: string) => string;
};

const frenchElision = (before: string, next: string) =>
  /(^|\s)de\s$/.test(before) && /^une?\b/.test(next) ? `${before.replace(/de\s$/, "d’")}${next}` : `${before}${next}`;

const FRENCH_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"] as const;
const ENGLISH_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"] as const;
// « un » and « una » as they stand before a noun: « un curso », « una campaña ».
const SPANISH_UNITS = ["cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"] as const;

const WORDS: Record<Language, Words> = {
  fr: {
    masculine: FRENCH_UNITS,
    feminine: ["zéro", "une", ...FRENCH_UNITS.slice(2)],
    million: (n, one) => `${n} ${one ? "million" : "millions"}`,
    elide: frenchElision,
  },
  en: {
    masculine: ENGLISH_UNITS,
    feminine: ENGLISH_UNITS,
    million: (n) => `${n} million`,
    elide: (before, next) => `${before}${next}`,
  },
  es: {
    masculine: SPANISH_UNITS,
    feminine: ["cero", "una", ...SPANISH_UNITS.slice(2)],
    // Only exactly one is « millón »: « 1 millón », « 1,5 millones », « 2,8 millones ».
    million: (n) => `${n} ${n === "1" ? "millón" : "millones"}`,
    elide: (before, next) => `${before}${next}`,
  },
};

/** 3 → « trois » (« une » for a feminine noun), "three"; 10 and above, or not whole, in figures. */
export function proseNumber(n: number, lang: Language, feminine = false): string {
  const words = feminine ? WORDS[lang].feminine : WORDS[lang].masculine;
  return Number.isInteger(n) && n >= 0 && n < 10 ? (words[n] ?? formatNumber(n, lang)) : formatNumber(n, lang);
}

/**
 * A count in a sentence, with its qualifier: below ten in words; a whole number of hundred
 * thousands from a million up as millions (« plus de 2,8 millions », "more than 2.8 million");
 * otherwise in figures (« environ 1 054 »).
 */
export function proseCount(value: number, qualifier: ValueQualifier, lang: Language, feminine = false): string {
  const phrase = languageTable(lang).qualifiers[qualifier];
  const number =
    value >= 1_000_000 && value % 100_000 === 0
      ? WORDS[lang].million(formatNumber(value / 1_000_000, lang), value < 2_000_000)
      : proseNumber(value, lang, feminine);
  return phrase ? WORDS[lang].elide(`${phrase} `, number) : number;
}

/** « au moyen de » + « une évaluation » → « au moyen d’une évaluation »; English as it is. */
export function elide(before: string, next: string, lang: Language): string {
  return WORDS[lang].elide(before, next);
}

/** Whether proseCount writes the value in millions. */
export function inMillions(value: number): boolean {
  return value >= 1_000_000 && value % 100_000 === 0;
}

const FRENCH_VOWEL = /^[aeiouyhàâäéèêëîïôöûùü]/i;

const AFTER_MILLIONS: Record<Language, (next: string) => string> = {
  // « 2,8 millions d’impressions », « 3 millions de personnes ».
  fr: (next) =>
    next
      .replace(/^ (?=\p{L})/u, (space) => space)
      .replace(/^ (\p{L})/u, (_, letter: string) => (FRENCH_VOWEL.test(letter) ? ` d’${letter}` : ` de ${letter}`)),
  en: (next) => next,
  // « 2,8 millones de impresiones ».
  es: (next) => next.replace(/^ (\p{L})/u, (_, letter: string) => ` de ${letter}`),
};

/** The words after a number written in millions: French puts « de » before the noun. */
export function afterMillions(next: string, lang: Language): string {
  return AFTER_MILLIONS[lang](next);
}

const INDEFINITE: Record<Language, (noun: string, feminine: boolean) => string> = {
  fr: (_noun, feminine) => (feminine ? "une" : "un"),
  en: (noun) => (/^[aeiou]/i.test(noun) ? "an" : "a"),
  es: (_noun, feminine) => (feminine ? "una" : "un"),
};

/** One of something, as a sentence says it: « une formation », "a training", "an assessment". */
export function indefinite(noun: string, lang: Language, feminine: boolean): string {
  return INDEFINITE[lang](noun, feminine);
}

/**
 * A whole number in words before its noun, as a sentence must open (« Onze pays », "Eleven
 * countries", « Once países »): French « une » and Spanish « una » before a feminine noun, Spanish
 * « un »/« veintiún » before a masculine one.
 */
const IN_WORDS: Record<Language, (n: number, feminine: boolean) => string> = {
  fr: (n, feminine) => {
    const words = frenchCardinal(n);
    return feminine ? words.replace(/\bun$/, "une") : words;
  },
  en: (n) => englishCardinal(n),
  es: (n, feminine) =>
    feminine
      ? // n2words writes « cienta » for the feminine of « ciento », which does not vary.
        spanishCardinal(n, { gender: "feminine" }).replace(/\bcienta\b/, "ciento")
      : spanishCardinal(n)
          .replace(/veintiuno$/, "veintiún")
          .replace(/\buno$/, "un"),
};

export function numberInWords(n: number, lang: Language, feminine = false): string {
  return IN_WORDS[lang](n, feminine);
}
