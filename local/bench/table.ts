// One row of `npm run bench`: a measure of this project against a baseline taken in the same run.
// Ratios, not absolute times, because absolute times on a shared machine are noise.

export type BenchRow = {
  /** What is measured, e.g. "a year's totals, 100 000 vs 1 000 activities (reads, RCU)". */
  measure: string;
  /** This project's figure, with its unit ("412 ms", "3.0 RCU"). */
  project: string;
  /** The baseline's figure, same unit. */
  baseline: string;
  /** project ÷ baseline. */
  ratio: number;
  /** The goal as written in the table, e.g. "≤ ×1.5". */
  goal: string;
  /** Whether the ratio meets the goal. */
  met: boolean;
};

/** A row whose goal is "≤ ×limit". */
export function ratioRow(
  measure: string,
  project: { value: number; unit: string },
  baseline: { value: number; unit: string },
  limit: number,
): BenchRow {
  const ratio = baseline.value === 0 ? Number.POSITIVE_INFINITY : project.value / baseline.value;
  return {
    measure,
    project: `${formatValue(project.value)} ${project.unit}`,
    baseline: `${formatValue(baseline.value)} ${baseline.unit}`,
    ratio,
    goal: `≤ ×${limit}`,
    met: ratio <= limit,
  };
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

/** The rows as a Markdown table, the form the README and a closing note quote. */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const lines = [
    "| measure | this project | baseline | ratio | goal | met |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (row) =>
        `| ${row.measure} | ${row.project} | ${row.baseline} | ×${row.ratio.toFixed(2)} | ${row.goal} | ${row.met ? "yes" : "no"} |`,
    ),
  ];
  return lines.join("\n");
}
