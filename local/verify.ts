// `npm run verify -- --year 2019`: recomputes a year's totals from its records and prints every
// cell where the stored aggregates drifted from them. Exits 1 on drift.
import { parseArgs } from "node:util";
import { checkTotals } from "../shared/data/recompute-totals";
import { openDatabase } from "./database";

const USAGE = "Usage: npm run verify -- --year YYYY [--data DIR]";

async function main() {
  const { values } = parseArgs({ options: { year: { type: "string" }, data: { type: "string" } } });
  const year = Number(values.year);
  if (!Number.isInteger(year)) throw new Error(USAGE);
  const database = await openDatabase({ dataDir: values.data });
  try {
    const { drift, cells } = await checkTotals(database.db, year);
    if (drift.length === 0) {
      console.log(`No drift: the ${cells} total cells of ${year} match the records (${database.description}).`);
      return;
    }
    console.log(`Drift in ${drift.length} total cells of ${year}:`);
    console.table(drift);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
