// The annual report built once for as long as what it is built from stays the same, so that each
// page of it a manager turns to, each language and download, costs the reads of the totals, labs,
// figures and texts (a few items) rather than the year's activities and the report's building.
//
// What it is built from is read at every request, but the activities: their checksum, kept in the
// totals and read with them consistently (record-checksum.ts), stands for them. A report is kept
// only when the activities it was built from add up to that checksum, so that an index that does
// not list a write yet (byYear is eventually consistent on AWS), or totals written before the
// checksum existed, never leave a report that is no longer the records' in memory: it is then
// built at each request, as without this module, until the two agree.
import { createHash } from "node:crypto";
import type { Database } from "../data/client";
import { loadReportBasis, loadYearActivities, type ReportOptions } from "../data/report-data";
import { checksumOfActivities } from "../domain/record-checksum";
import { buildReport } from "../report/build-report";
import type { ReportModel } from "../report/model";
import { counts } from "../report/report-input";

/** Reports kept per table: a model of 10 000 activities holds some 7 MB of heap, growing with them. */
const KEPT = 4;

type Kept = { fingerprint: string; model: ReportModel };

const keptByTable = new WeakMap<Database, Map<string, Kept>>();

/** The report of the year as its records stand at this request: kept, or built and kept. */
export async function currentReport(db: Database, options: ReportOptions): Promise<ReportModel> {
  const kept = keptByTable.get(db) ?? new Map<string, Kept>();
  keptByTable.set(db, kept);
  const key = `${options.year}#${options.language}#${options.preview}`;
  // With no report kept (a new instance, another year or language), the activities are needed
  // whatever the rest says: they are read alongside it rather than after.
  const early = kept.has(key) ? undefined : loadYearActivities(db, options.year);
  early?.catch(() => undefined);
  const basis = await loadReportBasis(db, options);
  const { generatedAt, ...built } = basis.input;
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ built, checksum: basis.checksum }))
    .digest("hex");
  const found = kept.get(key);
  if (found?.fingerprint === fingerprint) {
    // The most recently used last, so that the first is the one to let go.
    kept.delete(key);
    kept.set(key, found);
    return { ...found.model, generatedAt };
  }
  const activities = await (early ?? loadYearActivities(db, options.year));
  const model = buildReport({ ...basis.input, activities });
  const counted = activities.filter((activity) => counts(activity, options.preview));
  kept.delete(key);
  if (checksumOfActivities(counted) === basis.checksum) {
    kept.set(key, { fingerprint, model });
    for (const old of kept.keys()) {
      if (kept.size <= KEPT) break;
      kept.delete(old);
    }
  }
  return model;
}
