// What a cold start of the API function loads for a request: the entry file, then the chunks of the
// routes it serves and everything they import, as esbuild splits them (infra/bundle.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { functionBuild } from "../../infra/bundle";

const out = mkdtempSync(join(tmpdir(), "bundle-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const { metafile } = await build({ ...functionBuild("functions/api.ts", out), metafile: true, write: false });
const outputs = (metafile as Metafile).outputs;

/** The output files Node loads once `file` is imported: it and its static imports, all the way down. */
function loaded(file: string): Set<string> {
  const seen = new Set<string>();
  const next = [file];
  for (let current = next.pop(); current !== undefined; current = next.pop()) {
    if (seen.has(current)) continue;
    seen.add(current);
    for (const imported of outputs[current]?.imports ?? []) {
      if (imported.kind === "import-statement" && imported.path in outputs) next.push(imported.path);
    }
  }
  return seen;
}

/** The source files bundled into those outputs. */
function sources(files: Set<string>): string[] {
  return [...files].flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}));
}

/** The output that holds a source file. */
function outputOf(source: string): string {
  const found = Object.keys(outputs).find((file) => !file.endsWith(".map") && source in (outputs[file]?.inputs ?? {}));
  if (!found) throw new Error(`no output holds ${source}`);
  return found;
}

describe("what the API function loads", () => {
  const entry = loaded(outputOf("functions/api.ts"));

  it("loads no zod at a cold start, nor for the read of one activity", () => {
    const read = loaded(outputOf("shared/api/routes/activity-read.ts"));
    expect(sources(entry).filter((source) => source.includes("node_modules/zod/"))).toEqual([]);
    expect(sources(read).filter((source) => source.includes("node_modules/zod/"))).toEqual([]);
  });

  it("loads zod with the routes that validate a body", () => {
    const activities = loaded(outputOf("shared/api/routes/activities.ts"));
    expect(sources(activities).some((source) => source.includes("node_modules/zod/"))).toBe(true);
  });
});
