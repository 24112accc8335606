// Placeholders in a narrative: "{participants} agents {countries:of} ont été formés" lets the
// report write the figures from the record's fields, so the sentence and the data cannot disagree.
// The names say what the placeholder is, in no language: each language writes it its own way.
import { PROFESSIONS, SEXES } from "./vocabulary";

/**
 * `{countries}` names the countries with their articles (« le Kenya, l’Ouganda », "Kenya, the
 * Philippines"); `{countries:of}` and `{countries:in}` add the language's preposition (« de
 * l’Érythrée, du Kenya », « au Kenya, en Ouganda »; "of Eritrea, Kenya", "in Kenya, Uganda").
 */
export type CountriesForm = "the" | "of" | "in";

export type Placeholder =
  | { field: "participants"; part?: string }
  | { field: "countries"; form: CountriesForm }
  | { field: "countryCount" }
  | { field: "partners" }
  | { field: "outcome"; index: number; part: "value" | "baseline" };

const PLACEHOLDER = /\{([^{}]*)\}/g;

const COUNTRIES_FORMS = new Map<string | undefined, CountriesForm>([
  [undefined, "the"],
  ["of", "of"],
  ["in", "in"],
]);

/**
 * Names placeholders had before they were named in no language (« de », « en »): narratives
 * stored then still hold them, so they are read as the names that replaced them, here and only
 * here. New text uses the new names, the only ones PLACEHOLDER_HELP gives.
 */
const FORMER_NAMES = new Map([
  ["countries:de", "countries:of"],
  ["countries:en", "countries:in"],
]);

export const PLACEHOLDER_HELP =
  "{participants}, {participants:<profession or women|men|notRecorded>}, {countries}, {countries:of}, " +
  "{countries:in}, {countryCount}, {partners}, {outcome:<n>}, {outcome:<n>:baseline}";

/** Reads one placeholder's name ("countries:of", or its former name "countries:de"); undefined if it is not one. */
export function parsePlaceholder(name: string): Placeholder | undefined {
  const [field, part, extra] = (FORMER_NAMES.get(name) ?? name).split(":");
  switch (field) {
    case "participants":
      if (extra === undefined && (part === undefined || [...PROFESSIONS, ...SEXES].includes(part as never))) {
        return { field, part };
      }
      return undefined;
    case "countries": {
      const form = COUNTRIES_FORMS.get(part);
      return extra === undefined && form ? { field, form } : undefined;
    }
    case "countryCount":
    case "partners":
      return part === undefined ? { field } : undefined;
    case "outcome": {
      const index = Number(part);
      if (!Number.isInteger(index) || index < 1 || (extra !== undefined && extra !== "baseline")) return undefined;
      return { field, index, part: extra ? "baseline" : "value" };
    }
    default:
      return undefined;
  }
}

export type NarrativePiece = { text: string } | { placeholder: Placeholder; source: string };

/** Splits a narrative into text and placeholders. */
export function parseNarrative(text: string): NarrativePiece[] {
  const pieces: NarrativePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const placeholder = parsePlaceholder(match[1] ?? "");
    if (!placeholder) continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index) });
    pieces.push({ placeholder, source: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** Placeholders a narrative uses that are not known, e.g. "{particpants}". */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].filter((m) => !parsePlaceholder(m[1] ?? "")).map((m) => m[0]);
}

export function usesPlaceholders(text: string): boolean {
  return parseNarrative(text).some((piece) => "placeholder" in piece);
}
