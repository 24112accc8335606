// The layers point one way (.dependency-cruiser.cjs draws them): a wrong-way import, such as the
// pages reaching into the data layer or the API into the pages, fails here with its file and rule.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const DEPCRUISE = resolve(ROOT, "node_modules/.bin/depcruise");

type Violation = { from: string; to: string; rule: { name: string } };

describe("the layers", () => {
  it("import one way only, with no cycle", async () => {
    const { stdout } = await promisify(execFile)(
      DEPCRUISE,
      ["--config", ".dependency-cruiser.cjs", "--output-type", "json", "shared", "functions", "local", "seed", "infra"],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    const result = JSON.parse(stdout) as { summary: { violations: Violation[]; totalCruised: number } };
    // A cruise that read nothing (a parser missing for .ts) would pass for the wrong reason.
    expect(result.summary.totalCruised).toBeGreaterThan(150);
    const wrongWay = result.summary.violations.map((v) => `${v.from} → ${v.to} (${v.rule.name})`);
    expect(wrongWay).toEqual([]);
  }, 60_000);
});
