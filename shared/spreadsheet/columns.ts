// The columns of the import spreadsheet, built from the activity's schema and vocabularies: where
// each puts its value in the activity, how a cell is read, and the list it offers. The template,
// its "about" sheet and the import all come from this one list. Keys are the export's headers where
// the export has the column (kind, start_date, women…), so a year's export imports as it is.
import { type Activity, ActivityInputSchema } from "../domain/activity";
import { isRegionCode } from "../domain/countries";
import { PROFESSIONS } from "../domain/vocabulary";
import { LANGUAGES, type Language } from "../language/languages";
import { languageTable } from "../language/tables";
import { type Cell, shown } from "./cells";
import {
  type Choice,
  countryChoicesList,
  KIND_CHOICES,
  listEntry,
  matchChoice,
  QUALIFIER_CHOICES,
  THEME_CHOICES,
} from "./choices";
import { type ChoiceKind, PROBLEM_WORDS } from "./problem-words";
import { type FixedColumn, SPREADSHEET_WORDS } from "./words";

/** What the import knows beside the file: the records a row may cite, and the reader's language. */
export type ReadContext = { language: Language; donors: Choice[]; mentors: Choice[] };

export type Parsed = { value: unknown } | { problem: string };

export type Column = {
  key: string;
  /** Other headers read as this column (the export's `id` for the reference). */
  aliases?: readonly string[];
  /** Where the value goes in the activity's input; undefined for the row's own fields. */
  path?: readonly string[];
  required?: boolean;
  header: (language: Language) => string;
  help: (language: Language) => string;
  example: string;
  width: number;
  /** The drop-down's list, if the column has one. */
  list?: (context: ReadContext) => Choice[];
  /** Number columns are formatted as numbers in the template, the others as text. */
  numeric?: boolean;
  read: (cell: Cell, context: ReadContext) => Parsed;
  /** The cell of a stored activity, as the export writes it and `read` reads it back. */
  write?: (activity: Activity) => CellValue;
};

/** What the export writes in a cell: text, a number, or nothing. */
export type CellValue = string | number | undefined;

function valueAt(activity: Activity, path: readonly string[]): unknown {
  let node: unknown = activity;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

/** The export's cell for a column with a path: lists joined by ';', everything else as stored. */
function written(path: readonly string[]) {
  return (activity: Activity): CellValue => {
    const value = valueAt(activity, path);
    if (Array.isArray(value)) return value.join(";") || undefined;
    return typeof value === "string" || typeof value === "number" ? value : undefined;
  };
}

const SEPARATOR = /\s*;\s*/;

/** What is wrong with a cell, in the reader's language. */
const problems = (context: ReadContext) => PROBLEM_WORDS[context.language];

function text(cell: Cell, context: ReadContext): Parsed {
  if (cell.kind === "text") return { value: cell.value.trim() };
  if (cell.kind === "number") return { value: String(cell.value) };
  return { problem: problems(context).notText(shown(cell)) };
}

function count(cell: Cell, context: ReadContext): Parsed {
  if (cell.kind === "number") {
    return Number.isInteger(cell.value)
      ? { value: cell.value }
      : { problem: problems(context).notWhole(String(cell.value)) };
  }
  if (cell.kind === "text" && /^\s*\d+\s*$/.test(cell.value)) return { value: Number(cell.value) };
  return { problem: problems(context).notNumber(shown(cell)) };
}

function date(cell: Cell, context: ReadContext): Parsed {
  if (cell.kind === "date") return { value: cell.value.toISOString().slice(0, 10) };
  if (cell.kind === "number" || (cell.kind === "text" && /^\s*\d{5}(\.\d+)?\s*$/.test(cell.value))) {
    return { problem: problems(context).serialDate(shown(cell).trim()) };
  }
  if (cell.kind === "text" && /^\d{4}-\d{2}-\d{2}$/.test(cell.value.trim())) return { value: cell.value.trim() };
  return { problem: problems(context).notDate(shown(cell)) };
}

function choice(what: ChoiceKind, choices: (context: ReadContext) => Choice[]) {
  return (cell: Cell, context: ReadContext): Parsed => {
    const typed = text(cell, context);
    if ("problem" in typed) return typed;
    const match = matchChoice(String(typed.value), choices(context), context.language);
    if ("code" in match) return { value: match.code };
    return { problem: problems(context).notChoice(String(typed.value), what, match.suggestion) };
  };
}

function list(read?: (item: Cell, context: ReadContext) => Parsed) {
  return (cell: Cell, context: ReadContext): Parsed => {
    const typed = text(cell, context);
    if ("problem" in typed) return typed;
    const items = String(typed.value).split(SEPARATOR).filter(Boolean);
    if (!read) return { value: items };
    const values: unknown[] = [];
    const problems: string[] = [];
    for (const item of items) {
      const parsed = read({ kind: "text", value: item }, context);
      if ("problem" in parsed) problems.push(parsed.problem);
      else values.push(parsed.value);
    }
    return problems.length > 0 ? { problem: problems.join("; ") } : { value: values };
  };
}

const country = choice("country", () => countryChoicesList());

function byCountry(cell: Cell, context: ReadContext): Parsed {
  const typed = text(cell, context);
  if ("problem" in typed) return typed;
  const entries: [string, number][] = [];
  for (const part of String(typed.value).split(SEPARATOR).filter(Boolean)) {
    const [place, figure] = part.split(/\s*:\s*(?=\d+\s*$)/);
    if (place === undefined || figure === undefined) return { problem: problems(context).notPair(part) };
    const code = country({ kind: "text", value: place }, context);
    if ("problem" in code) return code;
    entries.push([String(code.value), Number(figure)]);
  }
  return { value: Object.fromEntries(entries) };
}

function source(cell: Cell, context: ReadContext): Parsed {
  const typed = text(cell, context);
  if ("problem" in typed) return typed;
  const match = /^(.+?),\s*¶\s*(\S+)$/.exec(String(typed.value));
  if (!match) return { problem: problems(context).notSource(String(typed.value)) };
  return { value: { document: match[1], paragraph: match[2] } };
}

function region(cell: Cell, context: ReadContext): Parsed {
  const typed = cell.kind === "number" ? { value: String(cell.value).padStart(3, "0") } : text(cell, context);
  if ("problem" in typed) return typed;
  return isRegionCode(String(typed.value)) ? typed : { problem: problems(context).notRegion(String(typed.value)) };
}

/** Outcomes as the export writes them: JSON, each checked by the activity's schema afterwards. */
function outcomes(cell: Cell, context: ReadContext): Parsed {
  const typed = text(cell, context);
  if ("problem" in typed) return typed;
  try {
    const value = JSON.parse(String(typed.value)) as unknown;
    if (Array.isArray(value)) return { value };
  } catch {
    // Said below.
  }
  return { problem: problems(context).notOutcomes };
}

function year(cell: Cell, context: ReadContext): Parsed {
  return count(cell, context);
}

const words = (language: Language) => SPREADSHEET_WORDS[language];
const fixed = (key: FixedColumn, column: Omit<Column, "key" | "header" | "help">): Column => ({
  key,
  header: (language) => words(language).columns[key].header,
  help: (language) => words(language).columns[key].help,
  ...column,
});

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const required = new Set(
  Object.entries(ActivityInputSchema.shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([name]) => name),
);

/** The import's columns, in the template's order. */
export const COLUMNS: Column[] = [
  fixed("reference", { aliases: ["id"], example: "KEN-2019-014", width: 18, read: text }),
  fixed("kind", {
    path: ["kind"],
    example: "training",
    width: 22,
    list: () => KIND_CHOICES,
    read: choice("kind", () => KIND_CHOICES),
  }),
  fixed("theme", {
    path: ["theme"],
    example: "cryptocurrency_darknet",
    width: 30,
    list: () => THEME_CHOICES,
    read: choice("theme", () => THEME_CHOICES),
  }),
  fixed("title", { path: ["title"], example: "Cryptocurrency tracing for investigators", width: 40, read: text }),
  fixed("start_date", { path: ["startDate"], example: "2019-06-10", width: 12, read: date }),
  fixed("end_date", { path: ["endDate"], example: "2019-06-14", width: 12, read: date }),
  fixed("year", { path: ["year"], example: "2019", width: 8, numeric: true, read: year }),
  fixed("countries", {
    path: ["countries"],
    example: "Kenya; UGA",
    width: 28,
    list: () => countryChoicesList(),
    read: list(country),
  }),
  fixed("country_count", { path: ["countryCount"], example: "", width: 10, numeric: true, read: count }),
  fixed("region", { path: ["region"], example: "014", width: 8, read: region }),
  fixed("place", { path: ["place"], example: "Nairobi", width: 16, read: text }),
  fixed("partners", { path: ["partners"], example: "INTERPOL", width: 24, read: list() }),
  fixed("donors", {
    path: ["donors"],
    example: "",
    width: 22,
    list: (context) => context.donors,
    read: list(choice("donor", (context) => context.donors)),
  }),
  fixed("participants", { path: ["participants", "total"], example: "30", width: 12, numeric: true, read: count }),
  fixed("participants_qualifier", {
    path: ["participants", "qualifier"],
    example: "exact",
    width: 12,
    list: () => QUALIFIER_CHOICES,
    read: choice("qualifier", () => QUALIFIER_CHOICES),
  }),
  fixed("women", { path: ["participants", "bySex", "women"], example: "12", width: 8, numeric: true, read: count }),
  fixed("men", { path: ["participants", "bySex", "men"], example: "18", width: 8, numeric: true, read: count }),
  fixed("sex_not_recorded", {
    path: ["participants", "bySex", "notRecorded"],
    example: "",
    width: 10,
    numeric: true,
    read: count,
  }),
  fixed("participants_by_country", {
    path: ["participants", "byCountry"],
    example: "KEN:20; UGA:10",
    width: 22,
    read: byCountry,
    write: (activity) =>
      Object.entries(activity.participants?.byCountry ?? {})
        .map(([country, count]) => `${country}:${count}`)
        .join(";") || undefined,
  }),
  ...PROFESSIONS.map(
    (profession): Column => ({
      key: profession,
      path: ["participants", "byProfession", profession],
      header: (language) => capitalised(languageTable(language).professions[profession].plural),
      help: (language) => words(language).profession.help,
      example: profession === "law_enforcement" ? "25" : profession === "prosecutors" ? "5" : "",
      width: Math.max(10, profession.length + 2),
      numeric: true,
      read: count,
    }),
  ),
  fixed("topics", { path: ["topics"], example: "cryptocurrency tracing", width: 24, read: list() }),
  fixed("outcomes", {
    path: ["outcomes"],
    example: "",
    width: 40,
    read: outcomes,
    write: (activity) => (activity.outcomes.length > 0 ? JSON.stringify(activity.outcomes) : undefined),
  }),
  ...LANGUAGES.map(
    (language): Column => ({
      key: `narrative_${language}`,
      path: ["narrative", language],
      header: (reader) => words(reader).narrative(languageName(language, reader)).header,
      help: (reader) => words(reader).narrative(languageName(language, reader)).help,
      example: "",
      width: 60,
      read: text,
    }),
  ),
  fixed("notes", { path: ["notes"], example: "", width: 30, read: text }),
  fixed("source", {
    path: ["source"],
    example: "E/CN.15/2020/12, ¶22",
    width: 22,
    read: source,
    write: (activity) => activity.source && `${activity.source.document}, ¶${activity.source.paragraph}`,
  }),
  fixed("mentor", {
    example: "",
    width: 24,
    list: (context) => context.mentors,
    read: choice("mentor", (context) => context.mentors),
    write: (activity) => activity.mentorId,
  }),
  fixed("version", { example: "", width: 8, numeric: true, read: count, write: (activity) => activity.version }),
].map((column) => ({
  ...column,
  required: column.path?.length === 1 && required.has(column.path[0] as string),
  write: column.write ?? (column.path ? written(column.path) : (activity: Activity) => activity.id),
}));

function languageName(language: Language, reader: Language): string {
  return new Intl.DisplayNames([languageTable(reader).locale], { type: "language" }).of(language) ?? language;
}

/** Columns of the export that the import reads past: computed or written by the server. */
export const IGNORED_COLUMNS = ["status"] as const;

/** The column a header names, in any language, by key or alias; ignoring case and spacing. */
export function columnOfHeader(header: string): Column | undefined {
  const typed = header.trim().toLowerCase();
  return COLUMNS.find(
    (column) =>
      column.key === typed ||
      column.aliases?.includes(typed) ||
      LANGUAGES.some((language) => column.header(language).toLowerCase() === typed),
  );
}

/** The drop-down entries of a column with a list, in the reader's language. */
export function listEntries(column: Column, context: ReadContext): string[] {
  return (column.list?.(context) ?? []).map((choice) => listEntry(choice, context.language));
}

/** A column's header in a language, by its key. */
export function columnHeader(key: string, language: Language): string {
  return COLUMNS.find((column) => column.key === key)?.header(language) ?? key;
}
