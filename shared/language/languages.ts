// The languages of the pages and of the report. This module depends on nothing, so that the
// domain's schemas, the pages, the report and the browser scripts' types can all read the list.
// Adding a language starts here; the compiler then names every table that lacks it.

export const LANGUAGES = ["fr", "en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly (string | undefined)[]).includes(value);
}
