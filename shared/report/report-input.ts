// What a report is computed from: the year's records and stored totals, already read.

import type { Activity } from "../domain/activity";
import type { Cells } from "../domain/aggregates";
import type { Lab } from "../domain/lab";
import type { PublishedFigure } from "../domain/published-figure";
import type { ReportTextsInput } from "../domain/report-texts";
import type { Language } from "../language/languages";

export type ReportInput = {
  year: number;
  language: Language;
  /** Count submitted records too (a manager's preview), marking them. */
  preview: boolean;
  /** The year's activities that the report counts (validated; and submitted in a preview). */
  activities: Activity[];
  /** The labs counted in the year. */
  labs: Lab[];
  /** The year's totals from the aggregate items, over the same scopes. */
  totals: Cells;
  publishedFigures: PublishedFigure[];
  /** The year's own texts (title block, introduction, mandates quoted…), where a manager wrote them. */
  texts?: ReportTextsInput;
  generatedAt: string;
};

/** Which activities a report counts. */
export function counts(activity: Pick<Activity, "status">, preview: boolean): boolean {
  return activity.status === "validated" || (preview && activity.status === "submitted");
}
