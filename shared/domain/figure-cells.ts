// Which records a report's figure counts, told by the totals cell it reads: a figure carries its cell
// (and year and scope) rather than the ids of every record, and the drill-down lists the records
// whose own cells hold it. The same functions (activityCells, labCells) fill the totals, so a cell's
// records are exactly those its value adds up.
import { z } from "zod";
import type { Activity } from "./activity";
import { activityCells, type Cells, labCells } from "./aggregates";
import { isCountryCode } from "./countries";
import type { LabInput } from "./lab";
import { THEMES, type Theme } from "./vocabulary";

/**
 * A totals cell ("measure:practitionersTrained:participants", "country:KEN:activities"); a part
 * written `*` stands for any value there: "measure:practitionersTrained:country:*:activities" is
 * every activity counting trainees in a country it names (the countries of the practitioners trained).
 */
export const FigureCellSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_.*~-]+(:[A-Za-z0-9_.*~-]+)*$/, {
    error:
      "is not a totals cell: names and codes separated by colons, such as measure:practitionersTrained:participants",
  })
  .meta({ example: "measure:practitionersTrained:participants" });

/** The cells of labs: a figure of labs lists labs, any other lists activities. */
export function isLabCell(cell: string): boolean {
  return cell === "labs" || cell.startsWith("labType:") || cell.startsWith("labCountry:");
}

/** Whether a cell name is the cell, or one of those a `*` in it stands for. */
export function cellMatches(name: string, cell: string): boolean {
  if (!cell.includes("*")) return name === cell;
  const want = cell.split(":");
  const have = name.split(":");
  return want.length === have.length && want.every((part, index) => part === "*" || part === have[index]);
}

function holds(cells: Cells, cell: string): boolean {
  if (!cell.includes("*")) return (cells[cell] ?? 0) !== 0;
  return Object.entries(cells).some(([name, value]) => value !== 0 && cellMatches(name, cell));
}

/** Whether the activity adds to the cell: it is one of the records the figure counts. */
export function activityCountsIn(activity: Activity, cell: string): boolean {
  return holds(activityCells(activity), cell);
}

export function labCountsIn(lab: LabInput, cell: string): boolean {
  return holds(labCells(lab), cell);
}

/**
 * The narrowest key that holds every record of the cell: a country's links for a cell of one
 * country, a donor's for a donor's, the year's activities of one theme for a theme's, else the
 * year's. Its answer, filtered by the cell, is the cell's records.
 */
export type CellKey = { country: string } | { donor: string } | { theme: Theme } | Record<string, never>;

export function cellKey(cell: string): CellKey {
  const parts = cell.split(":");
  const after = (name: string) => {
    const index = parts.indexOf(name);
    return index >= 0 ? parts[index + 1] : undefined;
  };
  const country = after("country");
  // An activity is counted in a country's cells only if it names the country (attributedByCountry
  // attributes no one to a country the activity does not name), so its links hold them all.
  if (country && isCountryCode(country)) return { country };
  const donor = after("donor");
  if (donor && donor !== "*" && parts[0] === "donor") return { donor };
  const theme = after("theme");
  if (theme && (THEMES as readonly string[]).includes(theme)) return { theme: theme as Theme };
  return {};
}
