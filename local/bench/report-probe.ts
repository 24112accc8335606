// Probe: the annual report of a year in one format as a client gets it from the API (read, built,
// rendered, and kept in the file store when it is too large for the response), or the year's
// activities as the report reads them, or, as their baseline, a raw Query of the same activities
// with the document client. Both load the same
// modules, so that the difference in peak memory is the work's. A warm-up run (unless asked
// otherwise), then the measured one; each run with an app of its own, so that the app's kept
// report (report-cache.ts) never stands in for building it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { paginateQuery } from "@aws-sdk/lib-dynamodb";
import { defaultIsContentTypeBinary } from "hono/aws-lambda";
import { createApp } from "../../shared/app/app";
import { createDevIdentityProvider } from "../../shared/auth/dev-identity-provider";
import { createTokenVerifier } from "../../shared/auth/verify-token";
import { createDatabase, type Database } from "../../shared/data/client";
import { directoryFileStore } from "../../shared/data/file-store";
import { INDEXES, model } from "../../shared/data/model";
import { READ_PAGE_SIZE } from "../../shared/data/read-pages";
import { loadYearActivities } from "../../shared/data/report-data";
import type { ReportFormat } from "../../shared/report/render";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../dynamodb-local";
import { type Delivery, probeDone, probeInput } from "./probe";

export type ReportProbe = {
  endpoint: string;
  table: string;
  year: number;
  /** `read`: the year's activities as the report reads them (report-data.ts), without building it. */
  what: "query" | "read" | "page" | ReportFormat;
  /** False where one run takes long enough for the JIT's warm-up to be noise, and a second would double it. */
  warmUp: boolean;
};

const input = probeInput<ReportProbe>();
const config = { tableName: input.table, dynamodbEndpoint: input.endpoint, region: LOCAL_REGION };
const db = createDatabase(config, LOCAL_CREDENTIALS);

/**
 * Pages of the app's size: without a Limit, DynamoDB Local takes seconds for each 1 MB page of a
 * large partition (100 000 activities: 320 s in 57 pages, against 17 s in pages of 1 000).
 */
async function rawQuery(db: Database, year: number): Promise<unknown[]> {
  const key = model.activity.indexes.activitiesByYear.query({ year });
  const index = INDEXES.byYear;
  const items: unknown[] = [];
  const pages = paginateQuery(
    { client: db.client, pageSize: READ_PAGE_SIZE },
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
// The documents too large for a response are kept here, and gone with the probe.
const files = await mkdtemp(join(tmpdir(), "bench-report-"));

/** The app as a new Lambda instance has it: a client of its own, and no report kept yet. */
function freshApp() {
  return createApp({
    db: createDatabase(config, LOCAL_CREDENTIALS),
    imports: {
      files: directoryFileStore(files),
      start: () => Promise.reject(new Error("a report probe runs no import job")),
    },
    config: { ...config, maxBodyBytes: 256 * 1024 },
    verifyToken: createTokenVerifier(identity),
  });
}
const token = await identity.issue("manager");

/** The manager's report page, as a browser asks for it: its body's size, and gzipped. */
async function page(): Promise<{ bytes: number; gzipBytes: number }> {
  const response = await freshApp().request(`http://localhost/app/report?year=${input.year}&lang=fr`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`/app/report answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { bytes: body.length, gzipBytes: gzipSync(body).length };
}

/**
 * The report in one format from the API's route, as a client asks for it: the document's size, and
 * the response's as Lambda would carry it (base64 where Hono's adapter takes the type for binary).
 */
async function document(format: ReportFormat): Promise<Delivery> {
  const response = await freshApp().request(`http://localhost/reports/annual/${input.year}?lang=fr&format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get("content-type") ?? "";
  const lambdaBytes = defaultIsContentTypeBinary(type) ? 4 * Math.ceil(body.length / 3) : body.length;
  if (response.status === 303) {
    const { bytes } = JSON.parse(body.toString("utf8")) as { bytes: number };
    return { documentBytes: bytes, kept: true, lambdaBytes };
  }
  if (response.status !== 200) throw new Error(`the ${format} report answered ${response.status}`);
  return { documentBytes: body.length, kept: false, lambdaBytes };
}

async function once(): Promise<{ ms: number; bytes: number; gzipBytes?: number; delivery?: Delivery }> {
  const started = performance.now();
  if (input.what === "page") {
    const sizes = await page();
    return { ms: performance.now() - started, ...sizes };
  }
  if (input.what === "query") {
    const items = await rawQuery(db, input.year);
    return { ms: performance.now() - started, bytes: items.length };
  }
  if (input.what === "read") {
    const activities = await loadYearActivities(db, input.year);
    return { ms: performance.now() - started, bytes: activities.length };
  }
  const delivery = await document(input.what);
  return { ms: performance.now() - started, bytes: delivery.documentBytes, delivery };
}

try {
  if (input.warmUp) await once();
  const { ms, ...measured } = await once();
  probeDone([ms], measured);
} finally {
  await rm(files, { recursive: true, force: true });
}
