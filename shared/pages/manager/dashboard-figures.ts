// The dashboard's figures, read straight from a year's aggregate cells: one BatchGet, however many
// records. (The report's totalsTables would need every activity of the year read first.)
import { type Cells, cell } from "../../domain/aggregates";
import { type Language, regionChain, regionName } from "../../domain/countries";
import { THEMES } from "../../domain/vocabulary";
import { countryPhrase } from "../../language/country-phrases";
import { sexLabel, themeLabel } from "../../language/vocabulary-labels";
import { namedCountries } from "../../report/cell-records";
import type { TableRow } from "../charts";

/** How many countries the country chart shows; the table under it has them all. */
export const TOP_COUNTRIES = 15;

/** Regions are charted down to this level (0 region, 1 sub-region); the table goes deeper. */
const CHARTED_REGION_LEVEL = 1;

export type DashboardFigures = ReturnType<typeof dashboardFigures>;

export function dashboardFigures(cells: Cells, language: Language) {
  const count = (name: string) => cells[name] ?? 0;
  const collator = new Intl.Collator(language);
  const byValueThenName = (a: { label: string; value: number }, b: { label: string; value: number }) =>
    b.value - a.value || collator.compare(a.label, b.label);

  const countries = namedCountries(cells).map((iso3) => ({
    label: countryPhrase(iso3, language, "name"),
    value: count(cell.countryParticipants(iso3)),
    activities: count(cell.countryActivities(iso3)),
  }));
  const participants = count(cell.participants);
  const women = count(cell.sex("women"));
  const men = count(cell.sex("men"));
  const regions = regionRows(cells, language, byValueThenName);

  return {
    cards: {
      participants,
      practitioners: count(cell.practitionersTrained),
      countries: countries.length,
      unnamedCountries: count(cell.unnamedCountries),
      activities: count(cell.activities),
      labs: count(cell.labs),
    },
    themes: THEMES.map((theme) => ({
      label: themeLabel(theme, language),
      value: count(cell.themeParticipants(theme)),
      activities: count(cell.themeActivities(theme)),
    })),
    regions: {
      bars: regions.filter((row) => row.level <= CHARTED_REGION_LEVEL),
      rows: regions.map((row) => ({ label: row.label, values: [row.value, row.activities], level: row.level })),
    },
    countries: {
      top: [...countries].sort(byValueThenName).slice(0, TOP_COUNTRIES),
      all: [...countries]
        .sort((a, b) => collator.compare(a.label, b.label))
        .map((row): TableRow => ({ label: row.label, values: [row.value, row.activities] })),
    },
    // Whoever is neither counted as a woman nor as a man: recorded as such, or not broken down.
    sexes: [
      { label: sexLabel("women", language), value: women },
      { label: sexLabel("men", language), value: men },
      { label: sexLabel("notRecorded", language), value: Math.max(0, participants - women - men) },
    ],
  };
}

type RegionRow = { code: string; label: string; value: number; activities: number; level: number };

/** M49 groupings as a tree, largest first at each level: region, sub-region, intermediate region. */
function regionRows(cells: Cells, language: Language, order: (a: RegionRow, b: RegionRow) => number): RegionRow[] {
  const codes = Object.keys(cells)
    .filter((name) => name.startsWith("region:") && name.endsWith(":participants"))
    .map((name) => name.split(":")[1] as string);
  const present = new Set(codes);
  // An activity adds to every grouping above its countries, so a parent is normally present; one
  // that is not (a stated region alone) is shown at the top rather than lost.
  const parentOf = (code: string) =>
    regionChain(code)
      .slice(1)
      .find((parent) => present.has(parent));
  const row = (code: string, level: number): RegionRow => ({
    code,
    label: regionName(code, language),
    value: cells[cell.regionParticipants(code)] ?? 0,
    activities: cells[cell.regionActivities(code)] ?? 0,
    level,
  });
  const below = (parent: string | undefined, level: number): RegionRow[] =>
    codes
      .filter((code) => parentOf(code) === parent)
      .map((code) => row(code, level))
      .sort(order)
      .flatMap((region) => [region, ...below(region.code, level + 1)]);
  return below(undefined, 0);
}
