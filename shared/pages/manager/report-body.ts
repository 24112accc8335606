// The annual report's HTML, as the API renders it, made fit to sit inside a page of the app.
import type { ReportModel } from "../../report/model";
import { defaultRecordUrl, renderHtml } from "../../report/render/html";
import { figureRecordsPath, reportAnnexPath } from "./figure-records";

/**
 * The report's content without its document frame (head, styles, title block), its headings one
 * level down so they sit under the page's own, and its record links through the pages' API.
 * Taken from renderHtml's output so that the page shows exactly what the HTML download holds; its
 * figures link to the working annex, whose sources open the drill-down of each figure.
 */
export function reportBody(model: ReportModel, paragraphs?: { from: number; to: number }): string {
  // Each figure links to its sources in the working annex, the same report's other part, whose
  // drill-downs list the records of each figure in the pages.
  const annexUrl = reportAnnexPath(model.year, model.preview);
  const document = renderHtml(model, {
    recordUrl: (kind, id) => `/app/api${defaultRecordUrl(kind, id)}`,
    annexUrl,
    drillDownUrl: (trace) => figureRecordsPath(model.year, trace.cell, model.preview),
    ...(paragraphs && { paragraphs }),
  });
  const main = /<main>([\s\S]*)<\/main>/.exec(document)?.[1];
  if (main === undefined) throw new Error("renderHtml no longer wraps the report in <main>");
  return main.replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
