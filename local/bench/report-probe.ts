// Probe: the annual report of a year (read, built, rendered in one format) or, as its baseline, a
// raw Query of the same activities with the document client. Both load the same modules, so that
// the difference in peak memory is the work's. "docx-floor" is the same Query, then the docx library
// alone writing one paragraph per activity: the least a Word report of the year can cost. A warm-up
// run, then the measured one.
import { gzipSync } from "node:zlib";
import { paginateQuery } from "@aws-sdk/lib-dynamodb";
import { createApp } from "../../shared/app/app";
import { createDevIdentityProvider } from "../../shared/auth/dev-identity-provider";
import { createTokenVerifier } from "../../shared/auth/verify-token";
import { createDatabase, type Database } from "../../shared/data/client";
import { INDEXES, model } from "../../shared/data/model";
import { loadReportInput } from "../../shared/data/report-data";
import { buildReport } from "../../shared/report/build-report";
import { type ReportFormat, renderReport } from "../../shared/report/render";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../dynamodb-local";
import { probeDone, probeInput } from "./probe";

export type ReportProbe = {
  endpoint: string;
  table: string;
  year: number;
  what: "query" | "page" | "docx-floor" | ReportFormat;
};

const input = probeInput<ReportProbe>();
const db = createDatabase(
  { tableName: input.table, dynamodbEndpoint: input.endpoint, region: LOCAL_REGION },
  LOCAL_CREDENTIALS,
);

async function rawQuery(db: Database, year: number): Promise<unknown[]> {
  const key = model.activity.indexes.activitiesByYear.query({ year });
  const index = INDEXES.byYear;
  const items: unknown[] = [];
  const pages = paginateQuery(
    { client: db.client },
    {
      TableName: db.tableName,
      IndexName: "byYear",
      KeyConditionExpression: "#pk = :pk",
      ExpressionAttributeNames: { "#pk": index.partition },
      ExpressionAttributeValues: { ":pk": key.partition },
    },
  );
  for await (const page of pages) items.push(...(page.Items ?? []));
  return items;
}

const identity = await createDevIdentityProvider("http://127.0.0.1/bench");
const app = createApp({
  db,
  config: { tableName: input.table, dynamodbEndpoint: input.endpoint, region: LOCAL_REGION, maxBodyBytes: 256 * 1024 },
  verifyToken: createTokenVerifier(identity),
});
const token = await identity.issue("manager");

/** The manager's report page, as a browser asks for it: its body's size, and gzipped. */
async function page(): Promise<{ bytes: number; gzipBytes: number }> {
  const response = await app.request(`http://localhost/app/report?year=${input.year}&lang=fr`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`/app/report answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { bytes: body.length, gzipBytes: gzipSync(body).length };
}

async function once(): Promise<{ ms: number; bytes: number; gzipBytes?: number }> {
  const started = performance.now();
  if (input.what === "page") {
    const sizes = await page();
    return { ms: performance.now() - started, ...sizes };
  }
  if (input.what === "query") {
    const items = await rawQuery(db, input.year);
    return { ms: performance.now() - started, bytes: items.length };
  }
  if (input.what === "docx-floor") {
    const items = (await rawQuery(db, input.year)) as { title: string; narrative: { fr?: string } }[];
    // Loaded on use, as the Word renderer loads docx.
    const { docxFloor } = await import("./docx-floor");
    const body = await docxFloor(items.map((item) => `${item.title}. ${item.narrative.fr ?? ""}`));
    return { ms: performance.now() - started, bytes: body.length };
  }
  const report = buildReport(await loadReportInput(db, { year: input.year, language: "fr", preview: false }));
  const { body } = await renderReport(report, input.what);
  return { ms: performance.now() - started, bytes: Buffer.byteLength(body) };
}

await once();
const measured = await once();
probeDone([measured.ms], { bytes: measured.bytes, ...(measured.gzipBytes && { gzipBytes: measured.gzipBytes }) });
