// The records a report's figure traces to, found in memory as the drill-down finds them in the
// table: the ids it names, or the counted records whose own cells hold its totals cell.
import { activityCountsIn, isLabCell, labCountsIn } from "../../shared/domain/figure-cells";
import type { Trace } from "../../shared/report/model";
import { counts, type ReportInput } from "../../shared/report/report-input";

export function tracedRecords(trace: Trace, input: Pick<ReportInput, "activities" | "labs" | "preview">): string[] {
  if ("records" in trace) return trace.records;
  if ("publishedFigure" in trace) return [trace.publishedFigure];
  if (isLabCell(trace.cell)) return input.labs.filter((lab) => labCountsIn(lab, trace.cell)).map((lab) => lab.id);
  return input.activities
    .filter((activity) => counts(activity, input.preview) && activityCountsIn(activity, trace.cell))
    .map((activity) => activity.id);
}
