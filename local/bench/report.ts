// Rows: the annual report as a client gets it from the API (read, built, rendered, and kept in the
// file store when too large for a response) of the report year in each format, and of the largest
// year in HTML and Word, in time and peak memory against a raw Query of the same activities; how
// each document goes out against Lambda's 6 MB response limit; the manager's report page; and the
// report's own read of the year against the same Query, so that the table shows how much of the
// report's time is reading. Each measure in fresh processes, baseline and report taken in turn,
// the median kept.
import type { ReportFormat } from "../../shared/report/render";
import type { BenchContext } from "./context";
import { median, type ProbeResult, probe } from "./probe";
import type { ReportProbe } from "./report-probe";
import { type BenchRow, ratioRow } from "./table";
import { count } from "./totals";

/** Lambda's limit on a response: 6 MB, 6 291 456 bytes (shared/config.ts). */
const LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;
const mb = (bytes = 0) => Number((bytes / 1e6).toFixed(2));

/** Peak memory and delivery are rows for the formats the scale table names. */
const NAMED: ReportFormat[] = ["html", "docx"];

type Plan = { activities: number; formats: ReportFormat[]; warmUp: boolean };

export async function reportRows(context: BenchContext): Promise<BenchRow[]> {
  const { activities, reportActivities } = context.sizes;
  const rows = await reportRowsAt(context, {
    activities: reportActivities,
    formats: ["html", "json", "md", "docx"],
    warmUp: true,
  });
  if (activities <= reportActivities) return rows;
  // The largest year, the one the totals row reads: no second year of that size is loaded.
  const large = await reportRowsAt(context, { activities, formats: NAMED, warmUp: false });
  return [...rows, ...large];
}

async function reportRowsAt(context: BenchContext, plan: Plan): Promise<BenchRow[]> {
  const { year } = await context.year(plan.activities);
  const size = count(plan.activities);
  const run = (what: ReportProbe["what"]) =>
    probe("report-probe.ts", {
      endpoint: context.local.endpoint,
      table: context.db.tableName,
      year,
      what,
      warmUp: plan.warmUp,
    } satisfies ReportProbe);
  const results = new Map<ReportProbe["what"], ProbeResult[]>();
  const keep = (what: ReportProbe["what"], result: ProbeResult) =>
    results.set(what, [...(results.get(what) ?? []), result]);
  // Not kept: the first read after a year is loaded is slower, whichever comes first (seen up to ×2).
  await run("query");
  for (let i = 0; i < context.runs; i++) {
    for (const what of ["read" as const, ...plan.formats, "page" as const]) {
      context.say(`report at ${size} activities: ${what}, run ${i + 1} of ${context.runs}`);
      // The baseline next to each format, so that a slower spell of the machine weighs on both.
      keep("query", await run("query"));
      keep(what, await run(what));
    }
  }
  const ms = (what: ReportProbe["what"]) => median((results.get(what) ?? []).flatMap((r) => r.ms));
  const mib = (what: ReportProbe["what"]) => median((results.get(what) ?? []).map((r) => r.maxRssMiB));
  const query = { value: Math.round(ms("query")), unit: "ms" };
  const page = results.get("page")?.[0];
  return [
    ratioRow(
      `the year's ${size} activities as the report reads them (one range of the byYear index per theme, two at a time) vs a raw Query of the same items, time`,
      { value: Math.round(ms("read")), unit: "ms" },
      query,
      1,
    ),
    ...plan.formats.map((format) =>
      ratioRow(
        `full report at ${size} activities (${format}) vs a raw Query of the same items, time`,
        { value: Math.round(ms(format)), unit: "ms" },
        query,
        1.5,
      ),
    ),
    ...NAMED.map((format) =>
      ratioRow(
        `report peak memory at ${size} activities (${format}) vs raw Query`,
        { value: Math.round(mib(format)), unit: "MiB" },
        { value: Math.round(mib("query")), unit: "MiB" },
        1.5,
      ),
    ),
    ...NAMED.map((format) => deliveryRow(size, format, results.get(format)?.[0])),
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

/** The response that carries the document (the document, or a 303 to the file store) vs Lambda's limit. */
function deliveryRow(size: string, format: ReportFormat, result: ProbeResult | undefined): BenchRow {
  const delivery = result?.delivery;
  const how = delivery?.kept ? "answered 303, the document kept in the file store" : "answered in the response";
  return ratioRow(
    `the ${format} report at ${size} activities, a ${mb(delivery?.documentBytes)} MB document: ${how}; the response as Lambda carries it vs its 6 MB limit`,
    { value: Number(((delivery?.lambdaBytes ?? 0) / 1000).toFixed(1)), unit: "kB" },
    { value: Math.round(LAMBDA_RESPONSE_BYTES / 1000), unit: "kB" },
    1,
  );
}
