// An audited field's value in words, as the history page shows it before and after a change:
// codes named in the page's language, people by name, figures with their qualifier.
import type { Outcome, Participants } from "../../domain/activity";
import { statusOfRecord } from "../../domain/activity-search";
import { regionName } from "../../domain/countries";
import type { ActivityKind, ActivityStatus, Theme } from "../../domain/vocabulary";
import { countriesText, outcomeText, participantsText, professionsText } from "../../language/activity-figures";
import { countryPhrase } from "../../language/country-phrases";
import { formatDate } from "../../language/dates";
import type { Language } from "../../language/languages";
import { kindLabel, themeLabel } from "../../language/vocabulary-labels";
import type { RecordsWords } from "./records-words";

type Context = { language: Language; words: RecordsWords; names: ReadonlyMap<string, string> };

const list = (values: unknown) => (Array.isArray(values) ? values.map(String) : [String(values)]);

/** Each field's own reading; anything else is written out as it is stored. */
const READINGS: Record<string, (value: unknown, context: Context) => string> = {
  kind: (value, { language }) => kindLabel(value as ActivityKind, language),
  theme: (value, { language }) => themeLabel(value as Theme, language),
  status: (value, { words }) => words.statuses[statusOfRecord({ status: value as ActivityStatus })],
  startDate: (value, { language }) => formatDate(String(value), language),
  endDate: (value, { language }) => formatDate(String(value), language),
  countries: (value, { language }) =>
    list(value)
      .map((iso3) => countryPhrase(iso3, language, "name"))
      .join(", "),
  region: (value, { language }) => regionName(String(value), language),
  donors: (value, { names }) =>
    list(value)
      .map((id) => names.get(id) ?? id)
      .join(", "),
  mentorId: (value, { names }) => names.get(String(value)) ?? String(value),
  participants: (value, { language }) => {
    const participants = value as Participants;
    return [
      participantsText(participants, language),
      professionsText(participants, language),
      countriesText(participants, language),
    ]
      .filter(Boolean)
      .join("; ");
  },
  outcomes: (value, { language }) => (value as Outcome[]).map((outcome) => outcomeText(outcome, language)).join("; "),
  narrative: (value) =>
    Object.entries(value as Record<string, string>)
      .map(([language, text]) => `[${language}] ${text}`)
      .join("\n"),
  source: (value) => {
    const source = value as { document: string; paragraph: string };
    return `${source.document}, ¶${source.paragraph}`;
  },
};

/** The value in words; `undefined` (the field absent on that side) reads as the page's "(empty)". */
export function fieldValue(field: string, value: unknown, context: Context): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return context.words.nothing;
  const reading = READINGS[field];
  if (reading) {
    try {
      return reading(value, context);
    } catch {
      // A value stored before its field had today's shape: shown as stored rather than lost.
    }
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== "object")) return value.join(", ");
  return JSON.stringify(value);
}
