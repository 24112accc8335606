// Routes of the spreadsheet import: the template (Excel or CSV, headers in the reader's language),
// the upload, which starts a job (a dry run by default, written with commit=true when the file has
// no problem), and the job, polled until it is done and then carrying its report.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { assertCanCreate } from "../../auth/policy";
import { ImportJobSchema } from "../../domain/import-job";
import type { AppEnv, Deps } from "../../http/context";
import { LANGUAGES } from "../../language/languages";
import type { ImportJobView } from "../../use-cases/import-jobs";
import { ErrorSchema, validationHook } from "../errors";
import { gate } from "../gate";
import { IMPORTS_PATH } from "../paths";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV_TYPE = "text/csv";
const tags = ["Imports"];

const flag = (description: string) =>
  z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true")
    .meta({ description });

const ImportQuerySchema = z.object({
  commit: flag("Write the rows (only if the file has no problem); otherwise a dry run that writes nothing"),
  submit: flag("New records submitted for validation rather than drafts"),
  lang: z
    .enum(LANGUAGES)
    .default("en")
    .meta({ description: "Language of the problems: their messages and the column headers they name" }),
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default("upload")
    .meta({ description: "The file's name: rows without a reference are known by it and their number" }),
});

const RowSchema = z.object({ row: z.int(), id: z.string(), title: z.string() });
const ImportReportSchema = z
  .object({
    file: z.string(),
    rows: z.int(),
    create: z.array(RowSchema),
    update: z.array(RowSchema),
    unchanged: z.array(RowSchema),
    problems: z.array(
      z.object({ row: z.int().optional(), column: z.string().optional(), message: z.string(), text: z.string() }),
    ),
    committed: z.boolean(),
  })
  .meta({ id: "ImportReport" });

const ImportJobViewSchema = ImportJobSchema.extend({
  report: ImportReportSchema.optional().meta({ description: "Once the job is done: what the file does, or did" }),
}).meta({ id: "ImportJobWithReport" });

// The import's code (reading files, checking rows, the template) is imported by the routes that
// use it, on their first request: other requests' cold starts do not parse it.
const jobs = () => import("../../use-cases/import-jobs");

/** The job as the API answers it: each problem also as one line of text, in the job's language. */
async function jobBody({ report, ...job }: ImportJobView) {
  if (!report) return job;
  const { problemText } = await import("../../spreadsheet/rows");
  const problems = report.problems.map((problem) => ({ ...problem, text: problemText(problem, job.language) }));
  return { ...job, report: { ...report, problems } };
}

const error = (description: string) => ({ content: { "application/json": { schema: ErrorSchema } }, description });

export function importRoutes(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: "get",
      path: `${IMPORTS_PATH}/template`,
      tags,
      summary: "The import template: Excel with drop-down lists and a sheet explaining each column, or CSV",
      operationId: "getImportTemplate",
      middleware: [gate(assertCanCreate)] as const,
      request: {
        query: z.object({ lang: z.enum(LANGUAGES).default("en"), format: z.enum(["xlsx", "csv"]).default("xlsx") }),
      },
      responses: {
        200: {
          description: "The template, as an attachment",
          content: { [XLSX_TYPE]: { schema: z.string() }, [CSV_TYPE]: { schema: z.string() } },
        },
        400: error("Invalid language or format"),
        403: error("Donors"),
      },
    }),
    async (c) => {
      const { lang, format } = c.req.valid("query");
      const [{ importContext }, { csvTemplate, xlsxTemplate }] = await Promise.all([
        import("../../use-cases/imports"),
        import("../../spreadsheet/template"),
      ]);
      const context = await importContext(deps, c.get("identity"), lang);
      c.header("Content-Disposition", `attachment; filename="activities-template-${lang}.${format}"`);
      if (format === "csv") {
        c.header("Content-Type", `${CSV_TYPE}; charset=utf-8`);
        return c.body(csvTemplate(context), 200);
      }
      c.header("Content-Type", XLSX_TYPE);
      return c.body(await xlsxTemplate(context), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: IMPORTS_PATH,
      tags,
      summary:
        "Import activities from a spreadsheet (.xlsx or .csv): starts a job, a dry run or the writes with commit=true",
      description:
        "The body is the file itself. The answer (202) is the job, queued; GET /imports/{id} (the Location header) " +
        "says how far it is and, once done, its report: every problem with its row and column, and the records that " +
        "would be (or were) created, updated and left unchanged. Every row goes through the same checks as " +
        "POST /activities, and nothing is written while the file has a problem.",
      operationId: "importActivities",
      middleware: [gate(assertCanCreate)] as const,
      request: {
        query: ImportQuerySchema,
        body: {
          required: true,
          content: {
            [XLSX_TYPE]: { schema: z.string().meta({ format: "binary" }), example: "(the .xlsx file)" },
            [CSV_TYPE]: {
              schema: z.string(),
              example:
                "Kind,Theme,Title,Start date,End date\ntraining,cryptocurrency_darknet,Tracing,2019-06-10,2019-06-14\n",
            },
          },
        },
      },
      responses: {
        202: {
          content: { "application/json": { schema: ImportJobSchema } },
          headers: z.object({ Location: z.string().meta({ description: "The job: GET it until it is done" }) }),
          description: "The job, queued",
        },
        400: error("Invalid option"),
        403: error("Donors, and mentor accounts bound to no mentor record"),
        413: error("The file is over 4 MiB"),
        415: error("Neither an Excel workbook nor CSV"),
      },
    }),
    async (c) => {
      const { commit, submit, lang, name } = c.req.valid("query");
      const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
      if (type !== XLSX_TYPE && type !== CSV_TYPE && type !== "application/octet-stream") {
        throw new HTTPException(415, { message: `Send the file as ${XLSX_TYPE} or ${CSV_TYPE}` });
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const { startImport } = await jobs();
      const job = await startImport(deps, c.get("identity"), bytes, {
        fileName: name,
        language: lang,
        commit,
        submit,
      });
      c.header("Location", `${IMPORTS_PATH}/${job.id}`);
      return c.json(job, 202);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: `${IMPORTS_PATH}/{id}`,
      tags,
      summary: "An import job: its status and progress, and its report once it is done",
      description:
        "Poll it every second or two until `status` is `done` (the report is there; `report.committed` says whether " +
        "the rows were written) or `failed` (`error` says why). Jobs and their reports are kept one day.",
      operationId: "getImportJob",
      middleware: [gate(assertCanCreate)] as const,
      request: { params: z.object({ id: z.uuid().meta({ description: "The job's id, as POST /imports gave it" }) }) },
      responses: {
        200: { content: { "application/json": { schema: ImportJobViewSchema } }, description: "The job" },
        400: error("Not a job's id"),
        403: error("Donors"),
        404: error("No such job, or another person's"),
      },
    }),
    async (c) => {
      const { readImportJob } = await jobs();
      return c.json(await jobBody(await readImportJob(deps, c.get("identity"), c.req.valid("param").id)), 200);
    },
  );

  return app;
}
