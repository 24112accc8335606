// The reporting year a page shows (?year=), and the form that picks it: the manager's and donor's pages.
import type { Context } from "hono";
import { FIRST_YEAR, type YearCount } from "../domain/aggregates";

/** The last full year: the one whose report to the Commission is being prepared. */
export function defaultYear(now = new Date()): number {
  return now.getUTCFullYear() - 1;
}

/**
 * Without ?year=, the year a page opens on: the latest of the years with records (newest first, as
 * listYearsWithRecords gives them), or the last full year when none has any.
 */
export function latestYear(withRecords: readonly YearCount[], now = new Date()): number {
  return withRecords[0]?.year ?? defaultYear(now);
}

/** Whether the address names a year (an explicit ?year= wins over the pages' own choice). */
export function yearAsked(c: Context): boolean {
  return (c.req.query("year") ?? "") !== "";
}

/** The year asked for, `fallback` when none is, or undefined when it is not a reporting year. */
export function pageYear(c: Context, fallback = defaultYear()): number | undefined {
  if (!yearAsked(c)) return fallback;
  const year = Number(c.req.query("year"));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** ?preview=true: count submitted records too (managers only; the pages that offer it are theirs). */
export function pagePreview(c: Context): boolean {
  return c.req.query("preview") === "true";
}

/**
 * A page's own address with its parameters, for links and the language switch; the language is
 * left out, as the switch adds its own.
 */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return query ? `${path}?${query}` : path;
}

export type YearFormProps = {
  action: string;
  year: number;
  labels: {
    year: string;
    show: string;
    /** An option of a year with records: "2019 (66 activities)". */
    yearOption: (year: number, activities: number) => string;
    /** Before the links to the other years with records: "Other years with records:". */
    otherYears: string;
  };
  /** The years with records, newest first: marked in the list, and linked to under the form. */
  withRecords: readonly YearCount[];
  /** The page's address for another year, with the parameters it keeps. */
  yearHref: (year: number) => string;
  /** The preview checkbox, where the page offers one. */
  preview?: { checked: boolean; label: string };
  /** Other parameters the page keeps (e.g. the donor a manager is looking at). */
  keep?: Record<string, string>;
};

/**
 * A GET form: the year (newest first; those with records say how many activities they count)
 * and, where offered, the preview; it works without scripts. Under it, links to the other years
 * with records, so that an empty year leads to those that are not.
 */
export function YearForm({ action, year, labels, withRecords, yearHref, preview, keep = {} }: YearFormProps) {
  const counts = new Map(withRecords.map((entry) => [entry.year, entry.activities]));
  const last = Math.max(new Date().getUTCFullYear(), year, ...counts.keys());
  const first = Math.min(FIRST_YEAR, year, ...counts.keys());
  const years = Array.from({ length: last - first + 1 }, (_, index) => last - index);
  const others = withRecords.filter((entry) => entry.year !== year);
  return (
    <>
      <form method="get" action={action} class="no-print">
        {Object.entries(keep).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <label for="year">{labels.year}</label>
        <select id="year" name="year" class="year-select">
          {years.map((option) => {
            const activities = counts.get(option);
            return (
              <option value={String(option)} selected={option === year}>
                {activities === undefined ? option : labels.yearOption(option, activities)}
              </option>
            );
          })}
        </select>
        {preview && (
          <label class="check">
            <input type="checkbox" name="preview" value="true" checked={preview.checked} />
            {preview.label}
          </label>
        )}
        <p>
          <button type="submit">{labels.show}</button>
        </p>
      </form>
      {others.length > 0 && (
        <p id="years-with-records" class="no-print">
          {labels.otherYears}{" "}
          {others.map((entry, index) => (
            <>
              {index > 0 && ", "}
              <a href={yearHref(entry.year)}>{entry.year}</a>
            </>
          ))}
        </p>
      )}
    </>
  );
}
