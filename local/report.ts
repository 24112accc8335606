// `npm run report -- --year 2019 --lang fr --format md [--out FILE] [--preview] [--data DIR]`:
// the annual report from the local database (no server needed), to a file or standard output.
// Standard output holds the report and nothing else; progress goes to standard error, on a terminal.
import { writeFile } from "node:fs/promises";
import { loadReportInput } from "../shared/data/report-data";
import { LANGUAGES, type Language } from "../shared/domain/countries";
import { buildReport } from "../shared/report/build-report";
import { REPORT_FORMATS, type ReportFormat, renderReportBytes } from "../shared/report/render";
import { DATA_OPTION, DATABASE_ENVIRONMENT, parseCommandLine, run, UsageError, yearOption } from "./cli";
import { openDatabase } from "./database";
import { steps } from "./progress";

const COMMAND = {
  command: "npm run report --",
  summary:
    "Writes the annual report of a year, computed from the records of the local database (an embedded DynamoDB " +
    "Local, created and seeded with the 2019 records, unless the environment names another), to standard output " +
    "or to a file.",
  options: {
    year: { type: "string", value: "YYYY", description: "the year reported on", required: true },
    lang: { type: "string", value: LANGUAGES.join("|"), description: "language of the report", default: "fr" },
    format: { type: "string", value: REPORT_FORMATS.join("|"), description: "format of the report", default: "md" },
    out: {
      type: "string",
      value: "FILE",
      description: "write the report to FILE (needed for docx)",
      defaultText: "standard output",
    },
    preview: { type: "boolean", description: "count submitted records too, marked as such" },
    data: DATA_OPTION,
  },
  environment: DATABASE_ENVIRONMENT,
  examples: [
    [
      "npm run -s report -- --year 2019 --lang fr --format md",
      "the 2019 report in French, as Markdown, to standard output",
    ],
    ["npm run report -- --year 2019 --lang en --format docx --out report-2019-en.docx", "as a Word document"],
    ["npm run report -- --year 2019 --lang es --format docx --out report-2019-es.docx", "in Spanish"],
    ["npm run report -- --year 2019 --format html --out report.html --data .data", "over a database kept in .data/"],
  ],
} as const;

function options() {
  const values = parseCommandLine(COMMAND);
  const year = yearOption(values.year);
  if (!LANGUAGES.includes(values.lang as Language)) {
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(", ")}, not "${values.lang}".`);
  }
  if (!REPORT_FORMATS.includes(values.format as ReportFormat)) {
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}, not "${values.format}".`);
  }
  if (values.format === "docx" && !values.out) throw new UsageError("A Word document needs --out FILE.");
  return { ...values, year, lang: values.lang as Language, format: values.format as ReportFormat };
}

async function main() {
  const { year, lang, format, out, preview, data } = options();
  // Starting DynamoDB Local, the table, the seed, reading, building, rendering.
  const progress = steps(`Report ${year}`, 6);
  let body: Uint8Array;
  try {
    const database = await openDatabase({ dataDir: data, onStep: progress.next });
    try {
      progress.next("reading the records");
      const input = await loadReportInput(database.db, { year, language: lang, preview: preview ?? false });
      progress.next("building the report");
      const model = buildReport(input);
      progress.next(`rendering ${format}`);
      ({ bytes: body } = await renderReportBytes(model, format));
    } finally {
      await database.close();
    }
  } finally {
    progress.stop();
  }
  if (out) {
    await writeFile(out, body);
    console.error(`Wrote ${out} (${body.length} bytes).`);
  } else {
    process.stdout.write(body);
  }
}

run(main);
