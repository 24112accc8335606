// Dates as the language writes them: « 12 juin 2019 », "12 June 2019", and spans of days.
import type { Language } from "./languages";
import { languageTable } from "./tables";

export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return languageTable(language).intl.dates.format(date);
}

/** An activity's dates as the language writes a span: "10–14 June 2019", « 10–14 juin 2019 », one day once. */
export function formatDateRange(start: string, end: string, language: Language): string {
  const from = new Date(start);
  const to = new Date(end);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) {
    return `${formatDate(start, language)} – ${formatDate(end, language)}`;
  }
  return languageTable(language).intl.dates.formatRange(from, to);
}
