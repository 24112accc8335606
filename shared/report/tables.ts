// The totals tables of the report, read from the year's aggregate cells.
import { cell } from "../domain/aggregates";
import { regionName } from "../domain/countries";
import { ACTIVITY_KINDS, PROFESSIONS, type Profession, SEXES, THEMES } from "../domain/vocabulary";
import { countryPhrase } from "../language/country-phrases";
import { formatNumber } from "../language/numbers";
import { professionPhrase } from "../language/professions";
import { kindLabel, sexLabel, themeLabel } from "../language/vocabulary-labels";
import type { CellRecords } from "./cell-records";
import { namedCountries } from "./cell-records";
import { REPORT_LABELS } from "./labels";
import type { TotalsTable } from "./model";
import type { ReportInput } from "./report-input";

type Row = { label: string; cells: string[] };

export function totalsTables(input: ReportInput, records: CellRecords): TotalsTable[] {
  const { language, totals } = input;
  const labels = REPORT_LABELS[language];
  const value = (name: string) => ({
    text: formatNumber(totals[name] ?? 0, language),
    value: totals[name] ?? 0,
    records: records(name),
  });
  const collator = new Intl.Collator(language);
  const byName = (rows: Row[]) => rows.sort((a, b) => collator.compare(a.label, b.label));
  const table = (id: keyof typeof labels.tables, columns: string[], rows: Row[]): TotalsTable => ({
    id,
    caption: labels.tables[id],
    columns,
    rows: rows
      .filter((row) => row.cells.some((name) => (totals[name] ?? 0) !== 0))
      .map((row) => ({ label: row.label, cells: row.cells.map(value) })),
  });
  const both = [labels.columns.participants, labels.columns.activities];
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const regions = Object.keys(totals)
    .filter((name) => name.startsWith("region:") && name.endsWith(":activities"))
    .map((name) => name.split(":")[1] as string)
    .sort();
  const labCountries = Object.keys(totals)
    .filter((name) => name.startsWith("labCountry:"))
    .map((name) => name.split(":")[1] as string)
    .sort();

  return [
    table(
      "theme",
      both,
      THEMES.map((theme) => ({
        label: themeLabel(theme, language),
        cells: [cell.themeParticipants(theme), cell.themeActivities(theme)],
      })),
    ),
    table(
      "region",
      both,
      byName(
        regions.map((m49) => ({
          label: regionName(m49, language),
          cells: [cell.regionParticipants(m49), cell.regionActivities(m49)],
        })),
      ),
    ),
    table(
      "country",
      both,
      byName(
        namedCountries(totals).map((iso3) => ({
          label: countryPhrase(iso3, language, "name"),
          cells: [cell.countryParticipants(iso3), cell.countryActivities(iso3)],
        })),
      ),
    ),
    table(
      "profession",
      [labels.columns.participants],
      PROFESSIONS.map((profession: Profession) => ({
        label: capitalised(professionPhrase(profession, 2, language)),
        cells: [cell.profession(profession)],
      })),
    ),
    table(
      "sex",
      [labels.columns.participants],
      SEXES.map((sex) => ({ label: capitalised(sexLabel(sex, language)), cells: [cell.sex(sex)] })),
    ),
    table(
      "kind",
      [labels.columns.activities, labels.columns.participants],
      ACTIVITY_KINDS.map((kind) => ({
        label: kindLabel(kind, language),
        cells: [cell.kind(kind), cell.kindParticipants(kind)],
      })),
    ),
    table(
      "labs",
      [labels.columns.labs],
      byName(
        labCountries.map((iso3) => ({ label: countryPhrase(iso3, language, "name"), cells: [cell.labCountry(iso3)] })),
      ),
    ),
  ];
}
