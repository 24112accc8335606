// One entry point for every report format: the API picks a format and a part and gets a body to send.
import type { ReportModel } from "../model";
import { REPORT_FORMATS, type ReportFormat, type ReportPart } from "./formats";
import { type HtmlOptions, htmlAnnex, htmlReport, renderHtml, renderHtmlAnnex } from "./html";
import { jsonReport, renderJson } from "./json";
import { renderMarkdown, renderMarkdownAnnex } from "./markdown";
import { utf8Bytes } from "./utf8";

export { REPORT_FORMATS, REPORT_PARTS, type ReportFormat, type ReportPart } from "./formats";

export const FORMAT_MEDIA: Record<ReportFormat, { contentType: string; extension: string }> = {
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  md: { contentType: "text/markdown; charset=utf-8", extension: "md" },
  html: { contentType: "text/html; charset=utf-8", extension: "html" },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
};

export type RenderedReport = { body: string | Buffer; contentType: string; extension: string };

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

type Renderer = (model: ReportModel, options: HtmlOptions) => string | Promise<string | Buffer>;

const RENDERERS: Record<ReportPart, Record<ReportFormat, Renderer>> = {
  report: {
    json: renderJson,
    md: renderMarkdown,
    html: renderHtml,
    // Word documents are rarer than the rest and `docx` is large: it loads on first use only.
    docx: async (model) => (await import("./docx")).renderDocx(model),
  },
  annex: {
    // The model holds both parts: the JSON is the same.
    json: renderJson,
    md: renderMarkdownAnnex,
    html: renderHtmlAnnex,
    docx: async (model) => (await import("./docx")).renderDocxAnnex(model),
  },
};

export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  options: HtmlOptions = {},
  part: ReportPart = "report",
): Promise<RenderedReport> {
  const body = await RENDERERS[part][format](model, options);
  return { body, ...FORMAT_MEDIA[format] };
}

/**
 * The same as bytes, as the API sends or keeps it. The HTML and the JSON are encoded as they are
 * made, a piece at a time: a large year's document is never held as a string and its bytes at once.
 */
export async function renderReportBytes(
  model: ReportModel,
  format: ReportFormat,
  options: HtmlOptions = {},
  part: ReportPart = "report",
): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string; extension: string }> {
  if (format === "html") {
    const pieces = part === "report" ? htmlReport(model, options) : htmlAnnex(model, options);
    return { bytes: utf8Bytes(pieces), ...FORMAT_MEDIA.html };
  }
  // The model holds both parts: the JSON is the same.
  if (format === "json") return { bytes: utf8Bytes(jsonReport(model)), ...FORMAT_MEDIA.json };
  const { body, ...media } = await renderReport(model, format, options, part);
  // A Word document is a zip of a fraction of its text's size: copied, it costs little.
  return { bytes: typeof body === "string" ? Buffer.from(body, "utf8") : new Uint8Array(body), ...media };
}
