// The store of a year's report texts: one record per year, its id the year ("2019").

import { NotFoundError } from "../domain/errors";
import type { ReportTextsInput } from "../domain/report-texts";
import type { Database } from "./client";
import { entityStore, type Stored } from "./entities";
import { model } from "./model";
import { readPages } from "./read-pages";

export const reportTexts = entityStore<ReportTextsInput>({
  model: model.reportTexts,
  list: model.reportTexts.indexes.textsByYear,
  label: "Report texts",
  idFor: (texts) => String(texts.year),
});

/** The year's texts, or undefined when none were written for it. */
export async function findReportTexts(db: Database, year: number): Promise<Stored<ReportTextsInput> | undefined> {
  try {
    return await reportTexts.get(db, String(year));
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** The texts of the latest year before `year` that has some: what a new year's texts start from. */
export async function latestReportTextsBefore(
  db: Database,
  year: number,
): Promise<Stored<ReportTextsInput> | undefined> {
  // One item per year: the whole list is a page or two, read in year order.
  const all = await readPages((page) => reportTexts.list(db, page));
  return all.filter((texts) => texts.year < year).at(-1);
}
