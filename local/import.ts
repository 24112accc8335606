// `npm run import -- FILE [--commit] [--submit] [--lang fr|en] [--data DIR]`: imports a spreadsheet
// of activities (.xlsx or .csv) into the local database as a programme manager: a dry run that
// prints every problem and what would be created and updated, or, with --commit, the writes.
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { LANGUAGES, type Language } from "../shared/language/languages";
import { MAX_IMPORT_BYTES } from "../shared/spreadsheet/limits";
import { problemText } from "../shared/spreadsheet/rows";
import { type ImportReport, importActivities } from "../shared/use-cases/imports";
import { DATA_OPTION, DATABASE_ENVIRONMENT, parseCommandLineWithOperand, run, UsageError } from "./cli";
import { openDatabase } from "./database";
import { steps } from "./progress";

const COMMAND = {
  command: "npm run import --",
  summary:
    "Imports a spreadsheet of activities (Excel .xlsx or CSV in UTF-8, one row per activity, as the template made " +
    "by GET /imports/template) into the local database, as a programme manager. Without --commit it is a dry run: " +
    "it lists every problem with its row and column, and what would be created, updated and left as it is, and " +
    "writes nothing. With --commit, a file without problems is written; one with problems is refused whole. " +
    "Exit code 0 when the file has no problem, 1 when it has some.",
  operand: { name: "FILE", description: "the .xlsx or .csv file to import" },
  options: {
    commit: { type: "boolean", description: "write the rows (only if the file has no problem)" },
    submit: { type: "boolean", description: "new records are submitted for validation, not drafts" },
    lang: {
      type: "string",
      value: LANGUAGES.join("|"),
      description: "language of the column headers in messages",
      default: "en",
    },
    data: DATA_OPTION,
  },
  environment: DATABASE_ENVIRONMENT,
  examples: [
    ["npm run import -- activities-2019.xlsx", "a dry run: the problems, and what would be written"],
    ["npm run import -- activities-2019.xlsx --commit --data .data", "writes them into the database kept in .data/"],
    ["npm run import -- kenya.csv --commit --submit", "writes them as submitted for validation"],
  ],
} as const;

/** Who the command acts as: a programme manager, who may import for any mentor. */
const LOCAL_MANAGER = { id: "local-import", role: "manager" } as const;

function printReport(report: ImportReport, write: (line: string) => void) {
  write(`${report.file}: ${report.rows} rows`);
  for (const problem of report.problems) write(`  ${problemText(problem)}`);
  const verb = report.committed ? ["created", "updated"] : ["would be created", "would be updated"];
  write(`${report.create.length} ${verb[0]}, ${report.update.length} ${verb[1]}, ${report.unchanged.length} unchanged`);
  for (const [label, rows] of [
    [verb[0], report.create],
    [verb[1], report.update],
  ] as const) {
    for (const row of rows.slice(0, 20)) write(`  ${label}: row ${row.row}, ${row.id}, ${row.title}`);
    if (rows.length > 20) write(`  … and ${rows.length - 20} more ${label}`);
  }
  if (report.problems.length > 0) {
    write(`${report.problems.length} problem(s): nothing was written.`);
  } else if (!report.committed) {
    write("No problem. Nothing was written: run again with --commit to write.");
  }
}

async function main() {
  const { values, operand: file } = parseCommandLineWithOperand(COMMAND);
  if (!LANGUAGES.includes(values.lang as Language)) {
    throw new UsageError(`--lang must be ${LANGUAGES.join(" or ")}, not "${values.lang}".`);
  }
  const size = await stat(file).then(
    (found) => found.size,
    () => {
      throw new UsageError(`${file} cannot be read.`);
    },
  );
  if (size > MAX_IMPORT_BYTES) {
    throw new Error(`${file} is ${size} bytes, over the import's limit of ${MAX_IMPORT_BYTES}: split it.`);
  }
  const bytes = new Uint8Array(await readFile(file));
  const progress = steps(`Import ${basename(file)}`, 4);
  let report: ImportReport;
  try {
    const database = await openDatabase({ dataDir: values.data, onStep: progress.next });
    try {
      progress.next(values.commit ? "reading and writing the rows" : "reading the rows");
      report = await importActivities(database, LOCAL_MANAGER, bytes, {
        fileName: basename(file),
        language: values.lang as Language,
        commit: values.commit ?? false,
        submit: values.submit ?? false,
      });
    } finally {
      await database.close();
    }
  } finally {
    progress.stop();
  }
  printReport(report, (line) => process.stdout.write(`${line}\n`));
  if (report.problems.length > 0) process.exitCode = 1;
}

run(main);
