// Bar charts drawn on the server as inline SVG, each beside the table of its figures.
import type { Child } from "hono/jsx";
import type { Language } from "../domain/countries";
import type { Qualified } from "../domain/qualifiers";
import type { ValueQualifier } from "../domain/vocabulary";
import { frenchPunctuation } from "../language/fr-typography";
import { formatQualified } from "../language/numbers";
import { qualifiedTogether } from "./together";

/**
 * One bar; `level` indents the parts of a group (a region's sub-regions) under it. The value is
 * printed with its qualifier ("about 30"), as every figure is.
 */
export type BarRow = { label: string; value: number; qualifier?: ValueQualifier; level?: number };

/**
 * A table cell: a count, a count with its qualifier, a mark said in the table's note ("—"), or
 * nothing (a column that does not add up).
 */
export type TableValue = number | Qualified | string | undefined;

/**
 * One table row: its label, then a value per column. `total` marks the row a column adds up to;
 * `remainder` the row that makes it add up ("Not attributed to one country").
 */
export type TableRow = { label: string; values: TableValue[]; level?: number; kind?: "remainder" | "total" };

function formatValue(value: TableValue, language: Language): string {
  if (value === undefined || typeof value === "string") return value ?? "";
  return qualifiedTogether(typeof value === "number" ? { value, qualifier: "exact" } : value, language);
}

// Each bar's label sits on its own lines above it, wrapped to fit a phone, so it never collides with
// the bar or the value; the SVG scales in width only (percentages), never its text.
const LINE_HEIGHT = 15;
const LINE_CHARS = 42;
const MAX_LINES = 2;
const BAR_HEIGHT = 12;
const ROW_GAP = 12;
const INDENT = 14;
/**
 * The longest bar stops short of the edge so that the value printed after it still fits, indented
 * or not: the longer the printed values ("more than 250,613"), the shorter the bars, in percent.
 */
const longestBar = (printed: string[]) => Math.max(40, 80 - 2.2 * Math.max(0, ...printed.map((text) => text.length)));

/** A label in lines of at most LINE_CHARS, cut with an ellipsis beyond MAX_LINES (the table has it whole). */
function labelLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word.length > LINE_CHARS ? `${word.slice(0, LINE_CHARS - 1)}…` : word);
  }
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  const cut = kept[MAX_LINES - 1] ?? "";
  kept[MAX_LINES - 1] = `${cut.length < LINE_CHARS ? cut : cut.slice(0, LINE_CHARS - 1)}…`;
  return kept;
}

/**
 * Horizontal bars with their label and value written out, so the chart reads in print and
 * without colour; indented rows are also drawn in the lighter shade.
 */
export function BarChart({
  id,
  title,
  rows,
  language,
}: {
  id: string;
  title: string;
  rows: BarRow[];
  language: Language;
}) {
  const scale = barScale(rows.map((row) => row.value));
  const printed = rows.map((row) =>
    formatQualified({ value: row.value, qualifier: row.qualifier ?? "exact" }, language),
  );
  const longest = longestBar(printed);
  let top = 0;
  const drawn = rows.map((row, index) => {
    const lines = labelLines(row.label);
    const indent = (row.level ?? 0) * INDENT;
    const cut = row.value > scale.full;
    const share = `${(scale.full > 0 ? (Math.min(row.value, scale.full) / scale.full) * longest : 0).toFixed(2)}%`;
    const barTop = top + lines.length * LINE_HEIGHT + 4;
    const bar = (
      <g>
        <text x={indent} y={top + 12}>
          {lines.map((line, index) => (
            <tspan x={indent} dy={index === 0 ? 0 : LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
          {lines.join(" ") !== row.label && <title>{row.label}</title>}
        </text>
        <rect class={row.level ? "bar alt" : "bar"} x={indent} y={barTop} width={share} height={BAR_HEIGHT} />
        {cut && (
          // A gap across the bar near its end: the bar is cut short, its figure written after it.
          <rect
            class="cut"
            x={`${(longest * CUT_AT).toFixed(2)}%`}
            transform={`translate(${indent} 0)`}
            y={barTop - 2}
            width={5}
            height={BAR_HEIGHT + 4}
          />
        )}
        <text x={share} dx={indent + 6} y={barTop + 10}>
          {printed[index]}
        </text>
      </g>
    );
    top = barTop + BAR_HEIGHT + ROW_GAP;
    return bar;
  });
  return (
    <>
      <svg class="chart" id={id} role="img" aria-labelledby={`${id}-title`} width="100%" height={top}>
        <title id={`${id}-title`}>{title}</title>
        {drawn}
      </svg>
      {scale.cut && <p class="hint chart-cut">{CUT_NOTE[language]}</p>}
    </>
  );
}

/** Where the gap of a cut bar sits, as a share of the longest bar. */
const CUT_AT = 0.88;
/** Where the next largest bar ends when the largest is cut, as a share of the longest bar. */
const NEXT_AT = 0.75;
/** A bar this many times the next one is cut short, so that the others stay readable. */
const OUTLIER = 5;

const CUT_NOTE: Record<Language, string> = {
  en: "A bar with a gap is cut short to keep the others readable: its figure is written after it.",
  fr: frenchPunctuation(
    "Une barre interrompue est raccourcie pour que les autres restent lisibles : son chiffre est écrit à sa suite.",
  ),
  es: "Una barra con un corte se ha acortado para que las demás sigan siendo legibles: su cifra figura a continuación.",
};

/**
 * The value a full-length bar stands for: the largest, unless it is more than OUTLIER times the
 * next, when the bars are scaled to the next one and the larger ones are cut (one campaign that
 * reached a hundred times what each training did would otherwise leave the rest as slivers).
 */
export function barScale(values: readonly number[]): { full: number; cut: boolean } {
  const sorted = [...values].filter((value) => value > 0).sort((a, b) => b - a);
  const [first = 0, second = 0] = sorted;
  if (second > 0 && first > OUTLIER * second) return { full: second / NEXT_AT, cut: true };
  return { full: first, cut: false };
}

/** The figures of a chart as a table: a row header, then numbers aligned right. */
export function DataTable({
  id,
  labelledBy,
  columns,
  rows,
  language,
}: {
  id: string;
  /** The id of the heading that names the table. */
  labelledBy: string;
  /** Headers: the label column's, then one per value. */
  columns: string[];
  rows: TableRow[];
  language: Language;
}) {
  return (
    <section class="table-wrap" tabindex={0} aria-labelledby={labelledBy}>
      <table id={id} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" class={index > 0 ? "num" : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr class={row.kind}>
              <th scope="row" class={row.level ? `level-${row.level}` : undefined}>
                {row.label}
              </th>
              {row.values.map((value) => (
                <td class="num">{formatValue(value, language)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * A section holding a chart and the table behind it, under one heading. The table shows the
 * chart's rows unless it is given its own, under its own heading when it holds more than the
 * chart (all countries under a chart of the first fifteen).
 */
export function ChartSection({
  id,
  heading,
  note,
  bars,
  columns,
  rows,
  tableHeading,
  language,
  beside,
}: {
  id: string;
  heading: string;
  /** Paragraphs under the heading: what the figures count, and what they do not. */
  note?: string | string[];
  bars: BarRow[];
  columns: string[];
  rows?: TableRow[];
  tableHeading?: string;
  language: Language;
  /** Shown beside the table on a wide screen, above it on a narrow one: the map of a table by country. */
  beside?: Child;
}) {
  const headingId = `${id}-heading`;
  const tableHeadingId = tableHeading ? `${id}-table-heading` : headingId;
  const table = (
    <>
      {tableHeading && <h3 id={tableHeadingId}>{tableHeading}</h3>}
      <DataTable
        id={`${id}-table`}
        labelledBy={tableHeadingId}
        columns={columns}
        rows={
          rows ??
          bars.map((bar) => ({
            label: bar.label,
            values: [{ value: bar.value, qualifier: bar.qualifier ?? "exact" }],
            level: bar.level,
          }))
        }
        language={language}
      />
    </>
  );
  // The table's scrolling region carries the name; the section is left unnamed so that no two
  // landmarks share it.
  return (
    <section id={id}>
      <h2 id={headingId}>{heading}</h2>
      {(typeof note === "string" ? [note] : (note ?? [])).map((text) => (
        <p class="hint">{text}</p>
      ))}
      {bars.length > 0 && <BarChart id={`${id}-svg`} title={heading} rows={bars} language={language} />}
      {beside ? (
        <div class="map-with-table">
          {beside}
          <div>{table}</div>
        </div>
      ) : (
        table
      )}
    </section>
  );
}
