// The values a column with a list accepts: each code with its labels in every language, and what
// the template's drop-down offers in one language. A typed value matches a code, a label or the
// drop-down's "Label (CODE)", ignoring case and accents; a near miss gets a suggestion.
import { closest, distance } from "fastest-levenshtein";
import { isCountryCode } from "../domain/countries";
import { alpha3Codes, countryName } from "../domain/country-names";
import { ACTIVITY_KINDS, type CountQualifier, THEMES } from "../domain/vocabulary";
import { LANGUAGES, type Language } from "../language/languages";
import { languageTable } from "../language/tables";

export type Choice = {
  code: string;
  labels: Record<Language, string>;
  /** Other names a typed value may use for it, never offered: a country's dictionary names. */
  aliases?: string[];
};

const inEveryLanguage = (label: (language: Language) => string) =>
  Object.fromEntries(LANGUAGES.map((language) => [language, label(language)])) as Record<Language, string>;

export const KIND_CHOICES: Choice[] = ACTIVITY_KINDS.map((code) => ({
  code,
  labels: inEveryLanguage((language) => languageTable(language).kinds[code]),
}));

export const THEME_CHOICES: Choice[] = THEMES.map((code) => ({
  code,
  labels: inEveryLanguage((language) => languageTable(language).themes[code]),
}));

const COUNT_QUALIFIERS: CountQualifier[] = ["exact", "approximately", "at_least"];
/** The exact count has no word before it in the report; the list names it by the code's own word. */
export const QUALIFIER_CHOICES: Choice[] = COUNT_QUALIFIERS.map((code) => ({
  code,
  labels: inEveryLanguage((language) => languageTable(language).qualifiers[code] || code),
}));

let countryChoices: Choice[] | undefined;
/**
 * Every country of the records' list (ISO 3166-1 alpha-3 known to UN M49), by the name the UN's
 * documents give it in each language, as the report writes it (« Kenya », not « Kenia »); the
 * dictionary's name is understood too.
 */
export function countryChoicesList(): Choice[] {
  countryChoices ??= alpha3Codes()
    .filter(isCountryCode)
    .map((code) => ({
      code,
      labels: inEveryLanguage((language) => languageTable(language).countries.phrases(code).name),
      aliases: LANGUAGES.map((language) => countryName(code, language)),
    }));
  return countryChoices;
}

/** The drop-down's entry for a choice: the label and, where it differs, the code. */
export function listEntry(choice: Choice, language: Language): string {
  const label = choice.labels[language];
  return label === choice.code ? label : `${label} (${choice.code})`;
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’']/g, "'").trim().toLowerCase();

export type Match = { code: string } | { suggestion?: string };

type Index = { byName: Map<string, Choice>; codes: Map<string, Choice>; names: string[] };
const indexes = new WeakMap<Choice[], Index>();

/** The choices by code and by each label, folded: built once per list, not per cell. */
function indexOf(choices: Choice[]): Index {
  let index = indexes.get(choices);
  if (!index) {
    const byName = new Map<string, Choice>();
    const codes = new Map<string, Choice>();
    for (const choice of choices) {
      codes.set(choice.code, choice);
      byName.set(fold(choice.code), choice);
      for (const name of [...LANGUAGES.map((language) => choice.labels[language]), ...(choice.aliases ?? [])])
        if (!byName.has(fold(name))) byName.set(fold(name), choice);
    }
    index = { byName, codes, names: [...byName.keys()] };
    indexes.set(choices, index);
  }
  return index;
}

/** The choice a typed value names, or the nearest one to suggest. */
export function matchChoice(value: string, choices: Choice[], language: Language): Match {
  const index = indexOf(choices);
  const inParentheses = /\(([^()]+)\)\s*$/.exec(value)?.[1]?.trim();
  const typed = fold(value);
  const found = (inParentheses !== undefined && index.codes.get(inParentheses)) || index.byName.get(typed);
  if (found) return { code: found.code };
  if (index.names.length === 0) return {};
  const nearest = closest(typed, index.names);
  const close = distance(typed, nearest) <= Math.max(2, Math.floor(typed.length / 4));
  const choice = index.byName.get(nearest);
  return { suggestion: close && choice ? listEntry(choice, language) : undefined };
}
