// A year's figures of each measure of people, read from its totals cells: the one reading the
// report, the dashboard and the donor summary share, so that they cannot disagree. Every
// breakdown has the row that makes it add up to the measure's total.
import { type Cells, cell, qualified, remainder } from "./aggregates";
import { regionChain } from "./countries";
import { MEASURES, type Measure } from "./measures";
import type { Qualified } from "./qualifiers";
import { PROFESSIONS, type Profession, THEMES, type Theme } from "./vocabulary";

export type RegionFigure = { region: string; value: Qualified; level: number; parent?: string };

export type MeasureFigures = {
  measure: Measure;
  total: Qualified;
  /** Activities that count someone in the measure. */
  activities: number;
  /** Countries the measure's activities name, and how many they count without naming. */
  countries: string[];
  unnamedCountries: number;
  byTheme: { theme: Theme; value: Qualified }[];
  /** Participants the records attribute to each country; the rest is not attributed to one. */
  byCountry: { country: string; value: Qualified }[];
  notAttributedToCountry: Qualified;
  /**
   * The same by M49 grouping, as a tree: each region (level 0), then its sub-regions, largest
   * first at each level (by M49 code where equal).
   */
  byRegion: RegionFigure[];
  notAttributedToRegion: Qualified;
  byProfession: { profession: Profession; value: Qualified }[];
  professionNotRecorded: Qualified;
  /** Women and men where recorded; "not recorded" is the rest of the total, however it came. */
  bySex: { women: Qualified; men: Qualified; notRecorded: Qualified };
};

function keysOf(cells: Cells, prefix: string, suffix: string): string[] {
  return Object.keys(cells)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && (cells[name] ?? 0) > 0)
    .map((name) => name.slice(prefix.length, -suffix.length));
}

export function figuresOfMeasure(cells: Cells, measure: Measure): MeasureFigures {
  const total = qualified(cells, cell.measure(measure));
  const byCountry = keysOf(cells, `measure:${measure}:country:`, ":participants")
    .sort()
    .map((country) => ({ country, value: qualified(cells, cell.measureCountry(measure, country)) }));
  const regions = keysOf(cells, `measure:${measure}:region:`, ":participants").sort();
  const present = new Set(regions);
  const parentOf = (code: string) =>
    regionChain(code)
      .slice(1)
      .find((parent) => present.has(parent));
  const levelOf = (code: string): number => {
    const parent = parentOf(code);
    return parent === undefined ? 0 : levelOf(parent) + 1;
  };
  const groupings: RegionFigure[] = regions.map((region) => ({
    region,
    value: qualified(cells, cell.measureRegion(measure, region)),
    level: levelOf(region),
    parent: parentOf(region),
  }));
  const below = (parent: string | undefined): RegionFigure[] =>
    groupings
      .filter((row) => row.parent === parent)
      .sort((a, b) => b.value.value - a.value.value || a.region.localeCompare(b.region))
      .flatMap((row) => [row, ...below(row.region)]);
  const byRegion = below(undefined);
  const byProfession = PROFESSIONS.map((profession) => ({
    profession,
    value: qualified(cells, cell.measureProfession(measure, profession)),
  })).filter((row) => row.value.value > 0);
  const women = qualified(cells, cell.measureSex(measure, "women"));
  const men = qualified(cells, cell.measureSex(measure, "men"));
  return {
    measure,
    total,
    activities: cells[cell.measureActivities(measure)] ?? 0,
    countries: keysOf(cells, `measure:${measure}:country:`, ":activities").sort(),
    unnamedCountries: cells[cell.measureUnnamedCountries(measure)] ?? 0,
    byTheme: THEMES.map((theme) => ({ theme, value: qualified(cells, cell.measureTheme(measure, theme)) })).filter(
      (row) => row.value.value > 0,
    ),
    byCountry,
    notAttributedToCountry: remainder(
      total,
      byCountry.map((row) => row.value),
    ),
    byRegion,
    notAttributedToRegion: remainder(
      total,
      byRegion.filter((row) => row.level === 0).map((row) => row.value),
    ),
    byProfession,
    professionNotRecorded: remainder(
      total,
      byProfession.map((row) => row.value),
    ),
    bySex: { women, men, notRecorded: remainder(total, [women, men]) },
  };
}

/** The figures of every measure that counts someone this year, in the measures' order. */
export function measureFigures(cells: Cells): MeasureFigures[] {
  return MEASURES.map((measure) => figuresOfMeasure(cells, measure)).filter((figures) => figures.total.value > 0);
}
