import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, inject, it } from "vitest";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../../local/dynamodb-local";
import { createDatabase } from "../../shared/data/client";
import { loadReportInput } from "../../shared/data/report-data";
import { buildReport } from "../../shared/report/build-report";
import { renderReport } from "../../shared/report/render";

const run = promisify(execFile);

describe("npm run report", () => {
  // The run's DynamoDB Local, in a table of this file's own that the command creates and seeds.
  const tableName = `report-${randomUUID()}`;
  const db = createDatabase(
    { tableName, dynamodbEndpoint: inject("dynamodbEndpoint"), region: LOCAL_REGION },
    LOCAL_CREDENTIALS,
  );
  afterAll(async () => {
    await db.client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
  });
  /** `npm run report -- --year 2019 …args` over that table. */
  const report = (...args: string[]) =>
    run(process.execPath, ["--import", "tsx", "local/report.ts", "--year", "2019", ...args], {
      env: {
        ...process.env,
        DYNAMODB_ENDPOINT: inject("dynamodbEndpoint"),
        TABLE_NAME: tableName,
        AWS_REGION: LOCAL_REGION,
        AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      },
      maxBuffer: 16 * 1024 * 1024,
    });

  it("writes exactly the report to standard output when it is not a terminal, and no progress", async () => {
    const { stdout, stderr } = await report("--format", "md", "--lang", "fr");
    // The symbol block first, then the title (the seed's texts of 2019).
    expect(stdout.split("\n")[0]).toBe("E/CN.15/2020/12  ");
    expect(stdout).toContain("\n# Favoriser l’assistance technique");
    // The same report, rendered here from the table the command seeded: byte for byte.
    const model = buildReport(await loadReportInput(db, { year: 2019, language: "fr", preview: false }));
    expect(stdout).toBe((await renderReport(model, "md")).body);
    // Standard error is not a terminal here: no progress bar, no step names.
    expect(stderr).not.toMatch(/Report 2019|reading the records|rendering/);
  }, 60_000);

  it("writes the report in Spanish with --lang es, as a Word document too", async () => {
    const directory = await mkdtemp(join(tmpdir(), "report-es-"));
    const out = join(directory, "report-2019-es.docx");
    const { stdout } = await report("--lang", "es", "--format", "md");
    expect(stdout.startsWith("E/CN.15/2020/12  \nDistr. general  \nOriginal: inglés\n")).toBe(true);
    expect(stdout).toMatch(/\n# Promoción de la asistencia técnica.*incluido el intercambio de información\n/);
    expect(stdout).toContain("**Informe del Secretario General**");
    const model = buildReport(await loadReportInput(db, { year: 2019, language: "es", preview: false }));
    expect(stdout).toBe((await renderReport(model, "md")).body);
    await report("--lang", "es", "--format", "docx", "--out", out);
    const document = strFromU8(unzipSync(new Uint8Array(await readFile(out)))["word/document.xml"] ?? new Uint8Array());
    expect(document).toContain("Apoyo normativo y creación de capacidad");
    await rm(directory, { recursive: true });
  }, 60_000);
});
