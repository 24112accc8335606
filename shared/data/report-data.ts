// Reads what a year's report is computed from: its activities, labs, totals, published figures and texts.

import type { Activity } from "../domain/activity";
import type { Scope } from "../domain/aggregates";
import type { Language } from "../domain/countries";
import type { Lab } from "../domain/lab";
import type { PublishedFigure } from "../domain/published-figure";
import type { ReportInput } from "../report/report-input";
import { getTotals } from "./aggregates";
import { figuresOfYear, labsOfYear, publishedFigures } from "./catalog";
import type { Database } from "./client";
import { model } from "./model";
import { queryPage } from "./query";
import { readPages } from "./read-pages";
import { findReportTexts } from "./report-texts";
import { toRecord } from "./transaction";

export async function loadReportInput(
  db: Database,
  options: { year: number; language: Language; preview: boolean },
): Promise<ReportInput> {
  const { year, preview } = options;
  const scopes: Scope[] = preview ? ["validated", "submitted"] : ["validated"];
  const [activities, yearLabs, totals, figures, texts] = await Promise.all([
    readPages((page) => queryPage(db, model.activity.indexes.activitiesByYear.query({ year }), page)).then((items) =>
      items.map(toRecord<Activity>),
    ),
    labsOfYear(db, year),
    getTotals(db, year, scopes),
    readPages((page) => publishedFigures.list(db, page, figuresOfYear(year))),
    findReportTexts(db, year),
  ]);
  return {
    ...options,
    activities,
    labs: yearLabs as Lab[],
    totals,
    publishedFigures: figures as PublishedFigure[],
    ...(texts && { texts }),
    generatedAt: new Date().toISOString(),
  };
}
