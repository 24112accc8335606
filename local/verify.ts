// `npm run verify -- --year 2019 [--repair]`: recomputes a year's totals from its records and
// prints every cell where the stored aggregates drifted from them (exit code 1 on drift); with
// --repair, writes the recomputed totals, then checks again.

import { keyLabsOfYear } from "../shared/data/catalog";
import { checkTotals, repairTotals } from "../shared/data/recompute-totals";
import type { Drift } from "../shared/domain/aggregates";
import { DATA_OPTION, DATABASE_ENVIRONMENT, parseCommandLine, run, yearOption } from "./cli";
import { openDatabase } from "./database";
import { steps } from "./progress";

const COMMAND = {
  command: "npm run verify --",
  summary:
    "Recomputes a year's totals (the aggregate items the report and the dashboard read) from its records and " +
    "prints every cell where the stored totals drifted from them. Exit code 0 without drift, 1 with some.",
  options: {
    year: { type: "string", value: "YYYY", description: "the year to check", required: true },
    repair: {
      type: "boolean",
      description:
        "recomputes the year's totals from the records and writes them, then checks again; run it while no one is writing",
    },
    data: DATA_OPTION,
  },
  environment: DATABASE_ENVIRONMENT,
  examples: [
    ["npm run verify -- --year 2019", "checks the 2019 totals of a fresh embedded database"],
    ["npm run verify -- --year 2019 --data .data", "checks those of the database kept in .data/"],
    ["DYNAMODB_ENDPOINT=http://localhost:8000 npm run verify -- --year 2019 --repair", "repairs them on that DynamoDB"],
  ],
} as const;

async function main() {
  const values = parseCommandLine(COMMAND);
  const year = yearOption(values.year);
  // Starting DynamoDB Local, the table, the seed, recomputing [and writing, checking again].
  const progress = steps(`Verify ${year}`, values.repair ? 5 : 4);
  let print: () => void;
  try {
    const database = await openDatabase({ dataDir: values.data, onStep: progress.next });
    try {
      if (values.repair) {
        progress.next("recomputing and writing the totals");
        const keyed = await keyLabsOfYear(database.db, year);
        const repair = await repairTotals(database.db, year);
        progress.next("checking again");
        const after = await checkTotals(database.db, year);
        print = () => {
          if (keyed > 0) console.log(`Put ${keyed} labs of ${year} under the year's key, where its report reads them.`);
          if (repair.written.length === 0) {
            console.log(`Nothing to repair: the ${repair.cells} total cells of ${year} match the records.`);
          } else {
            console.log(
              `Repaired the ${repair.written.join(" and ")} totals of ${year}: ${repair.drift.length} drifted cells fixed, ` +
                `${repair.cells} cells now stored (${database.description}).`,
            );
            if (repair.drift.length > 0) console.table(repair.drift);
          }
          printCheck(year, after, database.description);
        };
      } else {
        progress.next("recomputing the totals from the records");
        const check = await checkTotals(database.db, year);
        print = () => printCheck(year, check, database.description);
      }
    } finally {
      await database.close();
    }
  } finally {
    progress.stop();
  }
  print();
}

function printCheck(year: number, { drift, cells }: { drift: Drift[]; cells: number }, description: string) {
  if (drift.length === 0) {
    console.log(`No drift: the ${cells} total cells of ${year} match the records (${description}).`);
    return;
  }
  console.log(`Drift in ${drift.length} total cells of ${year}:`);
  console.table(drift);
  process.exitCode = 1;
}

run(main);
