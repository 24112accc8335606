// Benchmark, not a test: a spreadsheet import of N rows (default 10 000) committed into an empty
// table, against a raw BatchWrite of the same items (activities, links, audit entries) into another
// table of the same DynamoDB Local, in the same run. Prints one table: times and their ratio.
// Run: npm run bench:import [-- --rows N]
import { stringify } from "csv-stringify/sync";
import { linkKeys, newActivity } from "../shared/data/activities";
import { putAll } from "../shared/data/activity-batches";
import { auditEntryItem } from "../shared/data/audit";
import { createDatabase, type Database } from "../shared/data/client";
import { model, storedItem } from "../shared/data/model";
import { ACTIVITY_KINDS, THEMES } from "../shared/domain/vocabulary";
import { COLUMNS } from "../shared/spreadsheet/columns";
import { readFile } from "../shared/spreadsheet/read-file";
import { readRows } from "../shared/spreadsheet/rows";
import { importActivities, recordId } from "../shared/use-cases/imports";
import { parseCommandLine, run, UsageError } from "./cli";
import { ensureTable } from "./create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDynamoDb, startDynamoDbLocal } from "./dynamodb-local";
import { steps } from "./progress";

const COMMAND = {
  command: "npm run bench:import --",
  summary:
    "Benchmark, not a test: starts its own DynamoDB Local in memory, imports a CSV of N synthetic activities " +
    "(committed, as a programme manager) into an empty table, then writes the same items with raw BatchWrite into " +
    "another empty table, and prints both times and their ratio (the goal: the import within 1.5 times the raw writes).",
  options: { rows: { type: "string", value: "N", description: "rows of the synthetic file", default: "10000" } },
  environment: {},
  examples: [
    ["npm run bench:import", "10 000 rows"],
    ["npm run bench:import -- --rows 1000", "a quicker run, with 1 000"],
  ],
} as const;

const COUNTRIES = ["KEN", "UGA", "TZA", "ETH", "SLV", "GTM", "HND", "SEN", "CIV", "THA", "VNM", "PHL"];
const MANAGER = { id: "bench", role: "manager" } as const;
const header = (key: string) => COLUMNS.find((column) => column.key === key)?.header("en") ?? key;

function syntheticFile(rows: number): Uint8Array {
  const keys = [
    "reference",
    "kind",
    "theme",
    "title",
    "start_date",
    "end_date",
    "countries",
    "participants",
    "women",
    "men",
  ];
  const lines = Array.from({ length: rows }, (_, index) => {
    const day = String(1 + (index % 28)).padStart(2, "0");
    const month = String(1 + (index % 12)).padStart(2, "0");
    const total = 5 + (index % 60);
    const countries = [
      ...new Set([COUNTRIES[index % COUNTRIES.length], COUNTRIES[(index * 7 + 3) % COUNTRIES.length]]),
    ];
    return [
      `BENCH-${index}`,
      ACTIVITY_KINDS[index % ACTIVITY_KINDS.length],
      THEMES[index % THEMES.length],
      `Synthetic activity ${index}`,
      `2030-${month}-${day}`,
      `2030-${month}-${day}`,
      countries.join("; "),
      total,
      Math.floor(total / 3),
      total - Math.floor(total / 3),
    ];
  });
  return new TextEncoder().encode(stringify([keys.map(header), ...lines]));
}

/** The items the import writes for the file's rows, for the raw BatchWrite. */
async function sameItems(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const read = await readFile(bytes);
  if ("problems" in read) throw new Error(read.problems.join("; "));
  const { rows } = readRows(read.sheet, { language: "en", donors: [], mentors: [] });
  return rows.flatMap((row) => {
    const activity = newActivity(row.input, MANAGER, { id: recordId("bench.csv", row) });
    return [
      ...linkKeys(activity),
      auditEntryItem(
        { entity: "Activity", recordId: activity.id, action: "import", actor: MANAGER, after: activity },
        activity.createdAt,
        "bench",
      ),
      storedItem(model.activity, activity),
    ];
  });
}

async function table(local: LocalDynamoDb, name: string): Promise<Database> {
  const db = createDatabase(
    { tableName: name, dynamodbEndpoint: local.endpoint, region: LOCAL_REGION },
    LOCAL_CREDENTIALS,
  );
  await ensureTable(db.client, name);
  return db;
}

async function main() {
  const values = parseCommandLine(COMMAND);
  if (!/^\d+$/.test(values.rows)) throw new UsageError(`--rows must be a whole number, not "${values.rows}".`);
  const rows = Number(values.rows);
  const progress = steps(`Import of ${rows} rows`, 5);
  let local: LocalDynamoDb | undefined;
  try {
    progress.next("starting DynamoDB Local");
    local = await startDynamoDbLocal();
    const importTable = await table(local, "bench-import");
    const rawTable = await table(local, "bench-raw");
    const bytes = syntheticFile(rows);
    progress.next("importing (dry run)");
    let started = performance.now();
    const dry = await importActivities({ db: importTable }, MANAGER, bytes, {
      fileName: "bench.csv",
      language: "en",
      commit: false,
      submit: false,
    });
    const dryMs = performance.now() - started;
    if (dry.problems.length > 0) throw new Error(`the synthetic file has problems: ${dry.problems[0]?.message}`);
    progress.next("importing (commit)");
    started = performance.now();
    const done = await importActivities({ db: importTable }, MANAGER, bytes, {
      fileName: "bench.csv",
      language: "en",
      commit: true,
      submit: false,
    });
    const importMs = performance.now() - started;
    progress.next("raw BatchWrite of the same items");
    const items = await sameItems(bytes);
    started = performance.now();
    await putAll(rawTable, items);
    const rawMs = performance.now() - started;
    progress.stop();
    console.table([
      {
        rows,
        "items written": items.length,
        "dry run ms": Math.round(dryMs),
        "import ms (commit)": Math.round(importMs),
        "raw BatchWrite ms": Math.round(rawMs),
        "import / raw": Number((importMs / rawMs).toFixed(2)),
        created: done.create.length,
      },
    ]);
  } finally {
    progress.stop();
    await local?.stop();
  }
}

run(main);
