// What a totals cell is, in the page's language: the name of the figure a drill-down lists the
// records of ("Criminal justice practitioners trained — Kenya"), in the words the report's tables
// and the dashboard give it, so that the page says which figure it is rather than its code.
import { isCountryCode, isRegionCode, regionName } from "../../domain/countries";
import { MEASURES, type Measure } from "../../domain/measures";
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  PROFESSIONS,
  type Profession,
  THEMES,
  type Theme,
} from "../../domain/vocabulary";
import { countryPhrase, inCountry, ofCountry } from "../../language/country-phrases";
import type { Language } from "../../language/languages";
import { professionPhrase } from "../../language/professions";
import { languageTable } from "../../language/tables";
import { kindLabel, sexLabel, themeLabel } from "../../language/vocabulary-labels";
import { REPORT_LABELS } from "../../report/labels";
import { frenchWords } from "../french-words";
import { measureName } from "../measure-labels";
import { MANAGE_WORDS } from "./manage-words";

const ENGLISH = {
  activities: "Activities of the year",
  unnamedCountries: "Countries counted without being named",
  themeActivities: "Activities by thematic area",
  countryActivities: (iso3: string) => `Activities in which ${countryPhrase(iso3, "en", "the")} took part`,
  regionActivities: "Activities by region",
  donorActivities: (donor: string) => `Activities the donor ${donor} funds`,
  /** After a measure's name, the part of it a cell counts. */
  measure: {
    activities: "activities",
    unnamedCountries: "countries not named",
    countries: "countries",
    inCountry: (iso3: string) => `activities ${inCountry(iso3, "en")}`,
  },
};
type FigureWords = typeof ENGLISH;

const FRENCH: FigureWords = frenchWords({
  activities: "Activités de l’année",
  unnamedCountries: "Pays comptés sans être nommés",
  themeActivities: "Activités par domaine thématique",
  // « avec la participation des Philippines »: no verb to agree with a plural name.
  countryActivities: (iso3: string) => `Activités avec la participation ${ofCountry(iso3, "fr")}`,
  regionActivities: "Activités par région",
  donorActivities: (donor: string) => `Activités que finance le donateur ${donor}`,
  measure: {
    activities: "activités",
    unnamedCountries: "pays non nommés",
    countries: "pays",
    inCountry: (iso3: string) => `activités ${inCountry(iso3, "fr")}`,
  },
});

const SPANISH: FigureWords = {
  activities: "Actividades del año",
  unnamedCountries: "Países contados sin nombrarlos",
  themeActivities: "Actividades por esfera temática",
  countryActivities: (iso3: string) => `Actividades con la participación ${ofCountry(iso3, "es")}`,
  regionActivities: "Actividades por región",
  donorActivities: (donor: string) => `Actividades que financia el donante ${donor}`,
  measure: {
    activities: "actividades",
    unnamedCountries: "países no nombrados",
    countries: "países",
    inCountry: (iso3: string) => `actividades ${inCountry(iso3, "es")}`,
  },
};

const WORDS: Record<Language, FigureWords> = { en: ENGLISH, fr: FRENCH, es: SPANISH };

const among = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  (values as readonly (string | undefined)[]).includes(value);

/** The figure a totals cell is, or undefined for a cell no table or card of the report names. */
export function figureName(cell: string, language: Language): string | undefined {
  const words = WORDS[language];
  const report = REPORT_LABELS[language];
  const { colon } = languageTable(language);
  const [family, key, last, ...more] = cell.split(":");
  if (more.length > 0 && family !== "measure") return undefined;
  const named = (heading: string, value: string) => `${heading}${colon}${value}`;
  if (last === undefined) {
    if (key !== undefined) return undefined;
    if (family === "activities") return words.activities;
    if (family === "unnamedCountries") return words.unnamedCountries;
    if (family === "labs") return report.indicators.forensic_labs;
    return undefined;
  }
  if (family === "measure") return measureFigureName(key, [last, ...more], language);
  if (last === "activities") {
    if (family === "kind" && among<ActivityKind>(ACTIVITY_KINDS, key)) {
      return named(report.tables.kind, kindLabel(key, language));
    }
    if (family === "theme" && among<Theme>(THEMES, key)) return named(words.themeActivities, themeLabel(key, language));
    if (family === "country" && key === "*") return report.tables.countryActivities;
    if (family === "country" && key && isCountryCode(key)) return words.countryActivities(key);
    if (family === "region" && key && isRegionCode(key)) {
      return named(words.regionActivities, regionName(key, language));
    }
    if (family === "donor" && key && key !== "*") return words.donorActivities(key);
  }
  if (last === "labs") {
    if (family === "labType" && (key === "national_lab" || key === "regional_unit")) {
      return named(report.indicators.forensic_labs, MANAGE_WORDS[language].fields.types[key]);
    }
    if (family === "labCountry" && key === "*") return report.tables.labs;
    if (family === "labCountry" && key && isCountryCode(key)) {
      return named(report.tables.labs, countryPhrase(key, language, "name"));
    }
  }
  return undefined;
}

/** A cell of one measure: its name, then the part of it the cell counts. */
function measureFigureName(measure: string | undefined, rest: string[], language: Language): string | undefined {
  if (!among<Measure>(MEASURES, measure)) return undefined;
  const words = WORDS[language].measure;
  const tables = REPORT_LABELS[language].tables;
  const name = measureName(measure, language);
  const part = (text: string) => `${name} — ${text}`;
  const [first, value, unit, ...extra] = rest;
  if (extra.length > 0) return undefined;
  if (value === undefined) {
    if (first === "participants") return name;
    if (first === "activities") return part(words.activities);
    if (first === "unnamedCountries") return part(words.unnamedCountries);
    return undefined;
  }
  if (first === "country" && unit === "activities") {
    // The summary's "from 36 countries" has its own name in the report.
    if (value === "*") {
      return measure === "practitionersTrained"
        ? REPORT_LABELS[language].indicators.countries_reached
        : part(words.countries);
    }
    return isCountryCode(value) ? part(words.inCountry(value)) : undefined;
  }
  if (unit !== "participants") return undefined;
  if (first === "theme") {
    if (value === "*") return tables.theme(name);
    return among<Theme>(THEMES, value) ? part(themeLabel(value, language)) : undefined;
  }
  if (first === "country") {
    if (value === "*") return tables.country(name);
    return isCountryCode(value) ? part(countryPhrase(value, language, "name")) : undefined;
  }
  if (first === "region") {
    if (value === "*") return tables.region(name);
    return isRegionCode(value) ? part(regionName(value, language)) : undefined;
  }
  if (first === "profession") {
    if (value === "*") return tables.profession(name);
    if (!among<Profession>(PROFESSIONS, value)) return undefined;
    const profession = professionPhrase(value, 2, language);
    return part(`${profession.charAt(0).toUpperCase()}${profession.slice(1)}`);
  }
  if (first === "sex") {
    if (value === "*") return tables.sex(name);
    return value === "women" || value === "men" ? part(sexLabel(value, language)) : undefined;
  }
  return undefined;
}
