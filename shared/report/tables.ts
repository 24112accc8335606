// The totals tables of the report's annex, read from the year's aggregate cells: for each measure
// of people, its breakdowns, each with the row that makes it add up to the measure's total and a
// note saying what the measure is and how much of it a split covers; then the counts.
import { cell } from "../domain/aggregates";
import { regionName } from "../domain/countries";
import { type MeasureFigures, measureFigures } from "../domain/measure-figures";
import { type Qualified, sumQualified } from "../domain/qualifiers";
import { ACTIVITY_KINDS } from "../domain/vocabulary";
import { countryPhrase } from "../language/country-phrases";
import { formatCount, formatNumber } from "../language/numbers";
import { professionPhrase } from "../language/professions";
import { languageTable } from "../language/tables";
import { kindLabel, sexLabel, themeLabel } from "../language/vocabulary-labels";
import type { CellRecords } from "./cell-records";
import { namedCountries } from "./cell-records";
import { REPORT_LABELS } from "./labels";
import type { TotalsTable } from "./model";
import type { ReportInput } from "./report-input";

type Cell = TotalsTable["rows"][number]["cells"][number];
type Row = TotalsTable["rows"][number];

export function totalsTables(input: ReportInput, records: CellRecords): TotalsTable[] {
  const { language, totals } = input;
  const labels = REPORT_LABELS[language];
  const words = languageTable(language);
  const collator = new Intl.Collator(language);
  const byLabel = <T extends { label: string }>(rows: T[]) => rows.sort((a, b) => collator.compare(a.label, b.label));
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const people = (value: Qualified, ids: string[]): Cell => ({
    text: formatCount(value.value, value.qualifier, language),
    value: value.value,
    qualifier: value.qualifier,
    records: ids,
  });
  const count = (name: string): Cell => ({
    text: formatNumber(totals[name] ?? 0, language),
    value: totals[name] ?? 0,
    records: records(name),
  });
  const coverage = (covered: Qualified, total: Qualified) =>
    labels.covers(
      formatCount(covered.value, covered.qualifier, language),
      formatCount(total.value, total.qualifier, language),
    );

  const tablesOf = (figures: MeasureFigures): TotalsTable[] => {
    const { measure, total } = figures;
    const name = words.measures[measure].name;
    const everyone = records(cell.measure(measure));
    const column = [labels.columns.participants];
    const remainderRow = (label: string, value: Qualified): Row[] =>
      value.value > 0 ? [{ label, cells: [people(value, everyone)] }] : [];
    const attributed = sumQualified(figures.byCountry.map((row) => row.value));
    const bySex = sumQualified([figures.bySex.women, figures.bySex.men]);
    const byProfession = sumQualified(figures.byProfession.map((row) => row.value));

    const tables: { covered?: Qualified; table: TotalsTable }[] = [
      {
        table: {
          id: `${measure}-theme`,
          caption: labels.tables.theme(name),
          note: words.measures[measure].definition,
          columns: column,
          rows: figures.byTheme.map((row) => ({
            label: themeLabel(row.theme, language),
            cells: [people(row.value, records(cell.measureTheme(measure, row.theme)))],
          })),
        },
      },
      {
        covered: attributed,
        table: {
          id: `${measure}-country`,
          caption: labels.tables.country(name),
          note: coverage(attributed, total),
          columns: column,
          rows: [
            ...byLabel(
              figures.byCountry.map((row) => ({
                label: countryPhrase(row.country, language, "name"),
                cells: [people(row.value, records(cell.measureCountry(measure, row.country)))],
              })),
            ),
            ...remainderRow(words.unattributed.country, figures.notAttributedToCountry),
          ],
        },
      },
      {
        covered: attributed,
        table: {
          id: `${measure}-region`,
          caption: labels.tables.region(name),
          columns: column,
          rows: [
            ...regionRows(figures, language).map((row) => ({
              label: row.label,
              cells: [people(row.value, records(cell.measureRegion(measure, row.region)))],
            })),
            ...remainderRow(words.unattributed.region, figures.notAttributedToRegion),
          ],
        },
      },
      {
        covered: byProfession,
        table: {
          id: `${measure}-profession`,
          caption: labels.tables.profession(name),
          note: coverage(byProfession, total),
          columns: column,
          rows: [
            ...figures.byProfession.map((row) => ({
              label: capitalised(professionPhrase(row.profession, 2, language)),
              cells: [people(row.value, records(cell.measureProfession(measure, row.profession)))],
            })),
            ...remainderRow(words.unattributed.profession, figures.professionNotRecorded),
          ],
        },
      },
      {
        covered: bySex,
        table: {
          id: `${measure}-sex`,
          caption: labels.tables.sex(name),
          note: coverage(bySex, total),
          columns: column,
          rows: [
            { label: sexLabel("women", language), value: figures.bySex.women, name: cell.measureSex(measure, "women") },
            { label: sexLabel("men", language), value: figures.bySex.men, name: cell.measureSex(measure, "men") },
            { label: sexLabel("notRecorded", language), value: figures.bySex.notRecorded, name: cell.measure(measure) },
          ]
            .filter((row) => row.value.value > 0)
            .map((row) => ({ label: row.label, cells: [people(row.value, records(row.name))] })),
        },
      },
    ];
    return (
      tables
        // A split that covers nobody says only that nothing was recorded: its table is left out.
        .filter(({ covered, table }) => table.rows.length > 0 && (covered === undefined || covered.value > 0))
        .map(({ table }) => table)
    );
  };

  const countTable = (
    id: keyof typeof labels.tables,
    columns: string[],
    rows: { label: string; cells: string[] }[],
  ) => ({
    id,
    caption: labels.tables[id] as string,
    columns,
    rows: rows
      .filter((row) => row.cells.some((name) => (totals[name] ?? 0) !== 0))
      .map((row) => ({ label: row.label, cells: row.cells.map(count) })),
  });
  const labCountries = Object.keys(totals)
    .filter((name) => name.startsWith("labCountry:"))
    .map((name) => name.split(":")[1] as string);

  return [
    ...measureFigures(totals).flatMap(tablesOf),
    countTable(
      "countryActivities",
      [labels.columns.activities],
      byLabel(
        namedCountries(totals).map((iso3) => ({
          label: countryPhrase(iso3, language, "name"),
          cells: [cell.countryActivities(iso3)],
        })),
      ),
    ),
    countTable(
      "kind",
      [labels.columns.activities],
      ACTIVITY_KINDS.map((kind) => ({ label: kindLabel(kind, language), cells: [cell.kind(kind)] })),
    ),
    countTable(
      "labs",
      [labels.columns.labs],
      byLabel(
        labCountries.map((iso3) => ({ label: countryPhrase(iso3, language, "name"), cells: [cell.labCountry(iso3)] })),
      ),
    ),
  ].filter((table) => table.rows.length > 0);
}

/** A measure's regions as a tree: each region, then its sub-regions, largest first at each level. */
function regionRows(figures: MeasureFigures, language: ReportInput["language"]) {
  const below = (parent: string | undefined): { region: string; label: string; value: Qualified; level: number }[] =>
    figures.byRegion
      .filter((row) => row.parent === parent)
      .sort((a, b) => b.value.value - a.value.value || a.region.localeCompare(b.region))
      .flatMap((row) => [
        { region: row.region, label: regionName(row.region, language), value: row.value, level: row.level },
        ...below(row.region),
      ]);
  return below(undefined);
}
