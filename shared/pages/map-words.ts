// The words around the countries' map, in each language.
import type { Language } from "../language/languages";
import { frenchWords } from "./french-words";
import type { MapWords } from "./map";

const ENGLISH: MapWords = {
  legend: "Shades: the figure attributed to each country, in classes of about as many countries each",
  namedOnly: "named, none attributed to it alone",
  none: "not named",
  smallCountries: "Countries too small to draw at this scale are in the table only.",
};

const FRENCH: MapWords = {
  legend: "Teintes : le chiffre attribué à chaque pays, par classes comptant à peu près autant de pays chacune",
  namedOnly: "nommé, personne ne lui est attribué seul",
  none: "non nommé",
  smallCountries: "Les pays trop petits pour être dessinés à cette échelle ne figurent que dans le tableau.",
};

const SPANISH: MapWords = {
  legend: "Tonos: la cifra atribuida a cada país, en clases de aproximadamente el mismo número de países cada una",
  namedOnly: "nombrado, sin nadie atribuido solo a él",
  none: "no nombrado",
  smallCountries: "Los países demasiado pequeños para dibujarse a esta escala figuran solo en el cuadro.",
};

export const MAP_WORDS: Record<Language, MapWords> = { fr: frenchWords(FRENCH), en: ENGLISH, es: SPANISH };
