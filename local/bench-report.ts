// Benchmark, not a test: how long the annual report takes and how many DynamoDB reads it makes,
// for the 2019 seed and for a synthetic year of N activities (default 10 000).
// Run: npm run bench:report [-- --activities N]
import { seed2019 } from "../seed/2019";
import { loadSeed } from "../seed/load";
import { createActivity, newActivity } from "../shared/data/activities";
import { getTotals } from "../shared/data/aggregates";
import { createDatabase, type Database } from "../shared/data/client";
import { loadReportInput } from "../shared/data/report-data";
import { buildReport } from "../shared/report/build-report";
import { renderReportBytes } from "../shared/report/render";
import { syntheticInput } from "./bench/dataset";
import { parseCommandLine, run, UsageError } from "./cli";
import { ensureTable } from "./create-table";
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalDynamoDb, startDynamoDbLocal } from "./dynamodb-local";
import { type Counter, counter, steps } from "./progress";

const SYNTHETIC_YEAR = 2030;

const COMMAND = {
  command: "npm run bench:report --",
  summary:
    "Benchmark, not a test: starts its own DynamoDB Local in memory, loads the 2019 seed and a synthetic year " +
    `(${SYNTHETIC_YEAR}) of N validated activities, then times the annual report (French, HTML) and the year's ` +
    "totals for both years and counts their DynamoDB reads. Prints one table row per year.",
  options: {
    activities: {
      type: "string",
      value: "N",
      description: `activities of the synthetic year ${SYNTHETIC_YEAR}`,
      default: "10000",
    },
  },
  environment: {},
  examples: [
    ["npm run bench:report", "2019 and a synthetic year of 10 000 activities"],
    ["npm run bench:report -- --activities 1000", "a quicker run, with 1 000"],
  ],
} as const;

type Reads = { requests: Record<string, number>; items: number };

function countReads(db: Database): Reads {
  const reads: Reads = { requests: {}, items: 0 };
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const name = String(context.commandName).replace("Command", "");
      reads.requests[name] = (reads.requests[name] ?? 0) + 1;
      const output = result.output as { Items?: unknown[]; Responses?: Record<string, unknown[]>; Item?: unknown };
      reads.items +=
        (output.Items?.length ?? 0) +
        Object.values(output.Responses ?? {}).reduce((sum, items) => sum + items.length, 0) +
        (output.Item ? 1 : 0);
      return result;
    },
    { step: "initialize", name: "countReads" },
  );
  return reads;
}

async function fill(db: Database, count: number, progress: Counter) {
  const actor = { id: "bench" };
  for (let start = 0; start < count; start += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, count - start) }, async (_, i) => {
        await createActivity(db, {
          ...newActivity(syntheticInput(SYNTHETIC_YEAR, start + i), actor),
          status: "validated",
        });
        progress.increment();
      }),
    );
  }
}

async function measure(db: Database, reads: Reads, year: number) {
  reads.requests = {};
  reads.items = 0;
  const started = performance.now();
  const model = buildReport(await loadReportInput(db, { year, language: "fr", preview: false }));
  await renderReportBytes(model, "html");
  const ms = performance.now() - started;
  const reportReads = { requests: { ...reads.requests }, items: reads.items };
  reads.requests = {};
  reads.items = 0;
  const totalsStarted = performance.now();
  await getTotals(db, year, ["validated"]);
  const totalsMs = performance.now() - totalsStarted;
  return { year, ms, reportReads, totalsReads: { ...reads.requests }, totalsItems: reads.items, totalsMs };
}

async function main() {
  const values = parseCommandLine(COMMAND);
  if (!/^\d+$/.test(values.activities)) {
    throw new UsageError(`--activities must be a whole number, not "${values.activities}".`);
  }
  const count = Number(values.activities);
  const setup = steps("Setting up", 3);
  setup.next("starting DynamoDB Local");
  let local: LocalDynamoDb;
  try {
    local = await startDynamoDbLocal();
  } catch (error) {
    setup.stop();
    throw error;
  }
  try {
    const db = createDatabase(
      { tableName: "bench", dynamodbEndpoint: local.endpoint, region: LOCAL_REGION },
      LOCAL_CREDENTIALS,
    );
    try {
      setup.next("creating the table");
      await ensureTable(db.client, "bench");
      setup.next("loading the 2019 seed");
      await loadSeed(db, seed2019);
    } finally {
      setup.stop();
    }
    const filling = performance.now();
    const written = counter(`Year ${SYNTHETIC_YEAR}`, count, "activities written");
    try {
      await fill(db, count, written);
    } finally {
      written.stop();
    }
    console.error(`Wrote ${count} synthetic activities in ${((performance.now() - filling) / 1000).toFixed(1)} s.`);
    const reads = countReads(db);
    const rows = [];
    const years = [2019, SYNTHETIC_YEAR];
    // Each year: a warm-up run (JIT and DynamoDB Local caches), then the measured one.
    const runs = counter("Measuring", years.length * 2, "runs");
    try {
      for (const year of years) {
        await measure(db, reads, year);
        runs.increment();
        const result = await measure(db, reads, year);
        runs.increment();
        rows.push({
          year: result.year,
          "report ms (fr, html)": Math.round(result.ms),
          "report requests": Object.entries(result.reportReads.requests)
            .map(([name, n]) => `${name} ${n}`)
            .join(", "),
          "items read": result.reportReads.items,
          "totals requests": Object.values(result.totalsReads).reduce((a, b) => a + b, 0),
          "totals items": result.totalsItems,
          "totals ms": Math.round(result.totalsMs),
        });
      }
    } finally {
      runs.stop();
    }
    console.table(rows);
  } finally {
    await local.stop();
  }
}

run(main);
