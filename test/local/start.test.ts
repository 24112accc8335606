import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../../local/dynamodb-local";

const START = ["--import", "tsx", "local/start.ts"];
const children: ChildProcess[] = [];

function start(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [...START, ...args], { env, stdio: "pipe" });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const ready = new Promise<string>((done, fail) => {
    const timer = setInterval(() => {
      if (output.includes("Ctrl-C stops")) {
        clearInterval(timer);
        done(output);
      }
    }, 50);
    exited.then(() => {
      clearInterval(timer);
      fail(new Error(`exited before ready:\n${output}`));
    });
  });
  // A run that is expected to fail never becomes ready; that is not an unhandled error.
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => output };
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

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

describe("npm start", () => {
  it("serves the seeded API over an embedded DynamoDB Local, and Ctrl-C stops Java too", async () => {
    const port = await freePort();
    const server = start(["--port", String(port)]);
    const output = await server.ready;
    expect(output).toMatch(/Ready in \d+\.\d s: http:\/\/localhost:\d+/);
    expect(output).toContain("embedded DynamoDB Local (in memory)");

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
});
