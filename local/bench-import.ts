// Benchmark, not a test: a spreadsheet import of N rows (default 10 000) committed into an empty
// table, against a raw BatchWrite of the same items (activities, links, audit entries) into another
// table of the same DynamoDB Local, in the same run. DynamoDB Local's Java process (and Node) run
// slower while they warm up, whatever comes first: an untimed round of both goes before the timed
// rounds, in which the two take turns going first.
// Prints one table (local/bench/table.ts): times summed over the rounds and their ratio.
// Run: npm run bench:import [-- --rows N --rounds R]
import { stringify } from "csv-stringify/sync";
import { linkKeys, newActivity } from "../shared/data/activities";
import { IMPORT_BATCH_SIZE, putAll } from "../shared/data/activity-batches";
import { auditEntryItem } from "../shared/data/audit";
import { createDatabase, type Database } from "../shared/data/client";
import { model, storedItem } from "../shared/data/model";
import { ACTIVITY_KINDS, THEMES } from "../shared/domain/vocabulary";
import { COLUMNS } from "../shared/spreadsheet/columns";
import { readFile } from "../shared/spreadsheet/read-file";
import { readRows } from "../shared/spreadsheet/rows";
import { importActivities, recordId } from "../shared/use-cases/imports";
import { formatBenchTable, ratioRow } from "./bench/table";
import { parseCommandLine, run, UsageError } from "./cli";
import { ensureTable } from "./create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDynamoDb, startDynamoDbLocal } from "./dynamodb-local";
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

/** The import within 1.5 times the raw writes of its items. */
const GOAL = 1.5;

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

/**
 * The items the import writes for the file's rows, in the order it writes them, for the raw
 * BatchWrite: per batch of rows, their links and audit entries, then the records.
 */
async function sameItems(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const read = await readFile(bytes);
  if ("problems" in read) throw new Error(read.problems.join("; "));
  const { rows } = readRows(read.sheet, { language: "en", donors: [], mentors: [] });
  const activities = rows.map((row) => newActivity(row.input, MANAGER, { id: recordId("bench.csv", row) }));
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < activities.length; start += IMPORT_BATCH_SIZE) {
    const batch = activities.slice(start, start + IMPORT_BATCH_SIZE);
    for (const activity of batch) {
      items.push(
        ...linkKeys(activity),
        auditEntryItem(
          { entity: "Activity", recordId: activity.id, action: "import", actor: MANAGER, after: activity },
          activity.createdAt,
          "bench",
        ),
      );
    }
    items.push(...batch.map((activity) => storedItem(model.activity, activity)));
  }
  return items;
}

async function table(local: LocalDynamoDb, name: string): Promise<Database> {
  const db = createDatabase(
    { tableName: name, dynamodbEndpoint: local.endpoint, region: LOCAL_REGION },
    LOCAL_CREDENTIALS,
  );
  await ensureTable(db.client, name);
  return db;
}

/** The time `work` takes, in ms. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main() {
  const values = parseCommandLine(COMMAND);
  for (const option of ["rows", "rounds"] as const) {
    if (!/^[1-9]\d*$/.test(values[option])) {
      throw new UsageError(`--${option} must be a whole number above 0, not "${values[option]}".`);
    }
  }
  const rows = Number(values.rows);
  const rounds = Number(values.rounds);
  const progress = steps(`Import of ${rows} rows`, 3 + 2 * rounds);
  let local: LocalDynamoDb | undefined;
  try {
    progress.next("starting DynamoDB Local");
    local = await startDynamoDbLocal();
    const bytes = syntheticFile(rows);
    const items = await sameItems(bytes);
    const options = { fileName: "bench.csv", language: "en", submit: false } as const;
    // Untimed: the same import and the same raw writes into tables of their own, so that no round
    // pays for the warm-up of either process alone.
    progress.next("warming up: the same import and raw writes, not timed");
    await importActivities({ db: await table(local, "bench-warm-up-import") }, MANAGER, bytes, {
      ...options,
      commit: true,
    });
    await putAll(await table(local, "bench-warm-up-raw"), items);
    progress.next("importing (dry run)");
    const dryTable = await table(local, "bench-dry-run");
    let dry: Awaited<ReturnType<typeof importActivities>> | undefined;
    const dryMs = await timed(async () => {
      dry = await importActivities({ db: dryTable }, MANAGER, bytes, { ...options, commit: false });
    });
    if (dry?.problems.length) throw new Error(`the synthetic file has problems: ${dry.problems[0]?.message}`);
    let importMs = 0;
    let rawMs = 0;
    const perRound: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      const importTable = await table(local, `bench-import-${round}`);
      const rawTable = await table(local, `bench-raw-${round}`);
      const importing = async () => {
        progress.next(`round ${round}: importing (commit)`);
        const ms = await timed(async () => {
          const done = await importActivities({ db: importTable }, MANAGER, bytes, { ...options, commit: true });
          if (done.create.length !== rows) throw new Error(`the import created ${done.create.length} of ${rows} rows`);
        });
        importMs += ms;
        return ms;
      };
      const raw = async () => {
        progress.next(`round ${round}: raw BatchWrite of the same items`);
        const ms = await timed(() => putAll(rawTable, items));
        rawMs += ms;
        return ms;
      };
      // Whichever writes first in a Java process still warming up is slower: the order alternates.
      if (round % 2 === 1) {
        const first = await importing();
        perRound.push(`round ${round}: import ${Math.round(first)} ms, then raw ${Math.round(await raw())} ms`);
      } else {
        const first = await raw();
        perRound.push(`round ${round}: raw ${Math.round(first)} ms, then import ${Math.round(await importing())} ms`);
      }
    }
    progress.stop();
    console.log(
      formatBenchTable([
        ratioRow(
          `import of ${rows} rows committed (the file read and checked again) vs raw BatchWrite of the same ${items.length} items, ${rounds} round${rounds > 1 ? "s" : ""}`,
          { value: Math.round(importMs), unit: "ms" },
          { value: Math.round(rawMs), unit: "ms" },
          GOAL,
        ),
      ]),
    );
    console.log(`\n${perRound.join("\n")}`);
    console.log(`dry run of the same file (read, checked, existing records read): ${Math.round(dryMs)} ms`);
  } finally {
    progress.stop();
    await local?.stop();
  }
}

run(main);
