// `npm run report -- --year 2019 --lang fr --format md [--out FILE] [--preview] [--data DIR]`:
// the annual report from the local database (no server needed), to a file or standard output.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadReportInput } from "../shared/data/report-data";
import { LANGUAGES, type Language } from "../shared/domain/countries";
import { buildReport } from "../shared/report/build-report";
import { REPORT_FORMATS, type ReportFormat, renderReport } from "../shared/report/render";
import { openDatabase } from "./database";

const USAGE = `Usage: npm run report -- --year YYYY [--lang ${LANGUAGES.join("|")}] [--format ${REPORT_FORMATS.join("|")}] [--out FILE] [--preview] [--data DIR]`;

function options() {
  const { values } = parseArgs({
    options: {
      year: { type: "string" },
      lang: { type: "string", default: "fr" },
      format: { type: "string", default: "md" },
      out: { type: "string" },
      preview: { type: "boolean", default: false },
      data: { type: "string" },
    },
  });
  const year = Number(values.year);
  if (!Number.isInteger(year)) throw new Error(`--year is missing or not a year.\n${USAGE}`);
  if (!LANGUAGES.includes(values.lang as Language)) throw new Error(`--lang must be fr or en.\n${USAGE}`);
  if (!REPORT_FORMATS.includes(values.format as ReportFormat)) throw new Error(`--format is not known.\n${USAGE}`);
  if (values.format === "docx" && !values.out) throw new Error("A Word document needs --out FILE.");
  return { ...values, year, lang: values.lang as Language, format: values.format as ReportFormat };
}

async function main() {
  const { year, lang, format, out, preview, data } = options();
  const database = await openDatabase({ dataDir: data });
  try {
    const model = buildReport(await loadReportInput(database.db, { year, language: lang, preview }));
    const { body } = await renderReport(model, format);
    if (out) {
      await writeFile(out, body);
      console.error(`Wrote ${out} (${Buffer.byteLength(body)} bytes).`);
    } else {
      process.stdout.write(body);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
