// Countries inside a sentence: "au Kenya", "de l’Ouganda", "in the Philippines", and lists of them.
import type { Language } from "./languages";
import { joinList } from "./lists";
import { type CountryForm, PREPOSITION_FORMS, type PrepositionForm } from "./table";
import { languageTable } from "./tables";

export type { CountryForm } from "./table";

export function countryPhrase(iso3: string, lang: Language, form: CountryForm): string {
  return languageTable(lang).countries.phrases(iso3)[form];
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

const takesPreposition = (form: CountryForm): form is PrepositionForm =>
  (PREPOSITION_FORMS as readonly CountryForm[]).includes(form);

/**
 * Countries in the order given. French repeats the preposition before each one (« de l’Érythrée,
 * de l’Éthiopie, du Kenya… »); English states it once ("in Austria, El Salvador and Thailand")
 * and keeps each country's "the": the language's table says which.
 */
export function countryList(codes: readonly string[], lang: Language, form: CountryForm): string {
  const prepositions = languageTable(lang).countries.listPrepositions;
  if (prepositions && takesPreposition(form) && codes.length > 0) {
    return `${prepositions[form]} ${joinList(
      codes.map((code) => theCountry(code, lang)),
      lang,
    )}`;
  }
  return joinList(
    codes.map((code) => countryPhrase(code, lang, form)),
    lang,
  );
}
