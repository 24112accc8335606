// Country names in each language from `i18n-iso-countries` (CLDR's; the UN's, where they differ,
// are in shared/language/*-countries.ts). The package index without its bundled locales: only the
// ones registered here are shipped.
import countries, { type LocaleData } from "i18n-iso-countries/index";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { LANGUAGES, type Language } from "../language/languages";

const COUNTRY_NAMES: Record<Language, LocaleData> = { fr, en, es };
for (const language of LANGUAGES) countries.registerLocale(COUNTRY_NAMES[language]);

export function countryName(iso3: string, language: Language): string {
  return countries.getName(iso3, language) ?? iso3;
}

/** Every ISO 3166-1 alpha-3 code the names know. */
export function alpha3Codes(): string[] {
  return Object.keys(countries.getAlpha3Codes());
}
