// What every row of `npm run bench` is given: one DynamoDB Local for the whole run, the sizes asked
// for, and synthetic years loaded once and shared between the rows that read them.
import { createDatabase, type Database } from "../../shared/data/client";
import { ensureTable } from "../create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDynamoDb } from "../dynamodb-local";
import { type LoadedYear, loadYear } from "./dataset";

export type BenchSizes = {
  /** Activities of the largest synthetic year (100 000 by default). */
  activities: number;
  /** Activities of the year the report is measured on (10 000 by default). */
  reportActivities: number;
  /** Activities of the small year a large one is compared with (1 000, or fewer in a quick run). */
  smallActivities: number;
};

export type BenchContext = {
  local: LocalDynamoDb;
  sizes: BenchSizes;
  /** Fresh processes (or runs) per measure; the median is kept. */
  runs: number;
  /** The table every synthetic year is loaded into. */
  db: Database;
  /** A synthetic year of `count` validated activities in `db`, loaded on first use. */
  year: (count: number) => Promise<LoadedYear>;
  /** Another empty table on the same DynamoDB Local, for rows that write. */
  table: (name: string) => Promise<Database>;
  /** A line of progress on standard error (never standard output, which holds the table). */
  say: (line: string) => void;
};

/** A table of that name on the DynamoDB Local, created if missing, and a client for it. */
export async function localTable(local: LocalDynamoDb, name: string): Promise<Database> {
  const db = createDatabase(
    { tableName: name, dynamodbEndpoint: local.endpoint, region: LOCAL_REGION },
    LOCAL_CREDENTIALS,
  );
  await ensureTable(db.client, name);
  return db;
}

export async function createContext(
  local: LocalDynamoDb,
  sizes: BenchSizes,
  runs: number,
  say: (line: string) => void,
): Promise<BenchContext> {
  const table = (name: string) => localTable(local, name);
  const db = await table("bench");
  const years = new Map<number, Promise<LoadedYear>>();
  // Each size its own year, so that a year holds exactly the activities counted; the years stay
  // within the 2000–2100 the app accepts, past the donor-summary and contention rows' own.
  const year = (count: number) => {
    let loaded = years.get(count);
    if (!loaded) {
      loaded = loadYear(db, 2090 + years.size, count, say);
      years.set(count, loaded);
    }
    return loaded;
  };
  return { local, sizes, runs, db, year, table, say };
}
