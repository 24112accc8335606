// Row: 50 writers at once on one year, through the API, with DynamoDB's conflict and throttling
// rules simulated (shared/data/contention.ts): each logs activities citing one mentor and one donor,
// submits and validates them, so that every write meets the year's totals or the citation counts.
// The same run on the layout before the shards (one item each) is the baseline: what the shards
// change. The goal is no 409 to a client, and totals that match the records.
import { createDatabase, type Database, SHARDS } from "../../shared/data/client";
import { simulateContention } from "../../shared/data/contention";
import { checkTotals } from "../../shared/data/recompute-totals";
import { ensureTable } from "../create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../dynamodb-local";
import { activityBody } from "../reliability/activity-body";
import { identityProvider, signedInApp } from "../reliability/app";
import { BENCH_DONOR, BENCH_MENTOR, seedCatalog } from "./catalog";
import type { BenchContext } from "./context";
import type { BenchRow } from "./table";

const WRITERS = 50;
/** Activities each writer logs, submits and validates: three writes each. */
const CYCLES = 4;
const YEAR = 2031;

export type ContentionRun = { shards: number; writes: number; refused: number; seconds: number; drift: number };

async function table(context: BenchContext, name: string, shards: number): Promise<Database> {
  const db = createDatabase(
    { tableName: name, dynamodbEndpoint: context.local.endpoint, region: LOCAL_REGION },
    LOCAL_CREDENTIALS,
    { shards },
  );
  await ensureTable(db.client, name);
  return db;
}

/** 50 writers on one year of a fresh table with `shards` shards per hot item. */
export async function contentionRun(context: BenchContext, shards: number): Promise<ContentionRun> {
  const db = await table(context, `bench-contention-${shards}`, shards);
  await seedCatalog(db);
  simulateContention(db.client);
  const identity = await identityProvider();
  const mentor = await signedInApp(db, identity, BENCH_MENTOR.username);
  const manager = await signedInApp(db, identity, "manager");
  let writes = 0;
  let refused = 0;
  const send = async (client: typeof mentor, path: string, body: unknown) => {
    const response = await client.request(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (response.status === 409) refused++;
    else if (response.ok) writes++;
    else throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return response.ok ? ((await response.json()) as { id: string; version: number }) : undefined;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const body = { ...activityBody(`Writer ${writer}, activity ${cycle}`, YEAR), donors: [BENCH_DONOR] };
        const created = await send(mentor, "/activities", body);
        if (!created) continue;
        const submitted = await send(mentor, `/activities/${created.id}/status`, { status: "submitted", version: 1 });
        if (!submitted) continue;
        await send(manager, `/activities/${created.id}/status`, { status: "validated", version: submitted.version });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { drift } = await checkTotals(db, YEAR);
  return { shards, writes, refused, seconds, drift: drift.length };
}

function describeRun(run: ContentionRun): string {
  const share = (100 * run.refused) / (run.writes + run.refused);
  return `${(run.writes / run.seconds).toFixed(1)} writes/s, ${share.toFixed(1)} % 409 (${run.refused} of ${run.writes + run.refused}), ${run.drift} cells drifted`;
}

export async function contentionRows(context: BenchContext): Promise<BenchRow[]> {
  context.say(`50 writers, ${SHARDS} shards`);
  const sharded = await contentionRun(context, SHARDS);
  context.say("50 writers, one item each (the layout before the shards)");
  const single = await contentionRun(context, 1);
  return [
    {
      measure: `${WRITERS} concurrent writers on one year, each logging, submitting and validating ${CYCLES} activities citing one mentor and one donor, with DynamoDB's conflict and throttling rules simulated (${SHARDS} shards vs one item)`,
      project: describeRun(sharded),
      baseline: describeRun(single),
      ratio: sharded.writes / sharded.seconds / (single.writes / single.seconds),
      goal: "0 % 409s to clients, no drift",
      met: sharded.refused === 0 && sharded.drift === 0,
    },
  ];
}
