// The rows of a sheet as activities to import: each cell read by its column, the whole checked by
// the activity's own schema (the API's rules), and every problem named by row number and column
// header in the reader's language ("row 14, Countries: 'Kenja' is not a country — did you mean
// Kenya (KEN)?", « ligne 14, Pays : « Kenja » n’est pas un pays — vouliez-vous dire Kenya (KEN) ? »).
import { type ActivityInput, ActivityInputSchema } from "../domain/activity";
import { IdSchema } from "../domain/common";
import type { Language } from "../language/languages";
import { COLUMNS, type Column, columnOfHeader, IGNORED_COLUMNS, type ReadContext } from "./columns";
import { PROBLEM_WORDS, typeset } from "./problem-words";
import type { Sheet } from "./read-file";

export type Problem = { row?: number; column?: string; message: string };

export type ImportRow = {
  row: number;
  /** The row's reference as typed, if any. */
  reference?: string;
  mentor?: string;
  version?: number;
  input: ActivityInput;
};

/** A problem as one line, in the language its message was made in: "row 2, Countries: …". */
export function problemText({ row, column, message }: Problem, language: Language = "en"): string {
  const where = [row === undefined ? undefined : PROBLEM_WORDS[language].row(row), column].filter(Boolean).join(", ");
  return typeset(where ? PROBLEM_WORDS[language].line(where, message) : message, language);
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1) as string] = value;
}

/** The column an issue of the schema is about: the one whose path shares most of the issue's path. */
function columnOfIssue(path: readonly PropertyKey[], columns: Column[]): Column | undefined {
  let best: Column | undefined;
  let bestLength = 0;
  for (const column of columns) {
    const own = column.path ?? [];
    let shared = 0;
    while (shared < own.length && shared < path.length && own[shared] === String(path[shared])) shared++;
    if (shared > bestLength) {
      best = column;
      bestLength = shared;
    }
  }
  return best;
}

export function readRows(sheet: Sheet, context: ReadContext): { rows: ImportRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const words = PROBLEM_WORDS[context.language];
  const header = (column: Column) => column.header(context.language);
  const mapped: (Column | undefined)[] = [];
  const seen = new Set<string>();
  sheet.headers.forEach((name, index) => {
    const column = name ? columnOfHeader(name) : undefined;
    if (!column) {
      if (name && !IGNORED_COLUMNS.includes(name.toLowerCase() as never)) {
        problems.push({ message: words.notColumn(index + 1, name) });
      }
      mapped.push(undefined);
      return;
    }
    if (seen.has(column.key)) problems.push({ message: words.twice(header(column)) });
    seen.add(column.key);
    mapped.push(column);
  });
  const missing = COLUMNS.filter((column) => column.required && !seen.has(column.key));
  if (missing.length > 0) {
    problems.push({ message: words.missing(missing.map(header)) });
  }
  if (problems.length > 0) return { rows: [], problems };

  const present = mapped.filter((column): column is Column => column !== undefined);
  const references = new Map<string, number>();
  const rows: ImportRow[] = [];
  for (const { number, cells } of sheet.rows) {
    const input: Record<string, unknown> = {};
    const own: { reference?: string; mentor?: string; version?: number } = {};
    let readable = true;
    cells.forEach((cell, index) => {
      const column = mapped[index];
      if (!column || cell.kind === "empty") return;
      if (cell.kind === "formula") {
        problems.push({
          row: number,
          column: header(column),
          message: words.formula(cell.formula),
        });
        readable = false;
        return;
      }
      const parsed = column.read(cell, context);
      if ("problem" in parsed) {
        problems.push({ row: number, column: header(column), message: parsed.problem });
        readable = false;
      } else if (column.path) {
        setAt(input, column.path, parsed.value);
      } else {
        (own as Record<string, unknown>)[column.key] = parsed.value;
      }
    });
    if (own.reference !== undefined) {
      const referenceColumn = header(COLUMNS[0] as Column);
      if (!IdSchema.safeParse(own.reference).success) {
        problems.push({
          row: number,
          column: referenceColumn,
          message: words.badReference(own.reference),
        });
        readable = false;
      } else if (references.has(own.reference)) {
        problems.push({
          row: number,
          column: referenceColumn,
          message: words.sameReference(own.reference, references.get(own.reference) as number),
        });
        readable = false;
      } else {
        references.set(own.reference, number);
      }
    }
    if (!readable) continue;
    const checked = ActivityInputSchema.safeParse(input);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const column = columnOfIssue(issue.path, present) ?? columnOfIssue(issue.path, COLUMNS);
        const message =
          issue.code === "invalid_type" && issue.input === undefined ? words.required : words.schemaIssue(issue);
        problems.push({ row: number, column: column && header(column), message });
      }
      continue;
    }
    rows.push({ row: number, ...own, input: checked.data });
  }
  return { rows, problems };
}
