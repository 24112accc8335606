// Benchmark, not a test: a spreadsheet import of N rows (default 10 000) committed into an empty
// table, against a raw BatchWrite of the same items, in rounds whose order alternates after an
// untimed one (local/bench/import.ts, the `import` row of `npm run bench`, at 1 000 rows there).
// Prints one table (local/bench/table.ts): times summed over the rounds and their ratio.
// Run: npm run bench:import [-- --rows N --rounds R]
import { localTable } from "./bench/context";
import { importRow, measureImport } from "./bench/import";
import { formatBenchTable } from "./bench/table";
import { parseCommandLine, run, wholeNumber } from "./cli";
import { type LocalDynamoDb, startDynamoDbLocal } from "./dynamodb-local";
import { steps } from "./progress";

const COMMAND = {
  command: "npm run bench:import --",
  summary:
    "Benchmark, not a test: starts its own DynamoDB Local in memory, imports a CSV of N synthetic activities " +
    "(committed, as a programme manager) into an empty table and writes the same items with raw BatchWrite into " +
    "another, in R rounds whose order alternates, and prints both times and their ratio as a Markdown table " +
    "(the goal: the import within 1.5 times the raw writes).",
  options: {
    rows: { type: "string", value: "N", description: "rows of the synthetic file", default: "10000" },
    rounds: {
      type: "string",
      value: "R",
      description: "rounds of import and raw writes, each into new tables, the order alternating; the times are summed",
      default: "2",
    },
  },
  environment: {},
  examples: [
    ["npm run bench:import", "10 000 rows"],
    ["npm run bench:import -- --rows 1000", "a quicker run, with 1 000"],
    ["npm run bench:import -- --rounds 4", "four rounds, for a steadier ratio"],
  ],
} as const;

async function main() {
  const values = parseCommandLine(COMMAND);
  const rows = wholeNumber("rows", values.rows);
  const rounds = wholeNumber("rounds", values.rounds);
  const progress = steps(`Import of ${rows} rows`, 3 + 2 * rounds);
  let local: LocalDynamoDb | undefined;
  try {
    progress.next("starting DynamoDB Local");
    local = await startDynamoDbLocal();
    const started = local;
    const measure = await measureImport({
      rows,
      rounds,
      table: (name) => localTable(started, name),
      step: progress.next,
      dryRun: true,
    });
    progress.stop();
    console.log(formatBenchTable([importRow(measure)]));
    console.log(`\n${measure.perRound.join("\n")}`);
    console.log(
      `dry run of the same file (read, checked, existing records read): ${Math.round(measure.dryMs ?? 0)} ms`,
    );
  } finally {
    progress.stop();
    await local?.stop();
  }
}

run(main);
