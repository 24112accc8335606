// Crash safety, measured: idempotent creates through the real app against DynamoDB Local keeping
// its data on disk, DynamoDB Local killed with SIGKILL after a number of acknowledgements, started
// again on the same files, and every create sent again with its Idempotency-Key. Counts the
// acknowledged activities that are gone (lost) and the keys stored more than once (duplicated).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout } from "node:timers/promises";
import { batchGet } from "../../shared/data/batch-get";
import { createDatabase, type Database } from "../../shared/data/client";
import { model } from "../../shared/data/model";
import { queryPage } from "../../shared/data/query";
import { readPages } from "../../shared/data/read-pages";
import { checkTotals } from "../../shared/data/recompute-totals";
import { ensureTable } from "../create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal, waitForCommits } from "../dynamodb-local";
import { activityBody } from "./activity-body";
import { type Client, identityProvider, inParallel, signedInApp } from "./app";

const TABLE = "kill-and-retry";
const RETRY_ATTEMPTS = 5;
/** A year no other record uses, so that its activities are this run's. */
const YEAR = 2031;

export type KillAndRetryOptions = {
  creates: number;
  /** Acknowledgements (201) after which DynamoDB Local is killed. */
  killAfter: number;
  /** Creates in flight at once. */
  concurrency: number;
  /** Whether each transaction waits for DynamoDB Local's commit (waitForCommits) before it is answered. */
  waitForCommit: boolean;
  /** The port DynamoDB Local listens on, both times; a free one if not given. */
  port?: number;
};

export type KillAndRetryResult = {
  /** Creates answered 201 before DynamoDB Local was killed. */
  acknowledged: number;
  /** Creates in flight at the kill that failed (503), to be sent again. */
  failedAtKill: number;
  /** Acknowledged activities missing once DynamoDB Local runs again, before any retry. */
  lostAtRestart: number;
  /** Retries (every create, same key, same body) answered with anything but 201. */
  retriesRefused: number;
  /** Retries answered from the first create's record (Idempotent-Replayed). */
  retriesReplayed: number;
  /** Acknowledged activities (before the kill or on retry) missing at the end. */
  lost: number;
  /** Stored activities beyond one per key. */
  duplicated: number;
  /** Keys with no activity at the end. */
  keysMissing: number;
  /** Totals cells that no longer match the records. */
  drift: number;
};

type Ack = { id: string; replayed: boolean };

export async function killAndRetry(options: KillAndRetryOptions): Promise<KillAndRetryResult> {
  const dataDir = mkdtempSync(join(tmpdir(), "kill-and-retry-"));
  const identity = await identityProvider();
  const run = `${process.pid}-${Date.now()}`;
  const key = (index: number) => `kill-and-retry-${run}-${index}`;
  const body = (index: number) => JSON.stringify(activityBody(`Kill and retry ${index}`, YEAR));
  const open = async () => {
    // Opening a file that a kill left with a hot journal, on a busy machine, may take a while.
    const dynamodb = await startDynamoDbLocal({ dataDir, port: options.port, readyWithinMs: 300_000 });
    const db = createDatabase(
      { tableName: TABLE, dynamodbEndpoint: dynamodb.endpoint, region: LOCAL_REGION },
      LOCAL_CREDENTIALS,
    );
    if (options.waitForCommit) waitForCommits(db.client);
    await ensureTable(db.client, TABLE);
    return { dynamodb, db, app: await signedInApp(db, identity) };
  };
  const post = (app: Client, index: number) =>
    app.request("/activities", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key(index) },
      body: body(index),
    });
  const ack = async (res: Response): Promise<Ack | undefined> => {
    if (res.status !== 201) return undefined;
    return { id: (await res.json()).id, replayed: res.headers.get("idempotent-replayed") === "true" };
  };
  const create = async (app: Client, index: number) => ack(await post(app, index));
  // The retries behave as a client should: an answer that asks to try again later (503, or 409
  // while the first try of the same key is still in flight) is tried again after Retry-After.
  const retry = async (app: Client, index: number) => {
    let res = await post(app, index);
    for (let attempt = 1; attempt < RETRY_ATTEMPTS && res.headers.has("retry-after"); attempt++) {
      await setTimeout(Math.min(Number(res.headers.get("retry-after")) || 1, 5) * 1000);
      res = await post(app, index);
    }
    return ack(res);
  };

  try {
    const first = await open();
    const acknowledged = new Map<number, string>();
    let failedAtKill = 0;
    let killing: Promise<void> | undefined;
    await inParallel(
      options.creates,
      options.concurrency,
      async (index) => {
        const ack = await create(first.app, index);
        if (!ack) {
          failedAtKill++;
          return;
        }
        acknowledged.set(index, ack.id);
        if (acknowledged.size >= options.killAfter) killing ??= first.dynamodb.kill();
      },
      () => killing !== undefined,
    );
    await killing;
    first.db.client.destroy();

    const second = await open();
    try {
      const foundAtRestart = await storedIds(second.db, [...acknowledged.values()]);
      const lostAtRestart = [...acknowledged.values()].filter((id) => !foundAtRestart.has(id)).length;

      const retried = new Map<number, Ack>();
      let retriesRefused = 0;
      await inParallel(options.creates, options.concurrency, async (index) => {
        const answer = await retry(second.app, index);
        if (answer) retried.set(index, answer);
        else retriesRefused++;
      });

      const stored = await activitiesOfYear(second.db);
      const perKey = new Map<string, number>();
      for (const activity of stored) perKey.set(activity.title, (perKey.get(activity.title) ?? 0) + 1);
      const storedIdSet = new Set(stored.map((activity) => activity.id));
      const everAcknowledged = new Set([...acknowledged.values(), ...[...retried.values()].map((ack) => ack.id)]);
      const titles = Array.from({ length: options.creates }, (_, index) => `Kill and retry ${index}`);
      return {
        acknowledged: acknowledged.size,
        failedAtKill,
        lostAtRestart,
        retriesRefused,
        retriesReplayed: [...retried.values()].filter((ack) => ack.replayed).length,
        lost: [...everAcknowledged].filter((id) => !storedIdSet.has(id)).length,
        duplicated: [...perKey.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0),
        keysMissing: titles.filter((title) => !perKey.has(title)).length,
        drift: (await checkTotals(second.db, YEAR)).drift.length,
      };
    } finally {
      second.db.client.destroy();
      await second.dynamodb.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function storedIds(db: Database, ids: string[]): Promise<Set<string>> {
  const items = await batchGet(
    db,
    ids.map((id) => model.activity.key.of({ id })),
    true,
  );
  return new Set(items.map((item) => String(item.id)));
}

async function activitiesOfYear(db: Database): Promise<{ id: string; title: string }[]> {
  const items = await readPages((page) =>
    queryPage(db, model.activity.indexes.activitiesByYear.query({ year: YEAR }), page),
  );
  return items.map((item) => ({ id: String(item.id), title: String(item.title) }));
}
