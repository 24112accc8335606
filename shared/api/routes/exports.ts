// Routes for spreadsheets: a year's counted activities (managers, CSV or Excel) and the validated
// activities a donor funds (CSV), one row per activity.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { assertCanExportActivities } from "../../auth/policy";
import { IdSchema } from "../../domain/common";
import type { AppEnv, Deps } from "../../http/context";
import { allActivities } from "../../use-cases/activities";
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

const files = () => import("./export-files");

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
      const { counts, toCsv, toXlsx, YEAR_COLUMNS } = await files();
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
      const [{ toCsv, DONOR_COLUMNS }, { donorYear }] = await Promise.all([files(), import("../../use-cases/reports")]);
      const { activities } = await donorYear(deps, c.get("identity"), donorId, year);
      c.header("Content-Type", CSV_TYPE);
      c.header("Content-Disposition", `attachment; filename="donor-${donorId}-${year}.csv"`);
      return c.body(toCsv(DONOR_COLUMNS, activities), 200);
    },
  );

  return app;
}
