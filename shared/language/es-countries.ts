// Country names as Spanish UN documents write them, with the article and prepositions each takes.
import { countryName } from "../domain/country-names";
import type { CountryPhrases } from "./table";

export type SpanishArticle = "el" | "la" | "los" | "las";
export type SpanishCountry = { name: string; article: SpanishArticle | null };

/**
 * UNTERM short names where i18n-iso-countries (CLDR-style names) says otherwise: the UN keeps
 * « Kenya », « Rwanda », « Qatar », « Viet Nam », « Türkiye » where Spanish dictionaries write
 * « Kenia », « Ruanda », « Catar », « Vietnam », « Turquía ». Names the UN lists with a
 * parenthesis (« Irán (República Islámica del) ») are given in running-text order.
 */
const UN_NAMES: Record<string, string> = {
  BLR: "Belarús",
  BOL: "Estado Plurinacional de Bolivia",
  BTN: "Bhután",
  CIV: "Côte d’Ivoire",
  COD: "República Democrática del Congo",
  CZE: "Chequia",
  DJI: "Djibouti",
  FSM: "Estados Federados de Micronesia",
  GBR: "Reino Unido de Gran Bretaña e Irlanda del Norte",
  GNB: "Guinea-Bissau",
  IRN: "República Islámica del Irán",
  KAZ: "Kazajstán",
  KEN: "Kenya",
  LAO: "República Democrática Popular Lao",
  LSO: "Lesotho",
  MDA: "República de Moldova",
  MWI: "Malawi",
  NZL: "Nueva Zelandia",
  PSE: "Estado de Palestina",
  QAT: "Qatar",
  ROU: "Rumania",
  RUS: "Federación de Rusia",
  RWA: "Rwanda",
  SWZ: "Eswatini",
  TTO: "Trinidad y Tabago",
  TUR: "Türkiye",
  TZA: "República Unida de Tanzanía",
  USA: "Estados Unidos de América",
  VEN: "República Bolivariana de Venezuela",
  VNM: "Viet Nam",
  ZWE: "Zimbabwe",
};

/**
 * The article UNTERM gives each State in running text (« el Brasil », « la Argentina », « los
 * Países Bajos »); every « República … » and « Islas … » takes « la » and « las ». States not
 * listed take none (« Kenya », « Filipinas »); in « El Salvador » the article is part of the name,
 * so it keeps its capital and never contracts (« de El Salvador »).
 */
const ARTICLES: Record<string, SpanishArticle> = {
  ...Object.fromEntries(
    [
      ...["AFG", "BOL", "BRA", "CAN", "CMR", "COG", "ECU", "GAB", "GBR", "IRQ", "JPN", "LBN", "NER"],
      ...["PAK", "PER", "PRY", "PSE", "SDN", "SEN", "TCD", "TGO", "URY", "YEM"],
    ].map((code) => [code, "el"]),
  ),
  ...Object.fromEntries(["ARG", "GMB", "IND", "RUS", "SAU", "VAT"].map((code) => [code, "la"])),
  ...Object.fromEntries(["ARE", "FSM", "NLD", "USA"].map((code) => [code, "los"])),
  ...Object.fromEntries(["BHS", "COM"].map((code) => [code, "las"])),
};

function articleFor(iso3: string, name: string): SpanishArticle | null {
  const listed = ARTICLES[iso3];
  if (listed) return listed;
  if (name.startsWith("República ")) return "la";
  if (name.startsWith("Islas ")) return "las";
  return null;
}

export function spanishCountry(iso3: string): SpanishCountry {
  const name = (UN_NAMES[iso3] ?? countryName(iso3, "es")).replace(/'/g, "’");
  return { name, article: articleFor(iso3, name) };
}

/**
 * The phrases a sentence needs: name, with its article, locative (« en »), genitive (« de ») and
 * dative (« a »); « de el » and « a el » contract to « del » and « al »: « del Brasil », « al Perú ».
 */
export function spanishPhrases(iso3: string): CountryPhrases {
  const { name, article } = spanishCountry(iso3);
  const the = article ? `${article} ${name}` : name;
  return {
    name,
    the,
    in: `en ${the}`,
    of: article === "el" ? `del ${name}` : `de ${the}`,
    to: article === "el" ? `al ${name}` : `a ${the}`,
  };
}
