// The export files' columns and their writers (CSV, and Excel through exceljs), imported by the
// export routes on their first request, not at every cold start of the API.
import { stringify } from "csv-stringify/sync";
import type { Activity } from "../../domain/activity";
import { PROFESSIONS } from "../../domain/vocabulary";
import { outcomeText } from "../../language/activity-figures";
import { LANGUAGES } from "../../language/languages";
import { activityText } from "../../report/activity-text";
import { plainText } from "../../report/donor-summary";
import { counts } from "../../report/report-input";
import { COLUMNS as IMPORT_COLUMNS } from "../../spreadsheet/columns";

export { counts };

type Cell = string | number | undefined;
type Column = { header: string; width: number; value: (activity: Activity) => Cell };

const joined = (values: readonly string[]) => values.join(";") || undefined;

/** A donor's columns: codes rather than labels (kind, theme, ISO3 countries, M49 region), they sort, filter and join. */
const COLUMNS: Column[] = [
  { header: "id", width: 38, value: (a) => a.id },
  { header: "status", width: 11, value: (a) => a.status },
  { header: "kind", width: 20, value: (a) => a.kind },
  { header: "theme", width: 28, value: (a) => a.theme },
  { header: "title", width: 50, value: (a) => a.title },
  { header: "start_date", width: 12, value: (a) => a.startDate },
  { header: "end_date", width: 12, value: (a) => a.endDate },
  { header: "countries", width: 24, value: (a) => joined(a.countries) },
  { header: "region", width: 8, value: (a) => a.region },
  { header: "partners", width: 30, value: (a) => joined(a.partners) },
  { header: "donors", width: 20, value: (a) => joined(a.donors) },
  { header: "participants", width: 13, value: (a) => a.participants?.total },
  { header: "participants_qualifier", width: 14, value: (a) => a.participants?.qualifier },
  { header: "women", width: 9, value: (a) => a.participants?.bySex?.women },
  { header: "men", width: 9, value: (a) => a.participants?.bySex?.men },
  {
    header: "participants_by_country",
    width: 24,
    value: (a) =>
      joined(Object.entries(a.participants?.byCountry ?? {}).map(([country, count]) => `${country}:${count}`)),
  },
  ...PROFESSIONS.map((profession) => ({
    header: profession,
    width: Math.max(10, profession.length + 2),
    value: (a: Activity) => a.participants?.byProfession?.[profession],
  })),
  {
    header: "outcomes",
    width: 60,
    value: (a) => a.outcomes.map((outcome) => outcomeText(outcome, "en")).join("; ") || undefined,
  },
  { header: "source", width: 22, value: (a) => a.source && `${a.source.document}, ¶${a.source.paragraph}` },
];

/**
 * A year's file is the import template filled in: the import's columns under their keys (the
 * record's id as `id`, then its status, which the import passes over), each cell as the import reads
 * it back, so that the file imported into an empty table gives the same records and the same report.
 */
export const YEAR_COLUMNS: Column[] = [
  { header: "id", width: 38, value: (a) => a.id },
  { header: "status", width: 11, value: (a) => a.status },
  ...IMPORT_COLUMNS.filter((column) => column.key !== "reference").map((column) => ({
    header: column.key,
    width: column.width,
    value: (activity: Activity) => column.write?.(activity),
  })),
];

/**
 * A donor's file: its validated activities, without the status (always validated) or the other
 * donors of a co-funded activity, and with the narratives as its summary tells them.
 */
export const DONOR_COLUMNS: Column[] = [
  ...COLUMNS.filter((column) => column.header !== "status" && column.header !== "donors"),
  ...LANGUAGES.map((language) => ({
    header: `narrative_${language}`,
    width: 80,
    value: (a: Activity) => plainText(activityText(a, language)),
  })),
];

/** Excel runs a cell starting with one of these as a formula: such text is written with a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(columns: Column[], activities: Activity[]): string {
  const rows = activities.map((activity) =>
    columns.map((column) => {
      const value = column.value(activity);
      return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : (value ?? "");
    }),
  );
  // The byte order mark tells Excel the file is UTF-8, so accents and ¶ open right.
  return stringify([columns.map((column) => column.header), ...rows], { bom: true, record_delimiter: "windows" });
}

export async function toXlsx(
  columns: Column[],
  activities: Activity[],
  sheetName: string,
): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on first use: the library is large, and no other request should pay for it at cold start.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, key: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const activity of activities) sheet.addRow(columns.map((column) => column.value(activity) ?? null));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
