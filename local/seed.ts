// `npm run seed`: loads the 2019 records into the database, idempotently — a record already
// there is left as it is, so a second run writes nothing.
import { seed2019 } from "../seed/2019";
import { loadSeed } from "../seed/load";
import { DATA_OPTION, DATABASE_ENVIRONMENT, parseCommandLine, run } from "./cli";
import { openDatabase } from "./database";
import { steps } from "./progress";

const COMMAND = {
  command: "npm run seed --",
  summary:
    `Loads the ${seed2019.year} records (the activities, mentors, donors, labs and published figures of ` +
    "E/CN.15/2020/12) into the database, idempotently: a record already there is left as it is.",
  options: {
    data: DATA_OPTION,
  },
  environment: DATABASE_ENVIRONMENT,
  examples: [
    ["npm run seed -- --data .data", "seeds the database kept in .data/ (a second run writes nothing)"],
    ["DYNAMODB_ENDPOINT=http://localhost:8000 npm run seed", "seeds the DynamoDB Local you already run"],
    ["TABLE_NAME=<table> AWS_REGION=<region> npm run seed", "seeds a deployed table, with your AWS credentials"],
  ],
} as const;

async function main() {
  const values = parseCommandLine(COMMAND);
  const records =
    seed2019.donors.length +
    seed2019.mentors.length +
    seed2019.activities.length +
    seed2019.publishedFigures.length +
    seed2019.labs.length;
  // Starting DynamoDB Local, the table, the seed.
  const progress = steps(`Seed ${seed2019.year}`, 3);
  let message: string;
  try {
    const database = await openDatabase({ dataDir: values.data, seed: false, onStep: progress.next });
    try {
      progress.next(`loading ${records} records`);
      const { written, present } = await loadSeed(database.db, seed2019);
      message = `Seed ${seed2019.year}: ${written} records written, ${present} already there (${database.description}).`;
    } finally {
      await database.close();
    }
  } finally {
    progress.stop();
  }
  console.log(message);
}

run(main);
