// What every journey checks of a page as a person sees it: its screenshots at both widths, that a
// phone shows it without sideways scrolling, and that a page in French or Spanish has no English
// left in it.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { isLanguage, type Language } from "../../shared/language/languages";
import { LANGUAGE_TABLES } from "../../shared/language/tables";
import { DONOR_WORDS } from "../../shared/pages/donor/words";
import { WORDS } from "../../shared/pages/i18n";
import { IMPORT_WORDS } from "../../shared/pages/import/words";
import { MANAGE_WORDS } from "../../shared/pages/manager/manage-words";
import { QUEUE_WORDS } from "../../shared/pages/manager/queue-words";
import { RECORDS_WORDS } from "../../shared/pages/manager/records-words";
import { REPORT_TEXTS_WORDS } from "../../shared/pages/manager/report-texts-words";
import { MANAGER_WORDS } from "../../shared/pages/manager/words";
import { YEARS_WORDS } from "../../shared/pages/manager/years-words";
import { MAP_WORDS } from "../../shared/pages/map-words";
import { MENTOR_WORDS } from "../../shared/pages/mentor/words";
import { screenshot } from "../support/browser";

/**
 * Screenshots at both widths, and on the phone nothing wider than the screen; `header` also holds
 * the header to about an eighth of the phone's height. Soft, so that every page of a journey is measured.
 */
export async function look(page: Page, name: string, options: { sameContext?: boolean; header?: boolean } = {}) {
  const phone = await screenshot(page, name, options);
  expect
    .soft(phone.scrollWidth, `${name}: width of the page on a ${phone.deviceWidth}-px phone`)
    .toBeLessThanOrEqual(phone.deviceWidth);
  if (options.header === false) return;
  expect
    .soft(phone.headerHeight, `${name}: height of the header on the phone`)
    .toBeLessThanOrEqual(Math.round(phone.deviceHeight / 8));
}

/** Every string of a vocabulary, however deep. */
export function leaves(words: unknown): string[] {
  if (typeof words === "string") return [words];
  if (words && typeof words === "object") return Object.values(words).flatMap(leaves);
  return [];
}

/**
 * The English of the pages' own word tables (and the language's names of themes, kinds and
 * measures) long enough to be no other language's too: phrases of twelve characters or more,
 * without a slot to fill.
 */
export function englishPhrases(...tables: unknown[]): string[] {
  return [...new Set(tables.flatMap(leaves))].filter((text) => text.length >= 12 && !text.includes("{"));
}

const PAGE_TABLES = [
  WORDS,
  MENTOR_WORDS,
  MANAGER_WORDS,
  RECORDS_WORDS,
  MANAGE_WORDS,
  QUEUE_WORDS,
  YEARS_WORDS,
  REPORT_TEXTS_WORDS,
  IMPORT_WORDS,
  DONOR_WORDS,
  MAP_WORDS,
  LANGUAGE_TABLES,
] as const;

/** The words of every page's table in `language` (and the language's names of themes, kinds and measures). */
export function pageTables(language: Language): unknown[] {
  return PAGE_TABLES.map((table) => {
    const words = table[language];
    return "themes" in words ? [words.themes, words.kinds, words.measures] : words;
  });
}

/**
 * Fails softly, naming the page, if its text holds an English phrase of the pages' word tables
 * (`english`, all of them unless given) that the page's own language does not say the same way
 * ("Word (.docx)"). Text marked as in another language (a narrative quoted in French) is left out.
 */
export async function expectNoEnglish(page: Page, name: string, english?: readonly string[]) {
  const language = await page.locator("html").getAttribute("lang");
  if (!isLanguage(language ?? undefined) || language === "en") throw new Error(`${name} is not in French or Spanish`);
  const own = new Set(pageTables(language as Language).flatMap(leaves));
  const phrases = (english ?? englishPhrases(...pageTables("en"))).filter((phrase) => !own.has(phrase));
  const text = await page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    let all = document.body.innerText;
    for (const other of Array.from(document.body.querySelectorAll<HTMLElement>("[lang]"))) {
      if (other.lang !== pageLanguage) all = all.replace(other.innerText, "");
    }
    return all;
  });
  expect
    .soft(
      phrases.filter((words) => text.includes(words)),
      `${name}: English words left`,
    )
    .toEqual([]);
}
