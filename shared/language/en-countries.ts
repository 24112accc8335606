// Country names as English UN documents write them, with "the" where UN usage puts it.
import { countryName } from "../domain/country-names";
import type { CountryPhrases } from "./table";

export type EnglishCountry = { name: string; article: "the" | null };

/**
 * UNTERM short names where i18n-iso-countries says otherwise. Names the UN lists with a
 * parenthesis ("Iran (Islamic Republic of)") are given in running-text order.
 */
const UN_NAMES: Record<string, string> = {
  BOL: "Plurinational State of Bolivia",
  CHN: "China",
  CIV: "Côte d’Ivoire",
  COG: "Congo",
  CPV: "Cabo Verde",
  CZE: "Czechia",
  FSM: "Federated States of Micronesia",
  GBR: "United Kingdom of Great Britain and Northern Ireland",
  GMB: "Gambia",
  KOR: "Republic of Korea",
  MDA: "Republic of Moldova",
  MKD: "North Macedonia",
  PRK: "Democratic People’s Republic of Korea",
  VAT: "Holy See",
  VEN: "Bolivarian Republic of Venezuela",
  VNM: "Viet Nam",
};

/**
 * Names that take "the" in running text (UNTERM marks them "(the)"): "in the Philippines",
 * "the Niger", "the Sudan". Maldives, Solomon Islands and Seychelles take none.
 */
const WITH_THE = new Set([
  ...["ARE", "BHS", "BOL", "CAF", "COD", "COG", "COM", "DOM", "FSM", "GBR", "GMB", "IRN", "KOR"],
  ...["LAO", "MDA", "MHL", "NER", "NLD", "PHL", "PRK", "PSE", "RUS", "SDN", "SYR", "TZA", "USA"],
  ...["VAT", "VEN"],
]);

export function englishCountry(iso3: string): EnglishCountry {
  const name = (UN_NAMES[iso3] ?? countryName(iso3, "en")).replace(/'/g, "’");
  return { name, article: WITH_THE.has(iso3) ? "the" : null };
}

/** The same phrases as in French; English keeps "the" after every preposition. */
export function englishPhrases(iso3: string): CountryPhrases {
  const { name, article } = englishCountry(iso3);
  const the = article ? `the ${name}` : name;
  return { name, the, in: `in ${the}`, of: `of ${the}`, to: `to ${the}` };
}
