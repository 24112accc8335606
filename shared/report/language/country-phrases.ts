// Countries inside a sentence of the report: "au Kenya", "de l’Ouganda", "in the Philippines", and lists of them.
import type { Language } from "../../domain/countries";
import { englishPhrases } from "./english-countries";
import { frenchPhrases } from "./french-countries";
import { joinList } from "./lists";

/** name "Kenya"; the "le Kenya"; in "au Kenya" (locative); of "du Kenya"; to "au Kenya" (dative). */
export type CountryForm = "name" | "the" | "in" | "of" | "to";

const PHRASES: Record<Language, (iso3: string) => Record<CountryForm, string>> = {
  fr: frenchPhrases,
  en: englishPhrases,
};

export function countryPhrase(iso3: string, lang: Language, form: CountryForm): string {
  return PHRASES[lang](iso3)[form];
}

/** "au Kenya", "en Ouganda", "aux Philippines", "à Cuba", "en El Salvador" / "in the Philippines". */
export function inCountry(iso3: string, lang: Language): string {
  return countryPhrase(iso3, lang, "in");
}

/** "du Kenya", "de l’Ouganda", "des Philippines", "d’El Salvador" / "of the Philippines". */
export function ofCountry(iso3: string, lang: Language): string {
  return countryPhrase(iso3, lang, "of");
}

/** "à l’Algérie", "au Liban", "à l’État de Palestine" / "to the State of Palestine". */
export function toCountry(iso3: string, lang: Language): string {
  return countryPhrase(iso3, lang, "to");
}

/** "le Kenya", "la République-Unie de Tanzanie" / "Kenya", "the United Republic of Tanzania". */
export function theCountry(iso3: string, lang: Language): string {
  return countryPhrase(iso3, lang, "the");
}

const ENGLISH_PREPOSITIONS: Partial<Record<CountryForm, string>> = { in: "in", of: "of", to: "to" };

/**
 * Countries in the order given. French repeats the preposition before each one (« de l’Érythrée,
 * de l’Éthiopie, du Kenya… »); English states it once ("in Austria, El Salvador and Thailand")
 * and keeps each country's "the".
 */
export function countryList(codes: readonly string[], lang: Language, form: CountryForm): string {
  const preposition = lang === "en" ? ENGLISH_PREPOSITIONS[form] : undefined;
  if (preposition && codes.length > 0) {
    return `${preposition} ${joinList(
      codes.map((code) => theCountry(code, lang)),
      lang,
    )}`;
  }
  return joinList(
    codes.map((code) => countryPhrase(code, lang, form)),
    lang,
  );
}
