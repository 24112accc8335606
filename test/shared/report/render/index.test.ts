import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../../../shared/report/model";
import {
  isReportFormat,
  REPORT_FORMATS,
  REPORT_PARTS,
  renderReport,
  renderReportBytes,
} from "../../../../shared/report/render/index";
import { renderJson } from "../../../../shared/report/render/json";
import { reportFixture } from "./fixture";

describe("renderReport", () => {
  it("renders every format with its content type and file extension", async () => {
    const model = reportFixture("fr");
    const rendered = await Promise.all(REPORT_FORMATS.map((format) => renderReport(model, format)));
    expect(rendered.map((r) => [r.extension, r.contentType])).toEqual([
      ["json", "application/json; charset=utf-8"],
      ["md", "text/markdown; charset=utf-8"],
      ["html", "text/html; charset=utf-8"],
      ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ]);
    const [json, md, html, docx] = rendered.map((r) => r.body);
    expect(typeof json).toBe("string");
    expect(md).toContain("## III.");
    expect(html).toContain('<html lang="fr">');
    expect(Buffer.isBuffer(docx) && docx.subarray(0, 2).toString()).toBe("PK");
  });

  it("passes the record URLs on to the HTML annex, and renders the annex as a part of its own", async () => {
    const { body } = await renderReport(reportFixture("fr"), "html", { recordUrl: (_, id) => `/r/${id}` }, "annex");
    expect(body).toContain('href="/r/a1"');
    const md = await renderReport(reportFixture("fr"), "md", {}, "annex");
    expect(md.body).toContain("Rapprochement");
    const docx = await renderReport(reportFixture("fr"), "docx", {}, "annex");
    expect(Buffer.isBuffer(docx.body) && docx.body.subarray(0, 2).toString()).toBe("PK");
  });

  it("gives as bytes, for the API, exactly the UTF-8 of every format and part", async () => {
    const model = reportFixture("fr");
    for (const part of REPORT_PARTS) {
      for (const format of REPORT_FORMATS) {
        const options = { annexUrl: "?part=annex" };
        const { body, contentType } = await renderReport(model, format, options, part);
        const bytes = await renderReportBytes(model, format, options, part);
        expect(bytes.contentType).toBe(contentType);
        if (format === "docx") expect(Buffer.from(bytes.bytes).subarray(0, 2).toString()).toBe("PK");
        else expect(Buffer.from(bytes.bytes).equals(Buffer.from(body as string, "utf8"))).toBe(true);
      }
    }
  });

  it("knows its formats", () => {
    expect(isReportFormat("docx")).toBe(true);
    expect(isReportFormat("pdf")).toBe(false);
  });
});

describe("renderJson", () => {
  it("round-trips the model and keeps French spaces as characters", () => {
    const model = reportFixture("fr");
    const json = renderJson(model);
    expect(JSON.parse(json) as ReportModel).toEqual(model);
    expect(json).toContain("1\u202F817");
    expect(json.startsWith('{"year":2019,')).toBe(true);
  });
});
