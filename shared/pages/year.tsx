// The reporting year a page shows (?year=), and the form that picks it: the manager's and donor's pages.
import type { Context } from "hono";

/** The first year the programme's records hold (E/CN.15/2020/12 reports on 2019). */
const FIRST_YEAR = 2019;

/** Without ?year=, the last full year: the one whose report to the Commission is being prepared. */
export function defaultYear(now = new Date()): number {
  return now.getUTCFullYear() - 1;
}

/** The year asked for, the default when none is, or undefined when it is not a reporting year. */
export function pageYear(c: Context): number | undefined {
  const asked = c.req.query("year");
  if (asked === undefined || asked === "") return defaultYear();
  const year = Number(asked);
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
  labels: { year: string; show: string };
  /** The preview checkbox, where the page offers one. */
  preview?: { checked: boolean; label: string };
  /** Other parameters the page keeps (e.g. the donor a manager is looking at). */
  keep?: Record<string, string>;
};

/** A GET form: the year (newest first) and, where offered, the preview; it works without scripts. */
export function YearForm({ action, year, labels, preview, keep = {} }: YearFormProps) {
  const last = Math.max(new Date().getUTCFullYear(), year);
  const first = Math.min(FIRST_YEAR, year);
  const years = Array.from({ length: last - first + 1 }, (_, index) => last - index);
  return (
    <form method="get" action={action} class="no-print">
      {Object.entries(keep).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <label for="year">{labels.year}</label>
      <select id="year" name="year" class="year-select">
        {years.map((option) => (
          <option value={String(option)} selected={option === year}>
            {option}
          </option>
        ))}
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
  );
}
