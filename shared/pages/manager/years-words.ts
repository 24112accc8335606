// The words of the years-side-by-side page, in each language.
import type { Language } from "../../language/languages";
import { formatNumber } from "../../language/numbers";
import { frenchWords } from "../french-words";

const ENGLISH = {
  title: "The years side by side",
  link: "See the years side by side",
  intro: "Each year’s figures as the dashboard gives them, a column per year with records.",
  none: "No year has records yet.",
  measure: "Measure",
  show: "Show",
  byTheme: (name: string) => `${name} by thematic area, per year`,
  totals: (name: string) => `${name}, per year`,
  countries: (name: string) => `Countries named by the activities counted in “${name}”, per year`,
  countriesRow: "Countries named",
  unnamedRow: "Countries the sources count without naming them",
  activities: "Activities by thematic area, per year",
  theme: "Thematic area",
  counted: "Count",
  year: (year: number) => String(year),
  previewToggle: "Include submitted records not yet validated (preview)",
  count: (n: number) => formatNumber(n, "en"),
};

export type YearsWords = typeof ENGLISH;

const FRENCH: YearsWords = {
  title: "Les années côte à côte",
  link: "Voir les années côte à côte",
  intro:
    "Les chiffres de chaque année tels que le tableau de bord les donne, une colonne par année comptant des enregistrements.",
  none: "Aucune année ne compte encore d’enregistrements.",
  measure: "Mesure",
  show: "Afficher",
  byTheme: (name: string) => `${name}, par domaine thématique et par année`,
  totals: (name: string) => `${name}, par année`,
  countries: (name: string) => `Pays nommés par les activités comptées dans « ${name} », par année`,
  countriesRow: "Pays nommés",
  unnamedRow: "Pays que les sources comptent sans les nommer",
  activities: "Activités par domaine thématique et par année",
  theme: "Domaine thématique",
  counted: "Nombre",
  year: (year: number) => String(year),
  previewToggle: "Inclure les enregistrements soumis, non encore validés (aperçu)",
  count: (n: number) => formatNumber(n, "fr"),
};

const SPANISH: YearsWords = {
  title: "Los años uno al lado del otro",
  link: "Ver los años uno al lado del otro",
  intro: "Las cifras de cada año tal como las da el panel, una columna por cada año con registros.",
  none: "Todavía no hay ningún año con registros.",
  measure: "Medida",
  show: "Mostrar",
  byTheme: (name: string) => `${name}, por esfera temática y por año`,
  totals: (name: string) => `${name}, por año`,
  countries: (name: string) => `Países nombrados por las actividades contadas en “${name}”, por año`,
  countriesRow: "Países nombrados",
  unnamedRow: "Países que las fuentes cuentan sin nombrarlos",
  activities: "Actividades por esfera temática y por año",
  theme: "Esfera temática",
  counted: "Número",
  year: (year: number) => String(year),
  previewToggle: "Incluir los registros presentados aún no validados (vista previa)",
  count: (n: number) => formatNumber(n, "es"),
};

export const YEARS_WORDS: Record<Language, YearsWords> = { fr: frenchWords(FRENCH), en: ENGLISH, es: SPANISH };
