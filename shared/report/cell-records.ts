// How a figure read from a totals cell is traced to its records: the cell, and the drill-down that
// lists the records whose own cells hold it (GET /reports/annual/{year}/records).
import type { Trace } from "./model";

export type CellTrace = (cell: string) => Trace;

/** The drill-down of a totals cell of the year (validated records, or with submitted ones in a preview). */
export function drillDownPath(year: number, cell: string, preview: boolean): string {
  const query = new URLSearchParams({ cell, ...(preview && { preview: "true" }) });
  return `/reports/annual/${year}/records?${query}`;
}

export function cellTrace(year: number, preview: boolean): CellTrace {
  return (cell) => ({ cell, drillDown: drillDownPath(year, cell, preview) });
}

/** Countries named by at least one counted activity. */
export function namedCountries(totals: Record<string, number>): string[] {
  return Object.entries(totals)
    .filter(([name, value]) => name.startsWith("country:") && name.endsWith(":activities") && value > 0)
    .map(([name]) => name.split(":")[1] as string)
    .sort();
}
