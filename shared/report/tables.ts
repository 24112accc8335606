// The totals tables of the report's annex, read from the year's aggregate cells: for each measure
// of people, its breakdowns, each with the row that makes it add up to the measure's total and a
// note saying what the measure is and how much of it a split covers; then the counts.
import { cell } from "../domain/aggregates";
import { regionName } from "../domain/countries";
import { type MeasureFigures, measureFigures } from "../domain/measure-figures";
import { type Qualified, sumQualified } from "../domain/qualifiers";
import { ACTIVITY_KINDS } from "../domain/vocabulary";
import { countryPhrase } from "../language/country-phrases";
import { formatNumber, formatQualified } from "../language/numbers";
import { professionPhrase } from "../language/professions";
import { languageTable } from "../language/tables";
import { kindLabel, sexLabel, themeLabel } from "../language/vocabulary-labels";
import { type CellTrace, namedCountries } from "./cell-records";
import { REPORT_LABELS } from "./labels";
import type { TotalsTable } from "./model";
import type { ReportInput } from "./report-input";

type Cell = TotalsTable["rows"][number]["cells"][number];

export function totalsTables(input: ReportInput, trace: CellTrace): TotalsTable[] {
  const { language, totals } = input;
  const labels = REPORT_LABELS[language];
  const words = languageTable(language);
  const collator = new Intl.Collator(language);
  const byLabel = <T extends { label: string }>(rows: T[]) => rows.sort((a, b) => collator.compare(a.label, b.label));
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const people = (value: Qualified, name: string): Cell => ({
    text: formatQualified(value, language),
    value: value.value,
    qualifier: value.qualifier,
    trace: trace(name),
  });
  const count = (name: string): Cell => ({
    text: formatNumber(totals[name] ?? 0, language),
    value: totals[name] ?? 0,
    ...((totals[name] ?? 0) !== 0 && { trace: trace(name) }),
  });
  const coverage = (covered: Qualified, total: Qualified) =>
    labels.covers(formatQualified(covered, language), formatQualified(total, language));

  const tablesOf = (figures: MeasureFigures): TotalsTable[] => {
    const { measure, total } = figures;
    const name = words.measures[measure].name;
    type Part = { label: string; value: Qualified; cell: string };
    /**
     * One breakdown of the measure: its parts, then the rest of the total that they leave (with
     * how much of the total they cover), or, where the parts always make the whole, the measure's
     * definition. A breakdown that covers nobody says only that nothing was recorded: left out.
     */
    const breakdown = (
      kind: "theme" | "country" | "region" | "profession" | "sex",
      parts: Part[],
      rest?: { label: string; value: Qualified; covered?: Qualified },
    ): TotalsTable[] => {
      const covered = rest?.covered ?? sumQualified(parts.map((part) => part.value));
      if (covered.value === 0) return [];
      const shown = [...parts, ...(rest ? [{ ...rest, cell: cell.measure(measure) }] : [])];
      return [
        {
          id: `${measure}-${kind}`,
          caption: labels.tables[kind](name),
          note: rest ? coverage(covered, total) : words.measures[measure].definition,
          columns: [labels.columns.participants],
          rows: shown
            .filter((part) => part.value.value > 0)
            .map((part) => ({ label: part.label, cells: [people(part.value, part.cell)] })),
        },
      ];
    };
    return [
      ...breakdown(
        "theme",
        figures.byTheme.map((row) => ({
          label: themeLabel(row.theme, language),
          value: row.value,
          cell: cell.measureTheme(measure, row.theme),
        })),
      ),
      ...breakdown(
        "country",
        byLabel(
          figures.byCountry.map((row) => ({
            label: countryPhrase(row.country, language, "name"),
            value: row.value,
            cell: cell.measureCountry(measure, row.country),
          })),
        ),
        { label: words.unattributed.country, value: figures.notAttributedToCountry },
      ),
      ...breakdown(
        "region",
        figures.byRegion.map((row) => ({
          label: regionName(row.region, language),
          value: row.value,
          cell: cell.measureRegion(measure, row.region),
        })),
        {
          label: words.unattributed.region,
          value: figures.notAttributedToRegion,
          // Sub-regions repeat their region's people: the regions alone say what is covered.
          covered: sumQualified(figures.byRegion.filter((row) => row.level === 0).map((row) => row.value)),
        },
      ),
      ...breakdown(
        "profession",
        figures.byProfession.map((row) => ({
          label: capitalised(professionPhrase(row.profession, 2, language)),
          value: row.value,
          cell: cell.measureProfession(measure, row.profession),
        })),
        { label: words.unattributed.profession, value: figures.professionNotRecorded },
      ),
      ...breakdown(
        "sex",
        (["women", "men"] as const).map((sex) => ({
          label: sexLabel(sex, language),
          value: figures.bySex[sex],
          cell: cell.measureSex(measure, sex),
        })),
        { label: sexLabel("notRecorded", language), value: figures.bySex.notRecorded },
      ),
    ];
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
