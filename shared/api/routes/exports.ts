// Routes for spreadsheets: a year's counted activities (managers, CSV or Excel) and the validated
// activities a donor funds (CSV), one row per activity.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { assertCanExportActivities } from "../../auth/policy";
import type { Activity } from "../../domain/activity";
import { IdSchema } from "../../domain/common";
import { PROFESSIONS } from "../../domain/vocabulary";
import type { AppEnv, Deps } from "../../http/context";
import { outcomeText } from "../../language/activity-figures";
import { LANGUAGES } from "../../language/languages";
import { activityText } from "../../report/activity-text";
import { plainText } from "../../report/donor-summary";
import { counts } from "../../report/report-input";
import { COLUMNS as IMPORT_COLUMNS } from "../../spreadsheet/columns";
import { allActivities } from "../../use-cases/activities";
import { donorYear } from "../../use-cases/reports";
import { ErrorSchema, validationHook } from "../errors";
import { gate } from "../gate";

const tags = ["Exports"];
const YearSchema = z.coerce.number().int().min(2000).max(2100);
const CSV_TYPE = "text/csv; charset=utf-8";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const ActivitiesQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"]).default("csv"),
  preview: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true")
    .meta({ description: "Submitted activities too, as the report's preview counts them" }),
});

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
const YEAR_COLUMNS: Column[] = [
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
const DONOR_COLUMNS: Column[] = [
  ...COLUMNS.filter((column) => column.header !== "status" && column.header !== "donors"),
  ...LANGUAGES.map((language) => ({
    header: `narrative_${language}`,
    width: 80,
    value: (a: Activity) => plainText(activityText(a, language)),
  })),
];

/** Excel runs a cell starting with one of these as a formula: such text is written with a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

function toCsv(columns: Column[], activities: Activity[]): string {
  const rows = activities.map((activity) =>
    columns.map((column) => {
      const value = column.value(activity);
      return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : (value ?? "");
    }),
  );
  // The byte order mark tells Excel the file is UTF-8, so accents and ¶ open right.
  return stringify([columns.map((column) => column.header), ...rows], { bom: true, record_delimiter: "windows" });
}

async function toXlsx(columns: Column[], activities: Activity[], sheetName: string): Promise<Uint8Array<ArrayBuffer>> {
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

const fileResponse = (description: string, types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((type) => [type, { schema: z.string() }])),
});
const error = (description: string) => ({ content: { "application/json": { schema: ErrorSchema } }, description });

export function exportRoutes(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: "get",
      path: "/exports/activities/{year}",
      tags,
      summary: "The activities a year's report counts, as CSV or Excel (managers)",
      operationId: "exportActivities",
      middleware: [gate(assertCanExportActivities)] as const,
      request: { params: z.object({ year: YearSchema }), query: ActivitiesQuerySchema },
      responses: {
        200: fileResponse("One row per counted activity, as an attachment", [CSV_TYPE, XLSX_TYPE]),
        400: error("Invalid year or option"),
        403: error("Not a manager"),
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const { format, preview } = c.req.valid("query");
      // In the order the records were made, which the report keeps among activities told alike: the
      // file imported again makes them in the same order.
      const activities = (await allActivities(deps, c.get("identity"), { year }))
        .filter((activity) => counts(activity, preview))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      const name = `activities-${year}${preview ? "-preview" : ""}.${format}`;
      c.header("Content-Disposition", `attachment; filename="${name}"`);
      if (format === "xlsx") {
        c.header("Content-Type", XLSX_TYPE);
        return c.body(await toXlsx(YEAR_COLUMNS, activities, `Activities ${year}`), 200);
      }
      c.header("Content-Type", CSV_TYPE);
      return c.body(toCsv(YEAR_COLUMNS, activities), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/exports/donors/{donorId}/{year}",
      tags,
      summary: "The validated activities a donor funds in a year, as CSV",
      operationId: "exportDonorActivities",
      request: { params: z.object({ donorId: IdSchema, year: YearSchema }) },
      responses: {
        200: fileResponse("One row per funded validated activity, as an attachment", [CSV_TYPE]),
        400: error("Invalid donor id or year"),
        403: error("Mentors"),
        404: error("No such donor, or another donor's"),
      },
    }),
    async (c) => {
      const { donorId, year } = c.req.valid("param");
      const { activities } = await donorYear(deps, c.get("identity"), donorId, year);
      c.header("Content-Type", CSV_TYPE);
      c.header("Content-Disposition", `attachment; filename="donor-${donorId}-${year}.csv"`);
      return c.body(toCsv(DONOR_COLUMNS, activities), 200);
    },
  );

  return app;
}
