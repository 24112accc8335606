// Whether the noun a number stands before is feminine, so that the number agrees with it when it
// is written in words (« une université », « veintiuna personas »). A narrative is free text: the
// noun is read from the words after the number, by the language's endings of feminine nouns and
// the few words of the report those endings miss; English numbers have no gender.
import type { Language } from "./languages";

type Genders = {
  /** Words that stand between a number and its noun: « 11 autres pays », « 3 nuevas unidades ». */
  between: RegExp;
  /** The singular, enough to read the noun's ending: « universités » → « université ». */
  singular: (word: string) => string;
  ending: RegExp;
  feminine: ReadonlySet<string>;
  /** Nouns with a feminine ending that are masculine, in the singular or as written. */
  masculine: ReadonlySet<string>;
};

const GENDERS: Record<Language, Genders | undefined> = {
  fr: {
    between: /^(autres?|nouvel(le)?s?|nouveaux|premi(er|ère)s?|derni(er|ère)s?)$/,
    singular: (word) => word.replace(/[sx]$/, ""),
    ending: /(tion|sion|té|ure|ence|ance|ée|ette|esse|ude|ie)$/,
    feminine: new Set(["personne", "femme", "fille", "école", "victime", "entreprise", "campagne", "mère"]),
    masculine: new Set(["pays", "génie", "incendie", "lycée", "musée", "mois", "cours"]),
  },
  en: undefined,
  es: {
    between: /^(otr[oa]s?|nuev[oa]s?|primer[oa]?s?|últim[oa]s?)$/,
    singular: (word) => (/[^aeiouáéó]es$/.test(word) ? word.slice(0, -2) : word.replace(/s$/, "")),
    ending: /(a|ción|sión|dad|tad|tud|umbre|ie)$/,
    feminine: new Set(["mujer", "madre", "red", "base", "clase", "sede"]),
    masculine: new Set(["día", "problema", "sistema", "programa", "tema", "mapa", "idioma", "clima", "policía"]),
  },
};

/** Whether the noun opening `after` (the text after a number) is feminine. */
export function nounIsFeminine(after: string, language: Language): boolean {
  const genders = GENDERS[language];
  if (!genders) return false;
  const words = after
    .trim()
    .toLocaleLowerCase()
    .split(/[\s\u00A0\u202F,.;:()«»“”]+/u);
  const noun = words.find((word) => word !== "" && !genders.between.test(word));
  if (noun === undefined) return false;
  const one = genders.singular(noun);
  if (genders.masculine.has(noun) || genders.masculine.has(one)) return false;
  return genders.feminine.has(noun) || genders.feminine.has(one) || genders.ending.test(one);
}
