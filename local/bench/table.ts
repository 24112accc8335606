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
  /** The goal as written in the table, e.g. "≤ ×1.5"; none for a row that only gives context. */
  goal?: string;
  /** Whether the ratio meets the goal (none without a goal). */
  met?: boolean;
};

type Figure = { value: number; unit: string };

/** A row whose goal is "≤ ×limit". */
export function ratioRow(measure: string, project: Figure, baseline: Figure, limit: number): BenchRow {
  const row = contextRow(measure, project, baseline);
  return { ...row, goal: `≤ ×${limit}`, met: row.ratio <= limit };
}

/** A row without a goal: what another row's baseline is made of, measured in the same run. */
export function contextRow(measure: string, project: Figure, baseline: Figure): BenchRow {
  return {
    measure,
    project: `${formatValue(project.value)} ${project.unit}`,
    baseline: `${formatValue(baseline.value)} ${baseline.unit}`,
    ratio: baseline.value === 0 ? Number.POSITIVE_INFINITY : project.value / baseline.value,
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
        `| ${row.measure} | ${row.project} | ${row.baseline} | ×${row.ratio.toFixed(2)} | ${row.goal ?? "none (context)"} | ${row.met === undefined ? "–" : row.met ? "yes" : "no"} |`,
    ),
  ];
  return lines.join("\n");
}
