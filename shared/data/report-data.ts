// Reads what a year's report is computed from: its activities, labs, totals, published figures and
// texts. The activities apart, since they are most of it: a report already built from them is
// known to be still theirs by the totals' checksum (record-checksum.ts).

import PQueue from "p-queue";
import type { Activity } from "../domain/activity";
import type { Scope } from "../domain/aggregates";
import type { Language } from "../domain/countries";
import type { Lab } from "../domain/lab";
import type { PublishedFigure } from "../domain/published-figure";
import { THEMES } from "../domain/vocabulary";
import type { ReportInput } from "../report/report-input";
import { readTotals } from "./aggregates";
import { figuresOfYear, labsOfYear, publishedFigures } from "./catalog";
import type { Database } from "./client";
import { model } from "./model";
import { type PageRequest, queryPage, type SortRange } from "./query";
import { readPages } from "./read-pages";
import { findReportTexts } from "./report-texts";
import { toRecord } from "./transaction";

export type ReportOptions = { year: number; language: Language; preview: boolean };

/** Everything a report is computed from but its activities, and the checksum of the activities its totals count. */
export type ReportBasis = { input: Omit<ReportInput, "activities">; checksum: string };

export async function loadReportBasis(db: Database, options: ReportOptions): Promise<ReportBasis> {
  const { year, preview } = options;
  const scopes: Scope[] = preview ? ["validated", "submitted"] : ["validated"];
  const [yearLabs, totals, figures, texts] = await Promise.all([
    labsOfYear(db, year),
    readTotals(db, year, scopes),
    readPages((page) => publishedFigures.list(db, page, figuresOfYear(year))),
    findReportTexts(db, year),
  ]);
  return {
    input: {
      ...options,
      labs: yearLabs as Lab[],
      totals: totals.cells,
      publishedFigures: figures as PublishedFigure[],
      ...(texts && { texts }),
      generatedAt: new Date().toISOString(),
    },
    checksum: totals.checksum,
  };
}

/**
 * Ranges of a year read at the same time. Two read 100 000 activities on DynamoDB Local within 5 %
 * of four's time (10 000 within 10 %), with half the pages in memory at once; more are not faster.
 * On AWS every range reads the same partition key of the index, which DynamoDB serves at about
 * 3 000 read units a second (a page of 1 000 activities is some 90): a few pages asked at once,
 * not ten, and what it throttles retried (faults.ts).
 */
const READERS = 2;

/**
 * Every activity of the year, whatever its status (the report and the IATI file keep those they
 * count), in the index's order. The byYear index sorts a year by theme first: its sort keys are
 * cut at each theme's prefix into ranges that cover them all, an activity of a theme no longer in
 * the vocabulary included, and READERS ranges are read at a time, so that a large year's pages do
 * not wait one after the other.
 */
export async function loadYearActivities(db: Database, year: number): Promise<Activity[]> {
  const whole = model.activity.indexes.activitiesByYear.query({ year });
  const cuts = THEMES.map(
    (theme) => model.activity.indexes.activitiesByYear.query({ year, theme }).sortPrefix as string,
  );
  // Each page becomes records as it arrives, so that a large year is never held twice, as items and as records.
  const recordsOf = async (sortRange: SortRange, page: PageRequest) => {
    const { items, nextCursor } = await queryPage(db, { ...whole, sortRange }, page);
    return { items: items.map(toRecord<Activity>), nextCursor };
  };
  const readers = new PQueue({ concurrency: READERS });
  const parts = await readers.addAll(
    sortRanges(cuts).map((sortRange) => () => readPages((page) => recordsOf(sortRange, page))),
  );
  return parts.flat();
}

/** The ranges between the cuts, sorted, from the first key to the last: each key in exactly one. */
export function sortRanges(cuts: string[]): SortRange[] {
  const sorted = [...new Set(cuts)].sort();
  return [...sorted, undefined].map((before, index) => ({ from: sorted[index - 1], before }));
}

export async function loadReportInput(db: Database, options: ReportOptions): Promise<ReportInput> {
  const [basis, activities] = await Promise.all([loadReportBasis(db, options), loadYearActivities(db, options.year)]);
  return { ...basis.input, activities };
}
