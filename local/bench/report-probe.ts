// Probe: the annual report of a year (read, built, rendered in one format) or, as its baseline, a
// raw Query of the same activities with the document client. Both load the same modules, so that
// the difference in peak memory is the work's. A warm-up run, then the measured one.
import { paginateQuery } from "@aws-sdk/lib-dynamodb";
import { createDatabase, type Database } from "../../shared/data/client";
import { INDEXES, model } from "../../shared/data/model";
import { loadReportInput } from "../../shared/data/report-data";
import { buildReport } from "../../shared/report/build-report";
import { type ReportFormat, renderReport } from "../../shared/report/render";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../dynamodb-local";
import { probeDone, probeInput } from "./probe";

export type ReportProbe = { endpoint: string; table: string; year: number; what: "query" | ReportFormat };

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

async function once(): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  if (input.what === "query") {
    const items = await rawQuery(db, input.year);
    return { ms: performance.now() - started, bytes: items.length };
  }
  const report = buildReport(await loadReportInput(db, { year: input.year, language: "fr", preview: false }));
  const { body } = await renderReport(report, input.what);
  return { ms: performance.now() - started, bytes: Buffer.byteLength(body) };
}

await once();
const measured = await once();
probeDone([measured.ms], { bytes: measured.bytes });
