// Routes for the annual report and its working annex (JSON, Markdown, HTML, Word; in each language) and donor summaries.
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { assertCanReadAnnualReport } from "../../auth/policy";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../../config";
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

const KeptDocumentSchema = z
  .object({
    location: z.string().meta({
      description:
        "Where to fetch the document: a presigned S3 URL on AWS (valid 15 minutes), or, on the local server, the download route (`files/{id}/{name}`, relative to this path)",
    }),
    bytes: z.number().int(),
    contentType: z.string(),
  })
  .openapi("KeptDocument");

const MEDIA = {
  json: "application/json",
  md: "text/markdown",
  html: "text/html",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

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
        303: {
          description:
            "A document larger than MAX_RESPONSE_BYTES (4 MiB by default, below Lambda's 6 MB response limit): kept in the file store, to be fetched from `Location` (a client that follows redirects gets the document)",
          headers: z.object({ Location: z.string().meta({ description: "Where to fetch the document" }) }),
          content: { "application/json": { schema: KeptDocumentSchema } },
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
      const [{ annualReport }, { renderReportBytes }] = await Promise.all([reports(), import("../../report/render")]);
      const model = await annualReport(deps, c.get("identity"), { year, language: lang, preview });
      // The report's figures link to their sources in the annex, the same report's other part.
      const annexUrl = `?${new URLSearchParams({ lang, format: "html", part: "annex", ...(preview && { preview: "true" }) })}`;
      const { bytes, contentType, extension } = await renderReportBytes(model, format, { annexUrl }, part);
      const name = part === "annex" ? "annual-report-annex" : "annual-report";
      const fileName = `${name}-${year}-${lang}.${extension}`;
      if (bytes.length > (deps.config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES)) {
        const { keepDocument } = await import("../../use-cases/report-files");
        const kept = await keepDocument(deps, { body: bytes, contentType, fileName });
        // Relative: it resolves under the pages' /app/api as under the API's own paths.
        const location = kept.url ?? `files/${kept.id}/${kept.fileName}`;
        c.header("Location", location);
        return c.json({ location, bytes: bytes.length, contentType }, 303);
      }
      c.header("Content-Type", contentType);
      if (format === "docx" || format === "md") {
        c.header("Content-Disposition", `attachment; filename="${fileName}"`);
      }
      return c.body(bytes, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/reports/annual/files/{id}/{name}",
      tags,
      summary:
        "A report too large for one response, kept for a while where the store is a directory (the local server; on AWS the 303 of getAnnualReport gives a presigned S3 URL instead)",
      operationId: "getKeptReport",
      middleware: [gate((identity) => assertCanReadAnnualReport(identity, false))] as const,
      request: {
        params: z.object({
          id: z.uuid().meta({ description: "The id the 303 gave" }),
          name: z
            .string()
            .regex(/^[a-z0-9-]+\.(json|md|html|docx)$/)
            .meta({ description: "The document's file name", example: "annual-report-2019-fr.html" }),
        }),
      },
      responses: {
        200: {
          description: "The document",
          content: {
            "application/json": { schema: z.object({}).passthrough() },
            "text/markdown": { schema: z.string() },
            "text/html": { schema: z.string() },
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { schema: z.string() },
          },
        },
        400: { content: { "application/json": { schema: ErrorSchema } }, description: "Not an id or a file name" },
        403: { content: { "application/json": { schema: ErrorSchema } }, description: "Donors" },
        404: {
          content: { "application/json": { schema: ErrorSchema } },
          description: "No such document (or no longer kept)",
        },
      },
    }),
    async (c) => {
      const { id, name } = c.req.valid("param");
      const { keptDocument } = await import("../../use-cases/report-files");
      const body = await keptDocument(deps, c.get("identity"), id, name);
      if (!body) return c.json({ error: "not_found", message: `No kept document ${id}/${name}` }, 404);
      const extension = name.slice(name.lastIndexOf(".") + 1) as keyof typeof MEDIA;
      c.header("Content-Type", extension === "docx" ? MEDIA.docx : `${MEDIA[extension]}; charset=utf-8`);
      c.header("Content-Disposition", `attachment; filename="${name}"`);
      return c.body(new Uint8Array(body), 200);
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
