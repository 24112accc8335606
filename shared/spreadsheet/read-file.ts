// Reads an uploaded file as a header row and data rows of cells: an Excel workbook (.xlsx, its
// first sheet) or CSV (UTF-8, comma or semicolon). What makes the file unreadable as a whole — not
// a spreadsheet, merged cells, too many rows — is a problem of the file, and no row is read.
import type { Language } from "../language/languages";
import { type Cell, EMPTY } from "./cells";
import { MAX_IMPORT_ROWS } from "./limits";
import { PROBLEM_WORDS } from "./problem-words";

export type SheetRow = { number: number; cells: Cell[] };
export type Sheet = { headers: string[]; rows: SheetRow[] };
export type FileRead = { sheet: Sheet } | { problems: string[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Text the export wrote with a leading quote so Excel would not run it ('=…): read back as typed. */
const ESCAPED_FORMULA = /^'([=+\-@].*)$/s;

function textCell(value: string): Cell {
  if (value.trim() === "") return EMPTY;
  const escaped = ESCAPED_FORMULA.exec(value);
  if (escaped) return { kind: "text", value: escaped[1] as string };
  if (value.startsWith("=")) return { kind: "formula", formula: value.slice(1) };
  return { kind: "text", value };
}

/** The file's header and rows, or what makes it unreadable, said in `language`. */
export async function readFile(bytes: Uint8Array, language: Language = "en"): Promise<FileRead> {
  const words = PROBLEM_WORDS[language];
  if (bytes.byteLength === 0) return { problems: [words.empty] };
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, language);
  if (startsWith(bytes, OLE)) return { problems: [words.oldExcel] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problems: [words.notUtf8] };
  }
  if (text.includes("\u0000")) return { problems: [words.notCsvText] };
  return readCsv(text, language);
}

async function readCsv(text: string, language: Language): Promise<FileRead> {
  // Imported here: the API's routes that never read a file do not parse it at cold start.
  const { parse } = await import("csv-parse/sync");
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    return { problems: [PROBLEM_WORDS[language].csv((error as Error).message)] };
  }
  const [headers = [], ...data] = records;
  if (data.length > MAX_IMPORT_ROWS)
    return { problems: [PROBLEM_WORDS[language].tooMany(data.length, MAX_IMPORT_ROWS)] };
  const rows = data
    .map((cells, index) => ({ number: index + 2, cells: cells.map(textCell) }))
    .filter((row) => row.cells.some((cell) => cell.kind !== "empty"));
  return { sheet: { headers: headers.map((header) => header.trim()), rows } };
}

type ExcelValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: { text: string }[] }
  | { text: string; hyperlink: string }
  | { error: string };

/**
 * A workbook's text, as the sheet shows it: a formula there is a formula cell, never text, so text
 * beginning with "=" (which the export writes as it is, as Excel keeps text typed in a text cell)
 * is text, read back as written.
 */
const workbookText = (value: string): Cell => (value.trim() === "" ? EMPTY : { kind: "text", value });

function excelCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") return workbookText(value);
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "text", value: String(value) };
  if (value instanceof Date) return { kind: "date", value };
  if ("formula" in value || "sharedFormula" in value) {
    return { kind: "formula", formula: value.formula ?? value.sharedFormula ?? "" };
  }
  if ("richText" in value) return workbookText(value.richText.map((run) => run.text).join(""));
  if ("hyperlink" in value) return workbookText(value.text);
  if ("error" in value) return { kind: "formula", formula: value.error };
  return EMPTY;
}

async function readWorkbook(bytes: Uint8Array, language: Language): Promise<FileRead> {
  const words = PROBLEM_WORDS[language];
  // Loaded on first use: the library is large, and no other request should pay for it at cold start.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { problems: [words.notWorkbook] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { problems: [words.noSheet] };
  const problems: string[] = [];
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) {
    problems.push(words.merged(`${merges.slice(0, 5).join(", ")}${merges.length > 5 ? "…" : ""}`));
  }
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS)
    problems.push(words.tooMany(sheet.actualRowCount - 1, MAX_IMPORT_ROWS));
  if (problems.length > 0) return { problems };
  const width = sheet.columnCount;
  const cellsOf = (row: { getCell: (column: number) => { value: unknown } }) =>
    Array.from({ length: width }, (_, i) => excelCell(row.getCell(i + 1).value as ExcelValue));
  const headers = cellsOf(sheet.getRow(1)).map((cell) => (cell.kind === "text" ? cell.value.trim() : ""));
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = cellsOf(row);
    if (cells.some((cell) => cell.kind !== "empty")) rows.push({ number, cells });
  });
  return { sheet: { headers, rows } };
}
