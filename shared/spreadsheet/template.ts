// The import template, made from the columns (never kept by hand): an Excel workbook whose first
// sheet has the headers in the reader's language, a drop-down on every column with a list (kinds,
// themes, qualifiers, countries, donors, mentors, from a "Lists" sheet), text format on text and
// date columns so Excel keeps what is typed, and a sheet that explains each column; or CSV headers.
import { stringify } from "csv-stringify/sync";
import { COLUMNS, listEntries, type ReadContext } from "./columns";
import { MAX_IMPORT_ROWS } from "./limits";
import { SPREADSHEET_WORDS } from "./words";

const columnLetter = (index: number): string => {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

export function csvTemplate(context: ReadContext): string {
  return stringify([COLUMNS.map((column) => column.header(context.language))], {
    bom: true,
    record_delimiter: "windows",
  });
}

export async function xlsxTemplate(context: ReadContext): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on first use: the library is large, and no other request should pay for it at cold start.
  const { default: ExcelJS } = await import("exceljs");
  const words = SPREADSHEET_WORDS[context.language];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(words.sheets.activities, { views: [{ state: "frozen", ySplit: 1 }] });
  const about = workbook.addWorksheet(words.sheets.about);
  const lists = workbook.addWorksheet(words.sheets.lists);

  sheet.columns = COLUMNS.map((column) => ({
    header: column.header(context.language),
    key: column.key,
    width: column.width,
    // "@": text, so that Excel neither turns 2019-06-10 into a serial date nor KEN:12 into a time.
    style: { numFmt: column.numeric ? "0" : "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).numFmt = "@";

  let listColumn = 0;
  COLUMNS.forEach((column, index) => {
    const entries = listEntries(column, context);
    if (entries.length === 0) return;
    const letter = columnLetter(listColumn++);
    lists.getCell(`${letter}1`).value = column.header(context.language);
    lists.getCell(`${letter}1`).font = { bold: true };
    entries.forEach((entry, row) => {
      lists.getCell(`${letter}${row + 2}`).value = entry;
    });
    lists.getColumn(letter).width = Math.min(60, Math.max(...entries.map((entry) => entry.length)) + 2);
    const range = `'${words.sheets.lists}'!$${letter}$2:$${letter}$${entries.length + 1}`;
    const target = columnLetter(index);
    // A column of several values (countries, donors) takes them typed with ';': the list only suggests.
    const several = column.key === "countries" || column.key === "donors";
    (sheet as unknown as { dataValidations: { add: (address: string, rule: object) => void } }).dataValidations.add(
      `${target}2:${target}${MAX_IMPORT_ROWS + 1}`,
      {
        type: "list",
        allowBlank: true,
        formulae: [range],
        showErrorMessage: !several,
        errorStyle: several ? "information" : "stop",
        showInputMessage: true,
        promptTitle: column.header(context.language),
        prompt: column.help(context.language).slice(0, 255),
      },
    );
  });

  about.columns = [
    { header: words.about.column, key: "column", width: 28 },
    { header: words.about.required, key: "required", width: 12 },
    { header: words.about.help, key: "help", width: 90 },
    { header: words.about.example, key: "example", width: 28 },
  ];
  about.getRow(1).font = { bold: true };
  for (const column of COLUMNS) {
    about.addRow({
      column: column.header(context.language),
      required: column.required ? words.about.yes : "",
      help: column.help(context.language),
      example: column.example,
    });
  }
  about.getColumn("help").alignment = { wrapText: true, vertical: "top" };
  about.addRow({});
  about.addRow({ column: words.about.intro });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
