// Reads what a year's report is computed from: its activities, labs, totals, published figures and
// texts. The activities apart, since they are most of it: a report already built from them is
// known to be still theirs by the totals' checksum (record-checksum.ts).

import type { Activity } from "../domain/activity";
import type { Scope } from "../domain/aggregates";
import type { Language } from "../domain/countries";
import type { Lab } from "../domain/lab";
import type { PublishedFigure } from "../domain/published-figure";
import type { ReportInput } from "../report/report-input";
import { readTotals } from "./aggregates";
import { figuresOfYear, labsOfYear, publishedFigures } from "./catalog";
import type { Database } from "./client";
import { model } from "./model";
import { queryPage } from "./query";
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

/** Every activity of the year, whatever its status (the report keeps those it counts). */
export async function loadYearActivities(db: Database, year: number): Promise<Activity[]> {
  const items = await readPages((page) => queryPage(db, model.activity.indexes.activitiesByYear.query({ year }), page));
  return items.map(toRecord<Activity>);
}

export async function loadReportInput(db: Database, options: ReportOptions): Promise<ReportInput> {
  const [basis, activities] = await Promise.all([loadReportBasis(db, options), loadYearActivities(db, options.year)]);
  return { ...basis.input, activities };
}
