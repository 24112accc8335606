// The README's command-line walk-through, taken from the README itself and run in bash against
// `npm start`, so that what a newcomer pastes is what was tested.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, onTestFinished } from "vitest";
import { freePort } from "../local/dynamodb-local";

const README = resolve(import.meta.dirname, "../README.md");
const MARKER = "<!-- walk-through -->";

/** The shell block that follows the walk-through marker. */
function walkThrough(readme: string): string {
  const marker = readme.indexOf(MARKER);
  if (marker < 0) throw new Error(`The README has no ${MARKER}`);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(marker));
  if (!block?.[1]) throw new Error(`No \`\`\`sh block after ${MARKER}`);
  return block[1];
}

/** `npm start`'s script on a free port; resolves once it says it is ready. */
async function startServer(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "local/start.ts", "--port", String(port)], {
    stdio: "pipe",
  });
  // Ctrl-C when the test is over, as a user stops it, then waiting for it to stop its DynamoDB
  // Local and exit, so that no server outlives the run.
  onTestFinished(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGINT");
    await exited;
  }, 120_000);
  let output = "";
  await new Promise<void>((ready, fail) => {
    const listen = (chunk: Buffer) => {
      output += chunk;
      if (/Ready in /.test(output)) ready();
    };
    child.stdout?.on("data", listen);
    child.stderr?.on("data", listen);
    child.once("exit", (code) => fail(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
  return { port, child };
}

describe("the README", () => {
  it("holds a walk-through that works when pasted into a shell", async () => {
    const script = walkThrough(readFileSync(README, "utf8"));
    expect(script).toContain("API=http://localhost:3000");
    const { port } = await startServer();
    const cwd = mkdtempSync(join(tmpdir(), "walk-through-"));
    const { stdout } = await promisify(execFile)(
      "bash",
      ["-euo", "pipefail", "-c", script.replace("localhost:3000", `localhost:${port}`)],
      { cwd, maxBuffer: 16 * 1024 * 1024 },
    );

    // The seed's 2019 activities in Kenya, one line each.
    expect(stdout).toMatch(/^2019-\d\d-\d\d Support to Operation Safisha against online child abuse, Kenya$/m);
    // The training, corrected, submitted and validated, at the version each step made.
    const training = JSON.parse(readFileSync(join(cwd, "training.json"), "utf8"));
    expect(training).toMatchObject({
      title: "Cryptocurrency tracing for investigators",
      status: "validated",
      version: 4,
      mentorId: "mentor-kenya",
      countries: ["KEN", "UGA"],
    });
    expect(stdout).toMatch(/^validated$/m);
    // The year's report tells of it, in a sentence composed from its record (its title is not pasted).
    expect(stdout).toContain(
      "In Africa, UNODC trained 20 law enforcement officers and four prosecutors in Kenya and Uganda.",
    );
  }, 120_000);
});
