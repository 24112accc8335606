// Rows: POST /activities through the app, as a mentor logs an activity (the token and the body
// checked, the idempotency key claimed, then the activity, its links, the citation counters and
// the audit entry written in one transaction), against the least DynamoDB does for it: a bare
// PutItem of the same activity item, and a bare TransactWrite of the same items a create writes.
// Sequential creates, the three taking turns so that the machine's load falls on each alike; p50
// and p99 of each, and the bare transaction against the PutItem, for context.
import { PutCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { activityCreateItems, newActivity } from "../../shared/data/activities";
import { claimIdempotencyKey, requestHash } from "../../shared/data/idempotency";
import { model, storedItem } from "../../shared/data/model";
import { ActivityInputSchema } from "../../shared/domain/activity";
import { activityBody } from "../reliability/activity-body";
import { identityProvider, signedInApp } from "../reliability/app";
import { BENCH_DONOR, BENCH_MENTOR, seedCatalog } from "./catalog";
import type { BenchContext } from "./context";
import { type BenchRow, contextRow, ratioRow } from "./table";
import { timed } from "./timed";

const YEAR = 2032;
/** Creates of each kind before the measured ones: the JIT and the connections warmed. */
const WARM_UP = 20;

/** The value below which `share` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] as number;
}

export async function createRows(context: BenchContext): Promise<BenchRow[]> {
  const db = await context.table("bench-create");
  await seedCatalog(db);
  const mentor = await signedInApp(db, await identityProvider(), BENCH_MENTOR.username);
  const body = (n: number) => ({ ...activityBody(`Create ${n}`, YEAR), donors: [BENCH_DONOR] });

  const throughApp = (n: number) =>
    timed(async () => {
      const response = await mentor.request("/activities", {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": `bench-create-${n}` },
        body: JSON.stringify(body(n)),
      });
      if (response.status !== 201)
        throw new Error(`POST /activities answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    });
  // The baselines' items are made before the clock starts: only DynamoDB's part is timed.
  const stored = (n: number) => {
    const input = ActivityInputSchema.parse(body(n));
    const activity = newActivity(input, { id: BENCH_MENTOR.username }, { mentorId: BENCH_MENTOR.id });
    return { input, activity };
  };
  const barePut = (n: number) => {
    const { activity } = stored(n);
    const command = new PutCommand({ TableName: db.tableName, Item: storedItem(model.activity, activity) });
    return timed(() => db.client.send(command));
  };
  const transactionItems = (n: number) => {
    const { input, activity } = stored(n);
    return [
      claimIdempotencyKey(db, `activities#${BENCH_MENTOR.username}`, `bench-bare-${n}`, {
        requestHash: requestHash(input),
        response: activity,
      }),
      ...activityCreateItems(db, activity),
    ];
  };
  const bareTransaction = (n: number) => {
    const command = new TransactWriteCommand({ TransactItems: transactionItems(n) });
    return timed(() => db.client.send(command));
  };

  const kinds = [throughApp, barePut, bareTransaction];
  const samples: number[][] = kinds.map(() => []);
  const creates = 100 * context.runs;
  for (let n = -WARM_UP; n < creates; n++) {
    if (n % 50 === 0) context.say(`creates: ${Math.max(n, 0)} of ${creates} of each`);
    // Each round starts with another kind: none always follows the same one.
    for (let turn = 0; turn < kinds.length; turn++) {
      const kind = (turn + n + WARM_UP) % kinds.length;
      const ms = await (kinds[kind] as (n: number) => Promise<number>)(n + WARM_UP);
      if (n >= 0) samples[kind]?.push(ms);
    }
  }

  const [app, put, transaction] = samples as [number[], number[], number[]];
  const items = transactionItems(0).length;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const at = (values: number[], share: number) => ({ value: round(percentile(values, share)), unit: "ms" });
  const what = `POST /activities through the app (a mentor, with an Idempotency-Key, one donor; ${creates} sequential creates)`;
  return [
    ratioRow(`${what} vs a bare PutItem of the same activity item, p99`, at(app, 0.99), at(put, 0.99), 3),
    ratioRow(`${what} vs a bare PutItem, p50`, at(app, 0.5), at(put, 0.5), 3),
    ratioRow(
      `${what} vs a bare TransactWrite of the same ${items} items, p99`,
      at(app, 0.99),
      at(transaction, 0.99),
      3,
    ),
    ratioRow(`${what} vs a bare TransactWrite, p50`, at(app, 0.5), at(transaction, 0.5), 3),
    // What DynamoDB Local alone takes for a create's items: the floor under the PutItem rows.
    contextRow(
      `a bare TransactWrite of a create's ${items} items vs a bare PutItem, p99`,
      at(transaction, 0.99),
      at(put, 0.99),
    ),
    contextRow(
      `a bare TransactWrite of a create's ${items} items vs a bare PutItem, p50`,
      at(transaction, 0.5),
      at(put, 0.5),
    ),
  ];
}
