// Rows: the annual report (read, built and rendered) of the report year in each format, in time
// and peak memory, against a raw Query of the same activities. Each measure in fresh processes,
// baseline and report taken in turn, the median kept.
import type { ReportFormat } from "../../shared/report/render";
import type { BenchContext } from "./context";
import { median, type ProbeResult, probe } from "./probe";
import type { ReportProbe } from "./report-probe";
import { type BenchRow, ratioRow } from "./table";
import { count } from "./totals";

const FORMATS: ReportFormat[] = ["html", "json", "md", "docx"];
/** Peak memory is a row for the formats the table names. */
const MEMORY_FORMATS: ReportFormat[] = ["html", "docx"];

export async function reportRows(context: BenchContext): Promise<BenchRow[]> {
  const { year } = await context.year(context.sizes.reportActivities);
  const size = count(context.sizes.reportActivities);
  const run = (what: ReportProbe["what"]) =>
    probe("report-probe.ts", { endpoint: context.local.endpoint, table: context.db.tableName, year, what });
  const results = new Map<ReportProbe["what"], ProbeResult[]>();
  const keep = (what: ReportProbe["what"], result: ProbeResult) =>
    results.set(what, [...(results.get(what) ?? []), result]);
  for (let i = 0; i < context.runs; i++) {
    for (const format of [...FORMATS, "docx-floor" as const, "page" as const]) {
      context.say(`report at ${size} activities: ${format}, run ${i + 1} of ${context.runs}`);
      // The baseline next to each format, so that a slower spell of the machine weighs on both.
      keep("query", await run("query"));
      keep(format, await run(format));
    }
  }
  const ms = (what: ReportProbe["what"]) => median((results.get(what) ?? []).flatMap((r) => r.ms));
  const mib = (what: ReportProbe["what"]) => median((results.get(what) ?? []).map((r) => r.maxRssMiB));
  const query = { value: Math.round(ms("query")), unit: "ms" };
  const page = (results.get("page") ?? [])[0];
  const mb = (bytes = 0) => Number((bytes / 1e6).toFixed(2));
  return [
    ...FORMATS.map((format) =>
      ratioRow(
        `full report at ${size} activities (${format}) vs a raw Query of the same items, time`,
        { value: Math.round(ms(format)), unit: "ms" },
        query,
        1.5,
      ),
    ),
    ...MEMORY_FORMATS.map((format) =>
      ratioRow(
        `report peak memory at ${size} activities (${format}) vs raw Query`,
        { value: Math.round(mib(format)), unit: "MiB" },
        { value: Math.round(mib("query")), unit: "MiB" },
        1.5,
      ),
    ),
    // The floor: the docx library alone, after the same Query, for a document of as many paragraphs.
    ratioRow(
      `floor of the docx rows at ${size} activities: the same Query, then the docx library alone writing a paragraph per activity, time`,
      { value: Math.round(ms("docx-floor")), unit: "ms" },
      query,
      1.5,
    ),
    ratioRow(
      `floor of the docx rows at ${size} activities: the same Query, then the docx library alone writing a paragraph per activity, peak memory`,
      { value: Math.round(mib("docx-floor")), unit: "MiB" },
      { value: Math.round(mib("query")), unit: "MiB" },
      1.5,
    ),
    ratioRow(
      `/app/report at ${size} activities vs a raw Query of the same items, time`,
      { value: Math.round(ms("page")), unit: "ms" },
      query,
      1.5,
    ),
    ratioRow(
      `/app/report at ${size} activities: the page (${mb(page?.gzipBytes)} MB gzipped) vs Lambda's 6 MB response limit`,
      { value: mb(page?.bytes), unit: "MB" },
      { value: 6, unit: "MB" },
      0.5,
    ),
  ];
}
