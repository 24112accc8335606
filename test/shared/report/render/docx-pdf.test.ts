// The Word document as LibreOffice lays it out: Word's automatic numbering must print 1 to 50, the
// symbol block and the footnote must be on the page. Needs LibreOffice and poppler-utils
// (.ci/run installs them); without them the test fails saying so.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildReport } from "../../../../shared/report/build-report";
import { renderDocx } from "../../../../shared/report/render/docx";
import { reportInput } from "../../../support/seed-report";

const run = promisify(execFile);

async function tool(name: string): Promise<string> {
  const found = await run("sh", ["-c", `command -v ${name}`]).catch(() => undefined);
  const path = found?.stdout.trim();
  if (!path) {
    throw new Error(
      `${name} is not installed: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation`,
    );
  }
  return path;
}

describe("the 2019 Word document, laid out by LibreOffice", async () => {
  const dir = await mkdtemp(join(tmpdir(), "report-pdf-"));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("prints the symbol block, paragraphs numbered 1 to 50 by Word's numbering, and the footnote", async () => {
    const [soffice, pdftotext] = await Promise.all([tool("soffice"), tool("pdftotext")]);
    const docx = join(dir, "report-2019-fr.docx");
    await writeFile(docx, await renderDocx(buildReport(reportInput("fr"))));
    // A profile of its own, so that another LibreOffice running on the machine does not take the job.
    await run(
      soffice,
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
      { timeout: 170_000 },
    );
    await run(pdftotext, ["-layout", join(dir, "report-2019-fr.pdf"), join(dir, "report.txt")]);
    const text = await readFile(join(dir, "report.txt"), "utf8");
    expect(text).toContain("E/CN.15/2020/12");
    expect(text).toContain("Nations Unies");
    expect(text).toMatch(/Rapport du Secrétaire général/);
    const numbers = [...text.matchAll(/^\s*(\d{1,2})\.\s{2,}\S/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(text).toContain("https://www.unodc.org/edj/fr/tertiary/cybercrime.html");
  }, 180_000);
});
