// Benchmark, not a test: `npm run bench` measures each row of the scale goals against a baseline
// taken in the same run (ratios, since absolute times on a shared machine are noise) and prints
// them as one Markdown table on standard output; progress goes to standard error.
// Run: npm run bench [-- --activities N --report-activities M --only ROWS]

import { coldStartRows } from "./bench/cold-start";
import { type BenchContext, createContext } from "./bench/context";
import { createRows } from "./bench/create";
import { donorSummaryRows } from "./bench/donor-summary";
import { importRows } from "./bench/import";
import { reportRows } from "./bench/report";
import { type BenchRow, formatBenchTable } from "./bench/table";
import { timed } from "./bench/timed";
import { totalsRows } from "./bench/totals";
import { contentionRows } from "./bench/write-contention";
import { parseCommandLine, run, UsageError, wholeNumber } from "./cli";
import { type LocalDynamoDb, startDynamoDbLocal } from "./dynamodb-local";

/** Every row module, by the name `--only` takes; each returns its rows of the table. */
const ROWS: Record<string, (context: BenchContext) => Promise<BenchRow[]>> = {
  totals: totalsRows,
  report: reportRows,
  "cold-start": coldStartRows,
  create: createRows,
  contention: contentionRows,
  "donor-summary": donorSummaryRows,
  import: importRows,
};

const COMMAND = {
  command: "npm run bench --",
  summary:
    "Benchmark, not a test: starts its own DynamoDB Local in memory, loads synthetic years of validated " +
    "activities with raw BatchWrite, measures each goal of the scale table against its baseline in the " +
    "same run, and prints the table in Markdown (progress on standard error).",
  options: {
    activities: {
      type: "string",
      value: "N",
      description: "activities of the largest synthetic year (the totals' large year)",
      default: "100000",
    },
    "report-activities": {
      type: "string",
      value: "N",
      description: "activities of the year the reports are measured on",
      default: "10000",
    },
    runs: {
      type: "string",
      value: "N",
      description: "fresh processes (or runs) per measure; the median is kept",
      default: "3",
    },
    only: {
      type: "string",
      value: "ROWS",
      description: `the rows to measure, separated by commas (${Object.keys(ROWS).join(", ")})`,
      defaultText: "all",
    },
  },
  environment: {},
  examples: [
    ["npm run -s bench > bench.md", "every row at full size: 100 000, 10 000 and 1 000 activities"],
    ["npm run bench -- --activities 10000 --report-activities 1000", "a quicker run"],
    ["npm run bench -- --only totals,cold-start", "some of the rows"],
  ],
} as const;

async function main() {
  const values = parseCommandLine(COMMAND);
  const activities = wholeNumber("activities", values.activities);
  const reportActivities = wholeNumber("report-activities", values["report-activities"]);
  const runs = wholeNumber("runs", values.runs);
  const only = values.only?.split(",").map((name) => name.trim()) ?? Object.keys(ROWS);
  const unknown = only.filter((name) => !(name in ROWS));
  if (unknown.length > 0) {
    throw new UsageError(`--only names no row "${unknown.join(", ")}": the rows are ${Object.keys(ROWS).join(", ")}.`);
  }
  const say = (line: string) => console.error(line);
  say("starting DynamoDB Local");
  const local: LocalDynamoDb = await startDynamoDbLocal();
  try {
    const sizes = { activities, reportActivities, smallActivities: Math.min(1000, activities) };
    const context = await createContext(local, sizes, runs, say);
    const rows: BenchRow[] = [];
    for (const name of only) {
      say(`measuring: ${name}`);
      // Its time includes the synthetic years it is the first to load.
      const ms = await timed(async () =>
        rows.push(...(await (ROWS[name] as (context: BenchContext) => Promise<BenchRow[]>)(context))),
      );
      say(`measured: ${name} in ${Math.round(ms / 1000)} s`);
    }
    console.log(formatBenchTable(rows));
  } finally {
    await local.stop();
  }
}

run(main);
