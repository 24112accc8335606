// The UN M49 regions in a sentence, with their preposition: « en Afrique », « dans les Amériques »,
// "in the Americas"; and a paragraph opening on one.
import type { Language } from "./languages";

const IN_REGION: Record<Language, Record<string, string>> = {
  fr: { "002": "en Afrique", "019": "dans les Amériques", "142": "en Asie", "150": "en Europe", "009": "en Océanie" },
  en: { "002": "in Africa", "019": "in the Americas", "142": "in Asia", "150": "in Europe", "009": "in Oceania" },
  es: { "002": "en África", "019": "en las Américas", "142": "en Asia", "150": "en Europa", "009": "en Oceanía" },
};

/** The M49 regions (continents) a report groups activities by. */
export const REPORT_REGIONS = Object.keys(IN_REGION.en);

export function inRegion(m49: string, lang: Language): string | undefined {
  return IN_REGION[lang][m49];
}
