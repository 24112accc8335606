// Benchmark, not a test: `npm run bench:reliability` measures the reliability table in one run —
// the fuzz, the fault matrix, SIGKILL of DynamoDB Local and retries, random operations at once,
// cdk-nag — and prints it as one Markdown table on standard output; progress goes to standard error.
// Run: npm run bench:reliability [-- --fuzz N --creates N --kill-after N --runs N --operations N --only ROWS]
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { createDatabase, type Database } from "../shared/data/client";
import { parseCommandLine, run, UsageError, wholeNumber } from "./cli";
import { ensureTable } from "./create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDynamoDb, startDynamoDbLocal } from "./dynamodb-local";
import { type Client, identityProvider, inParallel, signedInApp } from "./reliability/app";
import { createUnderFault, injectFaults, LASTING, lastingHeld, PASSING, passingHeld } from "./reliability/fault-matrix";
import { fuzzCases, VALID_ACTIVITY } from "./reliability/fuzz";
import { type KillAndRetryResult, killAndRetry } from "./reliability/kill-and-retry";
import { runNag } from "./reliability/nag";
import { randomOperations } from "./reliability/random-operations";

type Row = { test: string; measured: string; goal: string; met: boolean };

type Sizes = { fuzz: number; creates: number; killAfter: number; runs: number; operations: number; port?: number };

type Context = { sizes: Sizes; local: LocalDynamoDb; say: (line: string) => void };

const ROWS: Record<string, (context: Context) => Promise<Row[]>> = {
  fuzz: fuzzRow,
  faults: faultRows,
  kill: (context) => killRows(context, true),
  "kill-alone": (context) => killRows(context, false),
  drift: driftRow,
  nag: nagRow,
};

const COMMAND = {
  command: "npm run bench:reliability --",
  summary:
    "Benchmark, not a test: runs the reliability checks at full size against DynamoDB Local — fuzzed requests, " +
    "the fault matrix, DynamoDB Local killed during idempotent creates and the creates sent again, random " +
    "operations at once, cdk-nag on the synthesized stack — and prints the table in Markdown (progress on standard error).",
  options: {
    fuzz: { type: "string", value: "N", description: "fuzzed requests (bodies and queries)", default: "10000" },
    creates: {
      type: "string",
      value: "N",
      description: "idempotent creates of each kill-and-retry run",
      default: "1000",
    },
    "kill-after": {
      type: "string",
      value: "N",
      description: "acknowledged creates after which DynamoDB Local is killed",
      default: "300",
    },
    runs: { type: "string", value: "N", description: "runs of each kill-and-retry row", default: "3" },
    operations: { type: "string", value: "N", description: "random operations, 16 at a time", default: "5000" },
    port: {
      type: "string",
      value: "N",
      description: "DynamoDB Local listens on N (in memory) and N+1 (the kill-and-retry runs, on disk)",
      defaultText: "free ports",
    },
    only: {
      type: "string",
      value: "ROWS",
      description: `the rows to measure, separated by commas (${Object.keys(ROWS).join(", ")})`,
      defaultText: "all",
    },
  },
  environment: {},
  examples: [
    [
      "npm run -s bench:reliability > reliability.md",
      "the whole table at full size (an hour or more on a small, busy machine)",
    ],
    [
      "npm run bench:reliability -- --fuzz 1000 --creates 100 --kill-after 30 --runs 1 --operations 500",
      "a quicker run",
    ],
    ["npm run bench:reliability -- --only kill,nag", "some of the rows"],
  ],
} as const;

const count = (value: number) => value.toLocaleString("en-US").replaceAll(",", " ");

/** A fresh table on the bench's in-memory DynamoDB Local, and the app over it as a manager. */
async function freshApp(local: LocalDynamoDb): Promise<{ app: Client; db: Database }> {
  const db = createDatabase(
    { tableName: `bench-${randomUUID()}`, dynamodbEndpoint: local.endpoint, region: LOCAL_REGION },
    LOCAL_CREDENTIALS,
  );
  await ensureTable(db.client, db.tableName);
  return { app: await signedInApp(db, await identityProvider()), db };
}

async function fuzzRow({ sizes, local, say }: Context): Promise<Row[]> {
  const { app } = await freshApp(local);
  const created = await (
    await app.request("/activities", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(VALID_ACTIVITY),
    })
  ).json();
  const cases = fuzzCases(created.id);
  // Runs per case so that all of them together send the number asked for (a case may send two).
  const perRun = cases.reduce((sum, { share, requests }) => sum + share * requests, 0);
  let sent = 0;
  const failures: string[] = [];
  for (const { name, arbitrary, share } of cases) {
    say(`fuzz: ${name}`);
    const samples = fc.sample(arbitrary, Math.ceil((sizes.fuzz / perRun) * share));
    await inParallel(samples.length, 4, async (index) => {
      for (const { method, path, body } of samples[index] ?? []) {
        const res = await app.request(path, {
          method,
          ...(body !== undefined && { headers: { "content-type": "application/json" }, body }),
        });
        sent++;
        if (res.status >= 500) failures.push(`${method} ${path} ${body ?? ""} → ${res.status}`);
      }
    });
  }
  for (const failure of failures.slice(0, 10)) say(`fuzz 5xx: ${failure}`);
  return [
    {
      test: `${count(sent)} fuzzed bodies and queries (every write route, lists, reports, exports)`,
      measured: `${failures.length} answered 5xx`,
      goal: "0 5xx",
      met: failures.length === 0,
    },
  ];
}

async function faultRows({ local, say }: Context): Promise<Row[]> {
  const { app, db } = await freshApp(local);
  const faults = injectFaults(db);
  let lastingAnswered = 0;
  let passingStored = 0;
  let halfWritten = 0;
  for (const [name, fault, status] of LASTING) {
    say(`faults: ${name}`);
    const outcome = await createUnderFault(app, db, faults, fault);
    if (lastingHeld(outcome, status)) lastingAnswered++;
    else say(`faults: ${name} gave ${JSON.stringify(outcome)}`);
    if (outcome.storedMore !== 0 || outcome.drift !== 0) halfWritten++;
  }
  for (const [name, fault] of PASSING) {
    say(`faults: ${name}`);
    const outcome = await createUnderFault(app, db, faults, fault);
    if (passingHeld(outcome, fault)) passingStored++;
    else say(`faults: ${name} gave ${JSON.stringify(outcome)}`);
    if (outcome.storedMore !== 1 || outcome.drift !== 0) halfWritten++;
  }
  const conflicts = LASTING.filter(([, , status]) => status === 409).length;
  return [
    {
      test: `fault matrix by SDK middleware: ${LASTING.length} faults at every try (throttling, throughput, limits, 500, 503, timeout, reset, cancelled transactions), ${PASSING.length} that pass`,
      measured:
        `${lastingAnswered} of ${LASTING.length} answered as they must with Retry-After (503; the ${conflicts} lasting conflict 409); ` +
        `${passingStored} of ${PASSING.length} retried and stored once; ${halfWritten} partial writes`,
      goal: "all; 0 partial writes",
      met: lastingAnswered === LASTING.length && passingStored === PASSING.length && halfWritten === 0,
    },
  ];
}

/** The kill-and-retry runs as the local server writes (waitForCommit) or on DynamoDB Local alone. */
async function killRows({ sizes, say }: Context, waitForCommit: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  {
    const results: KillAndRetryResult[] = [];
    for (let runIndex = 1; runIndex <= sizes.runs; runIndex++) {
      say(`kill and retry (${waitForCommit ? "as the local server writes" : "DynamoDB Local alone"}): run ${runIndex}`);
      const result = await killAndRetry({
        creates: sizes.creates,
        killAfter: sizes.killAfter,
        concurrency: 16,
        waitForCommit,
        ...(sizes.port && { port: sizes.port + 1 }),
      });
      say(`  ${JSON.stringify(result)}`);
      results.push(result);
    }
    const lost = results.map((result) => result.lost);
    const duplicated = results.reduce((sum, result) => sum + result.duplicated, 0);
    const missing = results.reduce((sum, result) => sum + result.keysMissing + result.drift, 0);
    const runsLosing = lost.filter((value) => value > 0).length;
    const setting = waitForCommit
      ? "as `npm start -- --data` writes (each transaction answered once DynamoDB Local has committed it)"
      : "DynamoDB Local alone (it answers a transaction before committing it)";
    rows.push({
      test:
        `SIGKILL of DynamoDB Local (\`--data\`) after ${count(sizes.killAfter)} of ${count(sizes.creates)} idempotent creates, ` +
        `then retries with the same keys, ${sizes.runs} runs; ${setting}`,
      measured:
        `${lost.reduce((a, b) => a + b, 0)} acknowledged creates lost (${lost.join(", ")}; in ${runsLosing} of ${sizes.runs} runs), ` +
        `${duplicated} duplicated; acknowledged before the kill: ${results.map((result) => result.acknowledged).join(", ")}`,
      goal: waitForCommit ? "0 lost, 0 duplicated" : "0 duplicated (the loss is DynamoDB Local's)",
      met: duplicated === 0 && missing === 0 && (!waitForCommit || lost.every((value) => value === 0)),
    });
  }
  return rows;
}

async function driftRow({ sizes, local, say }: Context): Promise<Row[]> {
  const { app, db } = await freshApp(local);
  say(`random operations: ${sizes.operations}`);
  const result = await randomOperations(app, db, { operations: sizes.operations, concurrency: 16 });
  say(`  seed ${result.seed}: ${JSON.stringify(result.answers)}`);
  const conflicts = Object.entries(result.answers)
    .filter(([answer]) => answer.endsWith(" 409"))
    .reduce((sum, [, n]) => sum + n, 0);
  return [
    {
      test: `${count(sizes.operations)} random operations, 16 at a time (create, correct, submit, validate, return, delete), then \`verify\``,
      measured: `${result.drift} drifted cells of ${count(result.cells)}; ${result.serverErrors} 5xx; ${conflicts} answered 409 (operations meeting on a record)`,
      goal: "0 drift",
      met: result.drift === 0 && result.serverErrors === 0,
    },
  ];
}

async function nagRow({ say }: Context): Promise<Row[]> {
  say("cdk-nag: synthesizing the stack");
  const { findings, acknowledged, failure } = runNag();
  const errors = findings.filter((finding) => finding.startsWith("error")).length;
  for (const finding of findings) say(`cdk-nag: ${finding}`);
  const rules = new Set(acknowledged.map(({ id }) => id));
  return [
    {
      test: "cdk-nag AwsSolutions and Serverless packs on the synthesized stack",
      measured: `${errors} unsuppressed errors, ${findings.length - errors} other findings; ${acknowledged.length} acknowledgements (${rules.size} rules), each with its reason`,
      goal: "0 unsuppressed",
      met: findings.length === 0 && failure === undefined,
    },
  ];
}

/** The table's head, then one line per row as it is measured, so that a long run shows its rows as they come. */
const TABLE_HEAD = "| test | measured | goal | met |\n|---|---|---|---|";
const tableLine = (row: Row) => `| ${row.test} | ${row.measured} | ${row.goal} | ${row.met ? "yes" : "no"} |`;

async function main() {
  const values = parseCommandLine(COMMAND);
  const sizes: Sizes = {
    fuzz: wholeNumber("fuzz", values.fuzz),
    creates: wholeNumber("creates", values.creates),
    killAfter: wholeNumber("kill-after", values["kill-after"]),
    runs: wholeNumber("runs", values.runs),
    operations: wholeNumber("operations", values.operations),
    ...(values.port && { port: wholeNumber("port", values.port) }),
  };
  if (sizes.killAfter >= sizes.creates) {
    throw new UsageError(`--kill-after (${sizes.killAfter}) must be below --creates (${sizes.creates}).`);
  }
  const only = values.only?.split(",").map((name) => name.trim()) ?? Object.keys(ROWS);
  const unknown = only.filter((name) => !(name in ROWS));
  if (unknown.length > 0) {
    throw new UsageError(`--only names no row "${unknown.join(", ")}": the rows are ${Object.keys(ROWS).join(", ")}.`);
  }
  const say = (line: string) => console.error(line);
  say("starting DynamoDB Local");
  const local = await startDynamoDbLocal({ port: sizes.port });
  try {
    console.log(TABLE_HEAD);
    for (const name of only) {
      const started = performance.now();
      const rows = await (ROWS[name] as (context: Context) => Promise<Row[]>)({ sizes, local, say });
      for (const row of rows) console.log(tableLine(row));
      if (rows.some((row) => !row.met)) process.exitCode = 1;
      say(`${name}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await local.stop();
  }
}

run(main);
