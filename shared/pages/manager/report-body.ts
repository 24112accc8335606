// The annual report's HTML, as the API renders it, made fit to sit inside a page of the app.
import type { ReportModel } from "../../report/model";
import { defaultRecordUrl, renderHtml } from "../../report/render/html";

/**
 * The report's content without its document frame (head, styles, title block), its headings one
 * level down so they sit under the page's own, and its record links through the pages' API.
 * Taken from renderHtml's output so that the page shows exactly what the HTML download holds; its
 * figures link to the working annex, which lists the records each counts.
 */
export function reportBody(model: ReportModel): string {
  // Each figure links to its records in the working annex, the same report's other part.
  const annexUrl = `/app/api/reports/annual/${model.year}?${new URLSearchParams({
    lang: model.language,
    format: "html",
    part: "annex",
    ...(model.preview && { preview: "true" }),
  })}`;
  const document = renderHtml(model, { recordUrl: (kind, id) => `/app/api${defaultRecordUrl(kind, id)}`, annexUrl });
  const main = /<main>([\s\S]*)<\/main>/.exec(document)?.[1];
  if (main === undefined) throw new Error("renderHtml no longer wraps the report in <main>");
  return main.replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
