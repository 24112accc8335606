// The years side by side: one measure of people by thematic area, the countries it names and the
// activities by thematic area, a column per year, each read from that year's totals cells (one
// BatchGet a year). Measures are never added: the table holds the one measure chosen.
import { type Cells, cell } from "../../domain/aggregates";
import { measureFigures } from "../../domain/measure-figures";
import type { Measure } from "../../domain/measures";
import type { Qualified } from "../../domain/qualifiers";
import { THEMES } from "../../domain/vocabulary";
import type { Language } from "../../language/languages";
import { themeLabel } from "../../language/vocabulary-labels";
import type { TableRow } from "../charts";
import { chosenMeasure } from "../measure-labels";

export type YearCells = { year: number; cells: Cells };

const NONE: Qualified = { value: 0, qualifier: "exact" };

export function yearsSideBySide(
  years: readonly YearCells[],
  language: Language,
  asked: string | undefined,
  total: string,
) {
  const perYear = years.map(({ year, cells }) => ({ year, cells, measures: measureFigures(cells) }));
  const present = [...new Set(perYear.flatMap((entry) => entry.measures.map((figures) => figures.measure)))];
  const measure: Measure | undefined = chosenMeasure(present, asked);
  const chosen = perYear.map((entry) => entry.measures.find((figures) => figures.measure === measure));
  const count = (cells: Cells, name: string) => cells[name] ?? 0;
  const themes = THEMES.filter((theme) => perYear.some(({ cells }) => count(cells, cell.themeActivities(theme)) > 0));
  const people: TableRow[] = [
    ...themes.map((theme) => ({
      label: themeLabel(theme, language),
      values: chosen.map((figures) => figures?.byTheme.find((row) => row.theme === theme)?.value ?? NONE),
    })),
    { label: total, values: chosen.map((figures) => figures?.total ?? NONE), kind: "total" as const },
  ];
  const activities: TableRow[] = [
    ...themes.map((theme) => ({
      label: themeLabel(theme, language),
      values: perYear.map(({ cells }) => count(cells, cell.themeActivities(theme))),
    })),
    { label: total, values: perYear.map(({ cells }) => count(cells, cell.activities)), kind: "total" as const },
  ];
  return {
    years: perYear.map((entry) => entry.year),
    present,
    measure,
    people,
    /** The countries the measure names each year, and those its sources count without naming. */
    countries: chosen.map((figures) => ({
      named: figures?.countries.length ?? 0,
      unnamed: figures?.unnamedCountries ?? 0,
    })),
    activities,
    /** Each year's total of the measure, for the chart. */
    totals: chosen.map((figures) => figures?.total ?? NONE),
  };
}
