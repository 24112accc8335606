// Country names as French UN documents write them, with the article and prepositions each takes.
import { countryName } from "../domain/country-names";
import type { CountryPhrases } from "./table";

export type FrenchArticle = "le" | "la" | "l’" | "les";
export type FrenchCountry = { name: string; article: FrenchArticle | null; feminine: boolean; plural: boolean };

/**
 * UNTERM short names where i18n-iso-countries (CLDR-style names) says otherwise. Names the UN
 * lists with a parenthesis ("Iran (République islamique d’)") are given in running-text order,
 * as the reports write them: « en République islamique d’Iran ».
 */
const UN_NAMES: Record<string, string> = {
  ARE: "Émirats arabes unis",
  BLR: "Bélarus",
  BOL: "État plurinational de Bolivie",
  BRN: "Brunéi Darussalam",
  CAF: "République centrafricaine",
  CIV: "Côte d’Ivoire",
  COG: "Congo",
  CPV: "Cabo Verde",
  CZE: "Tchéquie",
  DOM: "République dominicaine",
  FSM: "États fédérés de Micronésie",
  GBR: "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
  IRN: "République islamique d’Iran",
  IRQ: "Iraq",
  KNA: "Saint-Kitts-et-Nevis",
  KOR: "République de Corée",
  LAO: "République démocratique populaire lao",
  MDA: "République de Moldova",
  PRK: "République populaire démocratique de Corée",
  PSE: "État de Palestine",
  REU: "La Réunion",
  RUS: "Fédération de Russie",
  SAU: "Arabie saoudite",
  STP: "Sao Tomé-et-Principe",
  SWZ: "Eswatini",
  SYR: "République arabe syrienne",
  TUR: "Türkiye",
  TZA: "République-Unie de Tanzanie",
  VAT: "Saint-Siège",
  VCT: "Saint-Vincent-et-les Grenadines",
  VEN: "République bolivarienne du Venezuela",
  VNM: "Viet Nam",
};

/**
 * States the UN names without an article (UNTERM, ISO 3166 French short names): mostly islands
 * and city-States. They take « à » and « de »: « à Cuba », « de Sri Lanka », « d’El Salvador ».
 */
const NO_ARTICLE = new Set([
  ...["ATG", "BHR", "CPV", "CUB", "CYP", "DJI", "HTI", "ISR", "KIR", "KNA", "LCA", "LKA", "MCO"],
  ...["MDG", "MLT", "MUS", "NRU", "OMN", "SGP", "SLV", "SMR", "STP", "VCT"],
  // Territories: not curated like Member States, listed so that none reads « le Hong Kong ».
  ...["ABW", "AIA", "BES", "BLM", "CUW", "GGY", "GIB", "GUM", "HKG", "JEY", "MAC", "MAF", "MSR"],
  ...["MYT", "NIU", "PRI", "REU", "SHN", "SPM", "SXM", "WLF"],
]);

/** Plural names: les Philippines, les Fidji, les Palaos, les Tonga, les Tuvalu (UNTERM); and any « Îles … ». */
const PLURAL = new Set([
  ...["ARE", "BHS", "COM", "FJI", "FSM", "MDV", "NLD", "PHL", "PLW", "SYC", "TON", "TUV", "USA"],
  ...["ASM", "ATF", "BMU", "TKL"],
]);

/** Masculine although the name ends in -e: le Mexique, le Belize, le Saint-Siège, le Timor-Leste… */
const MASCULINE_IN_E = new Set(["BLZ", "KHM", "MEX", "MOZ", "SUR", "TLS", "VAT", "ZWE"]);

/** Feminine although the name does not end in -e: la Guinée-Bissau, la Trinité-et-Tobago (and every « République … »). */
const FEMININE_OTHER = new Set(["GNB", "MKD", "TTO", "ZAF"]);

/**
 * Where the locative preposition is not the one the article implies: « en El Salvador »,
 * « en Israël », « en Haïti » (not « à »); « dans l’État de Palestine »; « à la Barbade »,
 * « à la Grenade » for island States (« en Grenade » would be Granada, Spain).
 */
const IN_PREPOSITION: Record<string, string> = {
  SLV: "en",
  ISR: "en",
  HTI: "en",
  PSE: "dans",
  BOL: "dans",
  FSM: "dans",
  BRB: "à",
  DMA: "à",
  GRD: "à",
  TTO: "à",
};

/** Vowels elide the article; « h » does not (le Honduras, la Hongrie) except in Haïti (d’Haïti). */
function elides(iso3: string, name: string): boolean {
  return /^[AEIOUÂÉÈÊÎÏÔŒ]/i.test(name) || iso3 === "HTI";
}

function isPlural(iso3: string, name: string): boolean {
  return PLURAL.has(iso3) || name.startsWith("Îles ");
}

function articleFor(iso3: string, name: string, feminine: boolean): FrenchArticle | null {
  if (NO_ARTICLE.has(iso3)) return null;
  if (isPlural(iso3, name)) return "les";
  if (elides(iso3, name)) return "l’";
  return feminine ? "la" : "le";
}

export function frenchCountry(iso3: string): FrenchCountry {
  const name = (UN_NAMES[iso3] ?? countryName(iso3, "fr")).replace(/'/g, "’");
  const feminine =
    FEMININE_OTHER.has(iso3) || name.startsWith("République") || (name.endsWith("e") && !MASCULINE_IN_E.has(iso3));
  return { name, article: articleFor(iso3, name, feminine), feminine, plural: isPlural(iso3, name) };
}

/** What goes before the name in each phrase, by article: « au Kenya », « de la Tunisie », « aux Philippines ». */
const PREFIXES: Record<FrenchArticle | "none", { the: string; in: string; of: string; to: string }> = {
  le: { the: "le ", in: "au ", of: "du ", to: "au " },
  la: { the: "la ", in: "en ", of: "de la ", to: "à la " },
  "l’": { the: "l’", in: "en ", of: "de l’", to: "à l’" },
  les: { the: "les ", in: "aux ", of: "des ", to: "aux " },
  none: { the: "", in: "à ", of: "de ", to: "à " },
};

/** The phrases a sentence needs: name, with its article, locative (« en »), genitive (« de »), dative (« à »). */
export function frenchPhrases(iso3: string): CountryPhrases {
  const { name, article } = frenchCountry(iso3);
  const prefix = PREFIXES[article ?? "none"];
  const the = prefix.the + name;
  const inPreposition = IN_PREPOSITION[iso3];
  return {
    name,
    the,
    in: inPreposition ? `${inPreposition} ${the}` : prefix.in + name,
    of: article === null && elides(iso3, name) ? `d’${name}` : prefix.of + name,
    to: prefix.to + name,
  };
}
