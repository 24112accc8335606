// Row: a spreadsheet import of N rows committed into an empty table, against a raw BatchWrite of
// the same items (activities, links, audit entries, in the order the import writes them) into
// another table of the same DynamoDB Local. DynamoDB Local's Java process (and Node) run slower
// while they warm up, whatever comes first: an untimed round of both goes before the timed rounds,
// in which the two take turns going first. `npm run bench:import` runs the same measure alone.
import { stringify } from "csv-stringify/sync";
import { linkKeys, newActivity } from "../../shared/data/activities";
import { IMPORT_BATCH_SIZE, putAll } from "../../shared/data/activity-batches";
import { auditEntryItem } from "../../shared/data/audit";
import type { Database } from "../../shared/data/client";
import { model, storedItem } from "../../shared/data/model";
import { ACTIVITY_KINDS, THEMES } from "../../shared/domain/vocabulary";
import { COLUMNS } from "../../shared/spreadsheet/columns";
import { readFile } from "../../shared/spreadsheet/read-file";
import { readRows } from "../../shared/spreadsheet/rows";
import { importActivities, recordId } from "../../shared/use-cases/imports";
import type { BenchContext } from "./context";
import { type BenchRow, ratioRow } from "./table";
import { timed } from "./timed";
import { count } from "./totals";

/** The import within 1.5 times the raw writes of its items. */
const GOAL = 1.5;

const COUNTRIES = ["KEN", "UGA", "TZA", "ETH", "SLV", "GTM", "HND", "SEN", "CIV", "THA", "VNM", "PHL"];
const MANAGER = { id: "bench", role: "manager" } as const;
const OPTIONS = { fileName: "bench.csv", language: "en", submit: false } as const;
const header = (key: string) => COLUMNS.find((column) => column.key === key)?.header("en") ?? key;

export type ImportMeasure = {
  rows: number;
  rounds: number;
  /** The items the import writes, which the raw BatchWrite writes too. */
  items: number;
  /** Summed over the timed rounds. */
  importMs: number;
  rawMs: number;
  /** Each round's two times, in the order they ran. */
  perRound: string[];
  /** A dry run of the same file (read, checked, existing records read), when asked for. */
  dryMs?: number;
};

export type ImportSetup = {
  rows: number;
  rounds: number;
  /** A new empty table of that name on the DynamoDB Local measured. */
  table: (name: string) => Promise<Database>;
  /** Names the step under way. */
  step: (line: string) => void;
  dryRun?: boolean;
};

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

/** The import and the raw writes of a synthetic file of `rows` rows, each round into new tables. */
export async function measureImport({ rows, rounds, table, step, dryRun }: ImportSetup): Promise<ImportMeasure> {
  const bytes = syntheticFile(rows);
  const items = await sameItems(bytes);
  // Untimed: the same import and the same raw writes into tables of their own, so that no round
  // pays for the warm-up of either process alone.
  step("warming up: the same import and raw writes, not timed");
  await importActivities({ db: await table("bench-import-warm-up") }, MANAGER, bytes, { ...OPTIONS, commit: true });
  await putAll(await table("bench-raw-warm-up"), items);
  let dryMs: number | undefined;
  if (dryRun) {
    step("importing (dry run)");
    const db = await table("bench-import-dry-run");
    let dry: Awaited<ReturnType<typeof importActivities>> | undefined;
    dryMs = await timed(async () => {
      dry = await importActivities({ db }, MANAGER, bytes, { ...OPTIONS, commit: false });
    });
    if (dry?.problems.length) throw new Error(`the synthetic file has problems: ${dry.problems[0]?.message}`);
  }
  let importMs = 0;
  let rawMs = 0;
  const perRound: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const importTable = await table(`bench-import-${round}`);
    const rawTable = await table(`bench-raw-${round}`);
    const importing = async () => {
      step(`round ${round} of ${rounds}: importing ${rows} rows (commit)`);
      const ms = await timed(async () => {
        const done = await importActivities({ db: importTable }, MANAGER, bytes, { ...OPTIONS, commit: true });
        if (done.create.length !== rows) throw new Error(`the import created ${done.create.length} of ${rows} rows`);
      });
      importMs += ms;
      return ms;
    };
    const raw = async () => {
      step(`round ${round} of ${rounds}: raw BatchWrite of the same ${items.length} items`);
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
  return { rows, rounds, items: items.length, importMs, rawMs, perRound, ...(dryMs !== undefined && { dryMs }) };
}

export function importRow(measure: ImportMeasure): BenchRow {
  const { rows, rounds, items } = measure;
  return ratioRow(
    `import of ${count(rows)} rows committed (the file read and checked again) vs raw BatchWrite of the same ${count(items)} items, ${rounds} round${rounds > 1 ? "s" : ""}`,
    { value: Math.round(measure.importMs), unit: "ms" },
    { value: Math.round(measure.rawMs), unit: "ms" },
    GOAL,
  );
}

/** Two rounds per `--runs`, so that each of the two goes first as often as the other. */
export async function importRows(context: BenchContext): Promise<BenchRow[]> {
  const measure = await measureImport({
    rows: context.sizes.smallActivities,
    rounds: 2 * context.runs,
    table: context.table,
    step: (line) => context.say(`import: ${line}`),
  });
  for (const line of measure.perRound) context.say(`import: ${line}`);
  return [importRow(measure)];
}
