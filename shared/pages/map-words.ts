// The words around the countries' map, in each language.
import type { Language } from "../language/languages";
import { frenchWords } from "./french-words";
import type { MapWords } from "./map";

const ENGLISH: MapWords = {
  legend: "Shades: the figure attributed to each country, in classes of about as many countries each",
  namedOnly: "named, none attributed to it alone",
  none: "not named",
  smallCountries:
    "A dot marks a country too small to draw at this scale; the few territories the map draws within another country (Réunion, Martinique…) are in the table only.",
};

const FRENCH: MapWords = {
  legend: "Teintes : le chiffre attribué à chaque pays, par classes comptant à peu près autant de pays chacune",
  namedOnly: "nommé, personne ne lui est attribué seul",
  none: "non nommé",
  smallCountries:
    "Un point marque un pays trop petit pour être dessiné à cette échelle ; les quelques territoires que la carte dessine avec un autre pays (La Réunion, la Martinique…) ne figurent que dans le tableau.",
};

const SPANISH: MapWords = {
  legend: "Tonos: la cifra atribuida a cada país, en clases de aproximadamente el mismo número de países cada una",
  namedOnly: "nombrado, sin nadie atribuido solo a él",
  none: "no nombrado",
  smallCountries:
    "Un punto señala un país demasiado pequeño para dibujarse a esta escala; los pocos territorios que el mapa dibuja con otro país (Reunión, Martinica…) figuran solo en el cuadro.",
};

export const MAP_WORDS: Record<Language, MapWords> = { fr: frenchWords(FRENCH), en: ENGLISH, es: SPANISH };
