// A spreadsheet cell as the import reads it, whatever the file: CSV gives text only, Excel also
// numbers, dates and formulas, each of which the import treats apart.
export type Cell =
  | { kind: "empty" }
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: Date }
  | { kind: "formula"; formula: string };

export const EMPTY: Cell = { kind: "empty" };

/** A cell's content as a person reads it, for messages. */
export function shown(cell: Cell): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.value;
    case "number":
      return String(cell.value);
    case "date":
      return cell.value.toISOString().slice(0, 10);
    case "formula":
      return `=${cell.formula}`;
  }
}
