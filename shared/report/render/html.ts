// The report as one standalone HTML page where every figure links to its sources in the working
// annex: the drill-down that lists the records of its totals cell, or the few records it names.
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Language } from "../../language/languages";
import type { Inline, Paragraph, ReportModel, Section, TotalsTable, Trace } from "../model";
import {
  formatDate,
  formatDifference,
  itemLetter,
  type Labels,
  labelsFor,
  quoted,
  type RecordKind,
  statusLabel,
  subsectionLetter,
  tableHeader,
} from "./labels";

export type HtmlOptions = {
  recordUrl?: (kind: RecordKind, id: string) => string;
  /** Where the working annex is (its figure sources): a figure of the report links there. */
  annexUrl?: string;
  /** Where the records of a totals cell are listed; by default its drill-down in the API. */
  drillDownUrl?: (trace: CellTrace) => string;
  /**
   * Only the paragraphs numbered from–to, with the headings they sit under (a page of a long
   * report): figures and footnotes keep the numbers they have in the whole report.
   */
  paragraphs?: { from: number; to: number };
};

type CellTrace = Extract<Trace, { cell: string }>;

type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

/** One number in the page, numbered in reading order, with the trace of the records behind it. */
type FigureRef = { n: number; text: string; trace: Trace; where: string };

const PATHS: Record<RecordKind, string> = { activity: "activities", lab: "labs", figure: "published-figures" };

export const defaultRecordUrl = (kind: RecordKind, id: string) => `/${PATHS[kind]}/${encodeURIComponent(id)}`;

/**
 * Numbers every figure in the order a reader meets it. Keyed by the model's own objects, so the
 * text and the appendix cannot disagree on which number is which.
 */
function numberFigures(model: ReportModel, l: Labels): Map<object, FigureRef> {
  const refs = new Map<object, FigureRef>();
  const add = (key: object, text: string, trace: Trace, where: string) =>
    refs.set(key, { n: refs.size + 1, text, trace, where });
  const paragraph = (p: Paragraph, where: string) => {
    for (const inline of [...p.content, ...(p.items ?? []).flat()]) {
      if (inline.type === "figure") add(inline, inline.text, inline.trace, where);
    }
  };
  for (const p of model.summary) paragraph(p, l.summary);
  for (const s of model.sections) {
    for (const p of [...s.paragraphs, ...s.subsections.flatMap((x) => x.paragraphs)]) {
      paragraph(p, l.paragraph(p.number));
    }
  }
  for (const row of model.reconciliation) {
    const where = `${l.reconciliation} — ${row.label}`;
    add(row.published, row.published.text, { publishedFigure: row.published.figureId }, where);
    add(row.recorded, row.recorded.text, row.recorded.trace, where);
  }
  for (const t of model.tables) {
    const header = tableHeader(t);
    for (const row of t.rows) {
      row.cells.forEach((cell, i) => {
        const column = header[header.length - row.cells.length + i] ?? "";
        if (cell.trace) add(cell, cell.text, cell.trace, `${t.caption} — ${row.label}, ${column}`);
      });
    }
  }
  return refs;
}

/** What a figure's link says of its records: its totals cell, or the ids it names. */
function traceAttribute(trace: Trace): HtmlEscapedString {
  if ("cell" in trace) return toEscaped(html` data-cell="${trace.cell}"`);
  return toEscaped(html` data-records="${"records" in trace ? trace.records.join(" ") : trace.publishedFigure}"`);
}

function toEscaped(fragment: Fragment): HtmlEscapedString {
  if (fragment instanceof Promise) throw new Error("report HTML must render synchronously");
  return fragment;
}

/** Nothing in the report is asynchronous, so hono's `html` always returns a finished string. */
function toText(fragment: Fragment): string {
  if (fragment instanceof Promise) throw new Error("report HTML must render synchronously");
  return fragment.toString();
}

type Parts = ReturnType<typeof parts>;

function parts(model: ReportModel, options: HtmlOptions) {
  const l = labelsFor(model.language);
  const language: Language = model.language;
  const recordUrl = options.recordUrl ?? defaultRecordUrl;
  const drillDownUrl = options.drillDownUrl ?? ((trace: CellTrace) => trace.drillDown);
  const figures = numberFigures(model, l);
  const notes: string[] = [];
  const range = options.paragraphs;
  const inRange = (p: Paragraph) => !range || (p.number >= range.from && p.number <= range.to);
  const shown = shownParts(model, range);
  // Footnotes are numbered through the report: a page starts after those of the paragraphs before it.
  const noteBase = range ? notesBefore(model, range.from) : 0;

  /** In the report a figure links to its sources in the annex; in the annex, to its entry there. */
  const figureLink = (key: object, text: string, base = ""): Fragment => {
    const ref = figures.get(key);
    if (!ref) return html`${text}`;
    return html`<a class="figure" id="ref-figure-${ref.n}" href="${base}#figure-${ref.n}" data-figure="${ref.n}"${traceAttribute(ref.trace)}>${text}</a>`;
  };

  const inline = (i: Inline): Fragment => {
    if (i.type === "figure") return figureLink(i, i.text, options.annexUrl ?? "");
    if (i.type === "quote") return html`<span class="quote">${quoted(i.text, language)}</span>`;
    if (i.type === "note") {
      notes.push(i.text);
      const n = noteBase + notes.length;
      return html`<sup class="note-ref" id="note-ref-${n}"><a href="#note-${n}">${n}</a></sup>`;
    }
    return html`${i.text}`;
  };

  // Lettered subparagraphs: the letters are the UN's (« a) », "(a)"), written out so they print as such.
  const items = (list: Inline[][]): Fragment =>
    html`<ol class="items">${list.map((item, index) => html`<li><span class="num">${itemLetter(index, language)}</span><span class="text">${item.map(inline)}</span></li>`)}</ol>`;

  const paragraph = (p: Paragraph, className = "para"): Fragment =>
    html`<p class="${className}${p.unvalidated ? " unvalidated" : ""}" id="para-${p.number}"><span class="num">${p.number}.</span><span class="text">${p.content.map(inline)}${p.unvalidated ? html` <span class="badge">${l.unvalidated}</span>` : ""}</span></p>${p.items ? items(p.items) : ""}`;

  const drafting = (note: string | undefined): Fragment => (note ? html`<p class="drafting">${note}</p>` : html``);

  // Sections, and the figures' sources below, are made a piece at a time: a year of 100 000
  // activities is some 30 MB of HTML, which is never one string as well as its bytes (utf8Bytes).
  function* subsection(sub: Section["subsections"][number], index: number): Generator<Fragment> {
    yield html`<section id="subsection-${sub.id}" aria-labelledby="h-${sub.id}">
<h3 id="h-${sub.id}"><span class="num">${subsectionLetter(index)}.</span> ${sub.heading}</h3>
`;
    for (const p of sub.paragraphs) if (inRange(p)) yield paragraph(p);
    yield html`
${drafting(sub.drafting)}
</section>`;
  }

  function* section(s: Section): Generator<Fragment> {
    if (!shown.has(s)) return;
    yield html`<section id="section-${s.id}" aria-labelledby="h-${s.id}">
<h2 id="h-${s.id}"><span class="num">${s.number}.</span> ${s.heading}</h2>
`;
    for (const p of s.paragraphs) if (inRange(p)) yield paragraph(p);
    yield html`
${drafting(s.drafting)}
`;
    for (const [index, sub] of s.subsections.entries()) if (shown.has(sub)) yield* subsection(sub, index);
    yield html`
</section>`;
  }

  const titleBlock = (): Fragment => {
    const t = model.titleBlock;
    return html`<div class="symbol-block">
<p class="organization">${l.organization}</p>
<p class="symbol">${t.symbol ?? ""}</p>
</div>
<p class="distribution">${[t.distribution, t.date, t.original].filter(Boolean).map((line) => html`<span>${line}</span>`)}</p>
<div class="session-block">
${t.body ? html`<p class="body-name">${t.body}</p>` : ""}
${t.session ? html`<p>${t.session}</p>` : ""}
${t.agendaItem ? html`<p>${t.agendaItem}</p>` : ""}
${t.agendaTitle ? html`<p class="agenda-title">${t.agendaTitle}</p>` : ""}
</div>
<h1>${t.title}</h1>
${t.kind ? html`<p class="report-kind">${t.kind}</p>` : ""}`;
  };

  const footnotes = (): Fragment =>
    notes.length
      ? html`<section id="notes" aria-labelledby="h-notes" class="footnotes"><h2 id="h-notes">${l.notes}</h2><ol${noteBase ? raw(` start="${noteBase + 1}"`) : ""}>${notes.map(
          (note, index) =>
            html`<li id="note-${noteBase + index + 1}">${note} <a href="#note-ref-${noteBase + index + 1}" aria-label="↩">↩</a></li>`,
        )}</ol></section>`
      : html``;

  const wrap = (id: string, table: Fragment) =>
    html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="${id}">${table}</div>`;

  const reconciliation = (): Fragment =>
    model.reconciliation.length
      ? html`<section id="reconciliation" aria-labelledby="h-reconciliation">
<h2 id="h-reconciliation">${l.reconciliation}</h2>
${wrap(
  "caption-reconciliation",
  html`<table>
<caption id="caption-reconciliation">${l.reconciliationCaption}</caption>
<thead><tr><th scope="col">${l.columns.indicator}</th><th scope="col" class="n">${l.columns.published}</th><th scope="col" class="n">${l.columns.recorded}</th><th scope="col" class="n">${l.columns.difference}</th><th scope="col">${l.columns.meaning}</th></tr></thead>
<tbody>
${model.reconciliation.map(
  (row) =>
    html`<tr><th scope="row">${row.label}</th><td class="n">${figureLink(row.published, row.published.text)}<span class="source">${row.published.source}</span></td><td class="n">${figureLink(row.recorded, row.recorded.text)}</td><td class="n">${formatDifference(row.difference, language)}</td><td>${row.meaning}${row.note ? html` <span class="note">${row.note}</span>` : ""}</td></tr>\n`,
)}</tbody>
</table>`,
)}
</section>`
      : html``;

  const totalsTable = (t: TotalsTable): Fragment => {
    const header = tableHeader(t);
    return wrap(
      `caption-${t.id}`,
      html`<table id="table-${t.id}">
<caption id="caption-${t.id}">${t.caption}${t.note ? html`<span class="table-note">${t.note}</span>` : ""}</caption>
<thead><tr>${header.map((column, i) => (column ? html`<th scope="col"${i > 0 ? raw(' class="n"') : ""}>${column}</th>` : html`<td></td>`))}</tr></thead>
<tbody>
${t.rows.map(
  (row) =>
    html`<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => html`<td class="n">${figureLink(cell, cell.text)}</td>`)}</tr>\n`,
)}</tbody>
</table>`,
    );
  };

  const record = (id: string): Fragment => {
    const r = model.records[id];
    if (!r) return html`<li data-record="${id}">${id} <span class="status">(${l.unknownRecord})</span></li>`;
    return html`<li data-record="${id}"><a href="${recordUrl(r.kind, id)}">${r.title}</a> <span class="kind">(${l.kinds[r.kind]})</span>${r.source ? html` — <span class="ref">${r.source}</span>` : ""}${r.status ? html` — <span class="status">${statusLabel(r.status, language)}</span>` : ""}</li>`;
  };

  /** A figure's records: the drill-down of its totals cell, or those it names. */
  const traced = (trace: Trace): Fragment => {
    if ("cell" in trace) {
      return html`<p class="drill-down"><a href="${drillDownUrl(trace)}" data-cell="${trace.cell}">${l.drillDown}</a></p>`;
    }
    const ids = "records" in trace ? trace.records : [trace.publishedFigure];
    return ids.length ? html`<ul>${ids.map(record)}</ul>` : html`<p class="none">${l.noRecords}</p>`;
  };

  function* sources(): Generator<Fragment> {
    if (!figures.size) return;
    yield html`<section id="figure-sources" aria-labelledby="h-figure-sources">
<h2 id="h-figure-sources">${l.figureSources}</h2>
<p>${l.figureSourcesIntro}</p>
<ol class="figure-sources">
`;
    for (const ref of figures.values()) {
      yield html`<li id="figure-${ref.n}"><p><strong>${l.figure(ref.n)}</strong> — ${ref.text} <span class="where">(${ref.where})</span></p>
${traced(ref.trace)}</li>\n`;
    }
    yield html`</ol>
</section>`;
  }

  const totals = (): Fragment =>
    model.tables.length
      ? html`<section id="totals" aria-labelledby="h-totals"><h2 id="h-totals">${l.totals}</h2>${model.tables.map(totalsTable)}</section>`
      : html``;

  return { l, language, section, paragraph, inline, titleBlock, footnotes, reconciliation, totals, sources };
}

/**
 * The sections and subsections a range of paragraphs shows: those holding one of its paragraphs,
 * and one that holds none (a drafting note) where the paragraph after it would be shown.
 */
function shownParts(model: ReportModel, range: { from: number; to: number } | undefined): Set<object> {
  const shown = new Set<object>();
  const last = lastParagraph(model);
  let before = 0;
  const place = (part: { paragraphs: Paragraph[] }): boolean => {
    const numbers = part.paragraphs.map((p) => p.number);
    const visible = !range
      ? true
      : numbers.length > 0
        ? numbers.some((n) => n >= range.from && n <= range.to)
        : (before + 1 >= range.from && before + 1 <= range.to) || (before + 1 > last && range.to >= last);
    before = numbers.reduce((m, n) => Math.max(m, n), before);
    if (visible) shown.add(part);
    return visible;
  };
  for (const s of model.sections) {
    const own = place(s);
    const subs = s.subsections.map(place);
    if (own || subs.some(Boolean)) shown.add(s);
  }
  return shown;
}

/** The number of the report's last paragraph. */
export function lastParagraph(model: ReportModel): number {
  return model.sections
    .flatMap((s) => [s, ...s.subsections])
    .reduce((most, part) => part.paragraphs.reduce((m, p) => Math.max(m, p.number), most), 0);
}

/** How many footnotes the summary and the paragraphs before `number` hold. */
function notesBefore(model: ReportModel, number: number): number {
  const paragraphs = model.sections
    .flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((sub) => sub.paragraphs)])
    .filter((p) => p.number < number);
  const inlines = [...(number > 1 ? model.summary : []), ...paragraphs].flatMap((p) => [
    ...p.content,
    ...(p.items ?? []).flat(),
  ]);
  return inlines.filter((i) => i.type === "note").length;
}

/** The document around `main`: its head, header and closing tags. */
function* frame(
  model: ReportModel,
  p: Parts,
  title: string,
  header: Fragment,
  main: Iterable<Fragment>,
): Generator<string> {
  yield toText(html`<!doctype html>
<html lang="${p.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header>
${header}
${model.preview ? html`<p class="preview" role="note"><strong>${p.l.preview}</strong></p>` : ""}
</header>
<main>
`);
  for (const fragment of main) yield toText(fragment);
  yield `
</main>
</body>
</html>
`;
}

/** The report to the Commission, laid out as the document: title block, summary, I–VII, footnotes. */
export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  return [...htmlReport(model, options)].join("");
}

/** renderHtml's text, a piece at a time. */
export function htmlReport(model: ReportModel, options: HtmlOptions = {}): Iterable<string> {
  const p = parts(model, options);
  const summary = !options.paragraphs || options.paragraphs.from <= 1;
  function* main(): Generator<Fragment> {
    if (summary) {
      yield html`<section id="summary" aria-labelledby="h-summary">
<h2 id="h-summary">${p.l.summary}</h2>
${model.summary.map((s) => html`<p class="summary">${s.content.map(p.inline)}</p>`)}
</section>`;
    }
    yield html`\n`;
    for (const s of model.sections) yield* p.section(s);
    yield html`\n`;
    // After the sections: their paragraphs number the notes as they are made.
    yield p.footnotes();
  }
  return frame(model, p, model.title, p.titleBlock(), main());
}

/** The working annex: reconciliation, totals and every figure's sources, with links to the records. */
export function renderHtmlAnnex(model: ReportModel, options: HtmlOptions = {}): string {
  return [...htmlAnnex(model, options)].join("");
}

/** renderHtmlAnnex's text, a piece at a time. */
export function htmlAnnex(model: ReportModel, options: HtmlOptions = {}): Iterable<string> {
  const p = parts(model, options);
  const title = p.l.annexTitle(model.year);
  function* main(): Generator<Fragment> {
    yield html`${p.reconciliation()}
${p.totals()}
`;
    yield* p.sources();
    yield html`
<footer><p>${p.l.generated(formatDate(model.generatedAt, p.language))}</p></footer>`;
  }
  return frame(model, p, title, html`<h1>${title}</h1>`, main());
}

// Readable from a phone to A4 paper; marks never rely on colour alone (the badge says it in words).
const STYLE = `
body{font:17px/1.55 Georgia,"Times New Roman",serif;margin:0 auto;max-width:44rem;padding:1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.45rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:2rem 0 .75rem}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
h2 .num,h3 .num{display:inline-block;min-width:2.2rem}
.year{margin:.25rem 0;color:#444}
.symbol-block{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #000;padding-bottom:.25rem;margin-bottom:.75rem}
.symbol{font-size:1.3rem;margin:0}
.distribution{margin:0 0 1rem 62%;font-size:.9rem}
.organization{margin:0}
.distribution span{display:block}
.session-block{border-bottom:1px solid #000;margin-bottom:1rem;padding-bottom:.5rem}
.session-block p{margin:.1rem 0}
.body-name,.agenda-title{font-weight:bold}
.report-kind{font-weight:bold;margin:.5rem 0 1rem}
.summary{margin:.7rem 0 .7rem 2.5rem}
.drafting{font-style:italic;color:#8a4500;margin-left:2.5rem}
.footnotes{font-size:.85rem;border-top:1px solid #000;margin-top:2rem}
.note-ref{font-size:.7em;line-height:0}
.preview{border:2px solid #8a4500;border-radius:4px;padding:.5rem .75rem}
.para{display:grid;grid-template-columns:2.5rem 1fr;margin:.7rem 0}
.para .num{font-variant-numeric:tabular-nums}
.items{list-style:none;margin:-.3rem 0 .7rem 2.5rem;padding:0}
.items li{display:grid;grid-template-columns:2.2rem 1fr;margin:.3rem 0}
.unvalidated{background:#fff8ec;box-shadow:-.5rem 0 0 #fff8ec,-.75rem 0 0 #8a4500}
.badge{display:inline-block;font:600 .75rem/1.5 system-ui,sans-serif;color:#8a4500;border:1px solid currentColor;border-radius:3px;padding:0 .35em;white-space:nowrap}
a{color:#0b3d91}
a.figure{color:inherit;text-decoration:underline dotted;text-underline-offset:.18em}
:target{background:#fff3bf}
.table-wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;font-style:italic;padding:.25rem 0}
th,td{border-bottom:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th,thead td{border-bottom:2px solid #555}
.n{text-align:right;white-space:nowrap}
.source{display:block;font-size:.8em;color:#555;white-space:normal}
.table-note{display:block;font-weight:normal;font-size:.9em}
.figure-sources{padding-left:0;list-style:none}
.figure-sources>li{border-top:1px solid #ddd;padding:.25rem 0}
.figure-sources p{margin:.25rem 0}
.figure-sources ul{margin:.25rem 0;padding-left:1.25rem}
.where,.kind,.status{color:#555}
footer{margin-top:2rem;font-size:.85rem;color:#555}
@media (max-width:30rem){body{font-size:16px;padding:.75rem}.para{grid-template-columns:2.1rem 1fr}}
@media print{
@page{size:A4;margin:2.2cm 2.5cm;@bottom-center{content:counter(page)}}
body{max-width:none;padding:0;font-size:10.5pt;line-height:1.3}
.para .text,.items .text,.summary{text-align:justify;hyphens:auto}
h1{font-size:14pt;margin-left:2.5rem}
a{color:inherit;text-decoration:none}
p{orphans:3;widows:3}
.drafting{display:none}
.table-wrap{overflow:visible}
h1,h2,h3{break-after:avoid}
tr,.figure-sources>li{break-inside:avoid}
.unvalidated{background:none;box-shadow:none}
.badge,.preview{color:#000;border-color:#000}
:target{background:none}
}
`;
