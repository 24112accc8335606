// The dashboard's figures, read straight from a year's aggregate cells: one BatchGet, however many
// records. People are counted per measure only (measureFigures, the reading the report shares), each
// figure with its qualifier; the charts and tables by region and country show one measure at a time,
// with the row that makes their column add up to the measure's total.
import { type Cells, cell } from "../../domain/aggregates";
import { type Language, regionName } from "../../domain/countries";
import { type MeasureFigures, measureFigures } from "../../domain/measure-figures";
import type { PublishedFigure } from "../../domain/published-figure";
import { type Qualified, sumQualified } from "../../domain/qualifiers";
import { THEMES } from "../../domain/vocabulary";
import { countryPhrase } from "../../language/country-phrases";
import { languageTable } from "../../language/tables";
import { sexLabel, themeLabel } from "../../language/vocabulary-labels";
import type { BarRow, TableRow } from "../charts";
import { chosenMeasure } from "../measure-labels";

/** How many countries the country chart shows; the table under it has them all. */
export const TOP_COUNTRIES = 15;

/** Regions are charted down to this level (0 region, 1 sub-region); the table goes deeper. */
const CHARTED_REGION_LEVEL = 1;

const NONE: Qualified = { value: 0, qualifier: "exact" };

const bar = (label: string, value: Qualified, level?: number): BarRow => ({
  label,
  value: value.value,
  qualifier: value.qualifier,
  level,
});

/** Where the official figures of the year sit: the indicator each card is the record's figure of. */
export type OfficialFigures = { practitionersTrained: PublishedFigure[]; countries: PublishedFigure[] };

export type DashboardFigures = ReturnType<typeof dashboardFigures>;

export function dashboardFigures(
  cells: Cells,
  language: Language,
  options: { measure?: string; published?: readonly PublishedFigure[]; total: string },
) {
  const count = (name: string) => cells[name] ?? 0;
  const collator = new Intl.Collator(language);
  const byValueThenName = (a: BarRow, b: BarRow) => b.value - a.value || collator.compare(a.label, b.label);
  const measures = measureFigures(cells);
  const present = measures.map((figures) => figures.measure);
  const measure = chosenMeasure(present, options.measure);
  const chosen = measures.find((figures) => figures.measure === measure);
  const practitioners = measures.find((figures) => figures.measure === "practitionersTrained");
  const published = options.published ?? [];
  const official: OfficialFigures = {
    practitionersTrained: published.filter((figure) => figure.indicator === "practitioners_trained"),
    countries: published.filter((figure) => figure.indicator === "countries_reached"),
  };
  const namedCountries = Object.keys(cells).filter(
    (name) => name.startsWith("country:") && name.endsWith(":activities") && (cells[name] ?? 0) > 0,
  ).length;

  // A table of one measure has its total last, where the "not attributed" row leads.
  const totalRow = (figures: MeasureFigures, width: number): TableRow => ({
    label: options.total,
    values: [figures.total, ...Array.from({ length: width - 1 }, () => undefined)],
    kind: "total",
  });

  const themeRows = THEMES.filter((theme) => count(cell.themeActivities(theme)) > 0).map((theme) => ({
    theme,
    label: themeLabel(theme, language),
    values: measures.map((figures) => figures.byTheme.find((row) => row.theme === theme)?.value ?? NONE),
    activities: count(cell.themeActivities(theme)),
  }));

  return {
    measures,
    measure,
    chosen,
    official,
    cards: {
      activities: count(cell.activities),
      labs: count(cell.labs),
      // The countries of the practitioners trained, as E/CN.15/2020/12 counts them (¶18); without
      // trainings, the countries the year's activities name.
      countries: practitioners
        ? {
            of: "practitionersTrained" as const,
            value: practitioners.countries.length,
            unnamed: practitioners.unnamedCountries,
          }
        : { of: "activities" as const, value: namedCountries, unnamed: count(cell.unnamedCountries) },
      practitionersShown: practitioners !== undefined || official.practitionersTrained.length > 0,
    },
    themes: {
      bars: chosen
        ? themeRows
            .map((row) => bar(row.label, chosen.byTheme.find((part) => part.theme === row.theme)?.value ?? NONE))
            .filter((row) => row.value > 0)
        : [],
      rows: themeRows.map((row): TableRow => ({ label: row.label, values: [...row.values, row.activities] })),
    },
    regions: chosen ? regionFigures(chosen, cells, language, totalRow) : { bars: [], rows: [] },
    countries: chosen ? countryFigures(chosen, cells, language, collator, byValueThenName, totalRow) : undefined,
    sexes: sexFigures(measures, chosen, language, options.total),
  };
}

function regionFigures(
  figures: MeasureFigures,
  cells: Cells,
  language: Language,
  totalRow: (figures: MeasureFigures, width: number) => TableRow,
) {
  // The domain gives the groupings as a tree: region, sub-region, intermediate region.
  const tree = figures.byRegion.map((row) => ({ ...row, label: regionName(row.region, language) }));
  const remainder = figures.notAttributedToRegion;
  const unattributed = languageTable(language).unattributed.region;
  return {
    bars: [
      ...tree.filter((row) => row.level <= CHARTED_REGION_LEVEL).map((row) => bar(row.label, row.value, row.level)),
      ...(remainder.value > 0 ? [bar(unattributed, remainder)] : []),
    ],
    rows: [
      ...tree.map(
        (row): TableRow => ({
          label: row.label,
          values: [row.value, cells[cell.regionActivities(row.region)] ?? 0],
          level: row.level,
        }),
      ),
      { label: unattributed, values: [remainder, undefined], kind: "remainder" as const },
      totalRow(figures, 2),
    ],
  };
}

function countryFigures(
  figures: MeasureFigures,
  cells: Cells,
  language: Language,
  collator: Intl.Collator,
  order: (a: BarRow, b: BarRow) => number,
  totalRow: (figures: MeasureFigures, width: number) => TableRow,
) {
  const attributed = new Map(figures.byCountry.map((row) => [row.country, row.value]));
  const name = (iso3: string) => countryPhrase(iso3, language, "name");
  const remainder = figures.notAttributedToCountry;
  const unattributed = languageTable(language).unattributed.country;
  const top = figures.byCountry
    .map((row) => bar(name(row.country), row.value))
    .sort(order)
    .slice(0, TOP_COUNTRIES);
  return {
    /** The countries with the most, then those not attributed to one, as a bar of their own. */
    top,
    bars: [...top, ...(remainder.value > 0 ? [bar(unattributed, remainder)] : [])],
    /** Countries of the measure, then the rest and the total: a country none are attributed to shows a dash. */
    all: [
      ...figures.countries
        .map((iso3) => ({ iso3, label: name(iso3) }))
        .sort((a, b) => collator.compare(a.label, b.label))
        .map(
          ({ iso3, label }): TableRow => ({
            label,
            values: [attributed.get(iso3) ?? "—", cells[cell.countryActivities(iso3)] ?? 0],
          }),
        ),
      { label: unattributed, values: [remainder, undefined], kind: "remainder" },
      totalRow(figures, 2),
    ] satisfies TableRow[],
    /** What the map shades: each country's attributed figure, and every country the measure names. */
    attributed,
    named: figures.countries,
    /** Countries named by the measure's activities, and none of whose people the records attribute to them alone. */
    unattributedCountries: figures.countries.filter((iso3) => !attributed.has(iso3)).length,
  };
}

/** Women, men and the rest of each measure's total, and how much of it the splits by sex cover. */
function sexFigures(measures: MeasureFigures[], chosen: MeasureFigures | undefined, language: Language, total: string) {
  const sexes = ["women", "men", "notRecorded"] as const;
  return {
    // No chart where no one of the measure is recorded as a woman or a man: a bar of "Not recorded"
    // alone says nothing the note under the heading does not.
    bars:
      chosen && chosen.bySex.women.value + chosen.bySex.men.value > 0
        ? sexes.map((sex) => bar(sexLabel(sex, language), chosen.bySex[sex]))
        : [],
    rows: [
      ...sexes.map(
        (sex): TableRow => ({
          label: sexLabel(sex, language),
          values: measures.map((figures) => figures.bySex[sex]),
          kind: sex === "notRecorded" ? "remainder" : undefined,
        }),
      ),
      { label: total, values: measures.map((figures) => figures.total), kind: "total" as const },
    ] satisfies TableRow[],
    /** The measures a split by sex covers only part of, with how much. */
    partial: measures
      .filter((figures) => figures.bySex.notRecorded.value > 0)
      .map((figures) => ({
        measure: figures.measure,
        covered: sumQualified([figures.bySex.women, figures.bySex.men]),
        total: figures.total,
      })),
  };
}
