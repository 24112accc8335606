// Routes for the annual report and its working annex (JSON, Markdown, HTML, Word; in each language) and donor summaries.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { assertCanReadAnnualReport } from "../../auth/policy";
import { IdSchema } from "../../domain/common";
import { LANGUAGES } from "../../domain/countries";
import { FigureCellSchema } from "../../domain/figure-cells";
import type { AppEnv, Deps } from "../../http/context";
import { REPORT_FORMATS, REPORT_PARTS } from "../../report/render/formats";
import { ErrorSchema, validationHook } from "../errors";
import { gate } from "../gate";
import { PageQuerySchema, pageOf } from "../pagination";

const tags = ["Reports"];
const YearSchema = z.coerce.number().int().min(2000).max(2100);

const PreviewSchema = z
  .enum(["true", "false"])
  .default("false")
  .transform((value) => value === "true")
  .meta({ description: "Count submitted activities too, marked as such (a manager's preview)" });

const AnnualQuerySchema = z.object({
  lang: z.enum(LANGUAGES).default("fr"),
  format: z.enum(REPORT_FORMATS).default("json"),
  part: z.enum(REPORT_PARTS).default("report").meta({
    description:
      "The report to the Commission, or its working annex: reconciliation with published figures, totals and each figure's records",
  }),
  preview: PreviewSchema,
});

const FigureRecordsQuerySchema = PageQuerySchema.extend({
  cell: FigureCellSchema.meta({
    description:
      "The totals cell a figure reads, as the report's JSON gives it (`trace.cell`); a part written `*` stands for any value there",
  }),
  preview: PreviewSchema,
});

const FigureRecordSchema = z
  .object({
    kind: z.enum(["activity", "lab"]),
    id: z.string(),
    title: z.string(),
    status: z.enum(["draft", "submitted", "validated"]).optional(),
    source: z.string().optional().meta({ description: "The published document and paragraph that tell of it" }),
    countries: z.array(z.string()),
    href: z.string().meta({ description: "The record in the API" }),
  })
  .openapi("FigureRecord");

const FigureRecordsSchema = pageOf(FigureRecordSchema, "FigureRecordPage");

// The report's code (reading a year, building and rendering the report) is imported on the first
// request for a report, not at every cold start of the API.
const reports = () => import("../../use-cases/reports");

export function reportRoutes(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: "get",
      path: "/reports/annual/{year}/records",
      tags,
      summary:
        "The records a figure of the annual report counts (its drill-down): those of the year whose own totals hold the figure's cell, a page at a time (nextCursor for the next; a page may hold fewer than limit and still have a next)",
      operationId: "listFigureRecords",
      middleware: [gate((identity) => assertCanReadAnnualReport(identity, false))] as const,
      request: { params: z.object({ year: YearSchema }), query: FigureRecordsQuerySchema },
      responses: {
        200: {
          content: { "application/json": { schema: FigureRecordsSchema } },
          description: "One page of the records the figure counts, in the order of the report's sections, then by date",
        },
        400: {
          content: { "application/json": { schema: ErrorSchema } },
          description: "Invalid year, cell, limit or cursor (one this list did not return)",
        },
        403: {
          content: { "application/json": { schema: ErrorSchema } },
          description: "Donors; or a preview asked by a non-manager",
        },
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const { cell, preview, limit, cursor } = c.req.valid("query");
      const { figureRecords } = await reports();
      const page = await figureRecords(deps, c.get("identity"), { year, cell, preview }, { limit, cursor });
      const paths = { activity: "activities", lab: "labs" } as const;
      return c.json(
        {
          items: page.items.map((entry) => ({
            ...entry,
            href: `/${paths[entry.kind]}/${encodeURIComponent(entry.id)}`,
          })),
          ...(page.nextCursor && { nextCursor: page.nextCursor }),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/reports/annual/{year}",
      tags,
      summary: "The annual report to the Commission, computed from the records",
      operationId: "getAnnualReport",
      middleware: [gate((identity) => assertCanReadAnnualReport(identity, false))] as const,
      request: { params: z.object({ year: YearSchema }), query: AnnualQuerySchema },
      responses: {
        200: {
          description:
            "The report in the format asked for; every figure carries its trace: the totals cell it reads and its drill-down (`/reports/annual/{year}/records?cell=`), or the few records it names",
          content: {
            "application/json": { schema: z.object({}).passthrough() },
            "text/markdown": { schema: z.string() },
            "text/html": { schema: z.string() },
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { schema: z.string() },
          },
        },
        400: { content: { "application/json": { schema: ErrorSchema } }, description: "Invalid year or option" },
        403: {
          content: { "application/json": { schema: ErrorSchema } },
          description: "Donors; or a preview asked by a non-manager",
        },
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const { lang, format, preview, part } = c.req.valid("query");
      const [{ annualReport }, { renderReport }] = await Promise.all([reports(), import("../../report/render")]);
      const model = await annualReport(deps, c.get("identity"), { year, language: lang, preview });
      // The report's figures link to their sources in the annex, the same report's other part.
      const annexUrl = `?${new URLSearchParams({ lang, format: "html", part: "annex", ...(preview && { preview: "true" }) })}`;
      const { body, contentType, extension } = await renderReport(model, format, { annexUrl }, part);
      c.header("Content-Type", contentType);
      if (format === "docx" || format === "md") {
        const name = part === "annex" ? "annual-report-annex" : "annual-report";
        c.header("Content-Disposition", `attachment; filename="${name}-${year}-${lang}.${extension}"`);
      }
      return c.body(typeof body === "string" ? body : new Uint8Array(body), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/reports/donors/{donorId}/{year}",
      tags,
      summary:
        "What a donor funded in a year: each measure of people, countries and labs of its validated activities, and a page of them (nextCursor for the next)",
      operationId: "getDonorSummary",
      request: { params: z.object({ donorId: IdSchema, year: YearSchema }), query: PageQuerySchema },
      responses: {
        200: { content: { "application/json": { schema: z.object({}).passthrough() } }, description: "The summary" },
        403: { content: { "application/json": { schema: ErrorSchema } }, description: "Mentors" },
        404: {
          content: { "application/json": { schema: ErrorSchema } },
          description: "No such donor, or another donor's",
        },
      },
    }),
    async (c) => {
      const { donorId, year } = c.req.valid("param");
      const page = c.req.valid("query");
      const [{ donorYearSummary }, { donorSummary }] = await Promise.all([
        reports(),
        import("../../report/donor-summary"),
      ]);
      return c.json(donorSummary(await donorYearSummary(deps, c.get("identity"), donorId, year, page)), 200);
    },
  );

  return app;
}
