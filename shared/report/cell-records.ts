// Which records each total counts, so that every figure can link to them.
import { activityCells, labCells } from "../domain/aggregates";
import type { ReportInput } from "./report-input";

export type CellRecords = (cell: string) => string[];

export function cellRecords(input: Pick<ReportInput, "activities" | "labs">): CellRecords {
  const ids = new Map<string, string[]>();
  const note = (cells: Record<string, number>, id: string) => {
    for (const [name, value] of Object.entries(cells)) {
      if (value === 0) continue;
      // Appended in place: copying the list at each record made a large year quadratic.
      const list = ids.get(name);
      if (list) list.push(id);
      else ids.set(name, [id]);
    }
  };
  for (const activity of input.activities) note(activityCells(activity), activity.id);
  for (const lab of input.labs) note(labCells(lab), lab.id);
  return (cell) => ids.get(cell) ?? [];
}

/** Countries named by at least one counted activity. */
export function namedCountries(totals: Record<string, number>): string[] {
  return Object.entries(totals)
    .filter(([name, value]) => name.startsWith("country:") && name.endsWith(":activities") && value > 0)
    .map(([name]) => name.split(":")[1] as string)
    .sort();
}
