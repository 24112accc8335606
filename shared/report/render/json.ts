// The report model as JSON: the format other tools (and the other renderers' tests) read. Not
// indented: a year of thousands of paragraphs is half the size and written faster.
import type { ReportModel } from "../model";

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model)}\n`;
}

/**
 * The same text a piece at a time, for the API to encode as it is made: a year of 100 000
 * activities is about 40 MB of JSON, never held as one string as well as its bytes. Split four
 * levels down (the model, its sections, a section, its paragraphs and subsections), a piece is at
 * most a subsection.
 */
export function* jsonReport(model: ReportModel): Generator<string> {
  yield* jsonPieces(model, 4);
  yield "\n";
}

/**
 * JSON.stringify's text of `value`, its arrays and objects split into their items `depth` levels
 * down; one that holds no array or object is written whole. Each piece is JSON.stringify's own
 * text, so the pieces cost about what one call on the whole would.
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  yield* piecesOf(toJson(value, ""), depth);
}

/** The pieces of a value whose `toJSON`, if any, has been called: once, as JSON.stringify calls it. */
function* piecesOf(plain: unknown, depth: number): Generator<string> {
  if (depth === 0 || plain === null || typeof plain !== "object" || isBoxed(plain) || isFlat(plain)) {
    yield JSON.stringify(plain) ?? "null";
    return;
  }
  if (Array.isArray(plain)) {
    yield "[";
    for (let index = 0; index < plain.length; index++) {
      if (index > 0) yield ",";
      const item = toJson(plain[index], String(index));
      // As JSON.stringify does, an item that has no JSON (undefined, a function) is null.
      yield* piecesOf(hasJson(item) ? item : null, depth - 1);
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, value] of Object.entries(plain)) {
    const item = toJson(value, key);
    // As JSON.stringify does, a property that has no JSON is left out.
    if (!hasJson(item)) continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    yield* piecesOf(item, depth - 1);
  }
  yield "}";
}

/** What JSON.stringify writes for a value that says how (a Date, for one), given its key as it does. */
function toJson(value: unknown, key: string): unknown {
  const json = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof json === "function" ? json.call(value, key) : value;
}

/** An array or object of plain values only: nothing in it to split, it is written whole. */
function isFlat(value: object): boolean {
  for (const item of Object.values(value)) if (item !== null && typeof item === "object") return false;
  return true;
}

/** A number, string or boolean in an object: JSON.stringify writes its value. */
function isBoxed(value: object): boolean {
  return value instanceof Number || value instanceof String || value instanceof Boolean;
}

function hasJson(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}
