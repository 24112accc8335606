// `npm run seed`: loads the 2019 records into the database, idempotently — a record already
// there is left as it is, so a second run writes nothing.
import { parseArgs } from "node:util";
import { seed2019 } from "../seed/2019";
import { loadSeed } from "../seed/load";
import { openDatabase } from "./database";

async function main() {
  const { values } = parseArgs({ options: { data: { type: "string" } } });
  const database = await openDatabase({ dataDir: values.data, seed: false });
  try {
    const { written, present } = await loadSeed(database.db, seed2019);
    console.log(
      `Seed ${seed2019.year}: ${written} records written, ${present} already there (${database.description}).`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
