import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../../", import.meta.url).pathname;
/** The one module that may spell out key attributes and key values. */
const DECLARATION = "shared/data/model.ts";

const sources = readdirSync(join(ROOT, "shared"), { recursive: true, encoding: "utf8" })
  .filter((path) => /\.tsx?$/.test(path))
  .map((path) => join("shared", path))
  .filter((path) => path !== DECLARATION);

const FORBIDDEN: [what: string, pattern: RegExp][] = [
  ["an index attribute", /gsi\d+(pk|sk)/],
  ["a key prefix", /["'`](ACTIVITY|YEAR|MENTOR|DONOR|LAB|FIGURE|COUNTRY|THEME|STATUS|AGGREGATE|AUDIT|IDEMPOTENCY)#/],
  ["a constant sort key", /["'`](ACTIVITY|AGGREGATE|IDEMPOTENCY)["'`]/],
  ["a key taken apart", /split\(\s*["'`]#["'`]\s*\)/],
];

describe("key literals", () => {
  it("reads the shared/ sources", () => {
    expect(sources).toContain("shared/data/activities.ts");
    expect(sources.length).toBeGreaterThan(20);
  });

  it(`appear only in ${DECLARATION}: every write and read takes its keys from the declaration`, () => {
    const found = sources.flatMap((path) =>
      readFileSync(join(ROOT, path), "utf8")
        .split("\n")
        .flatMap((line, index) =>
          FORBIDDEN.filter(([, pattern]) => pattern.test(line)).map(
            ([what]) => `${path}:${index + 1}: ${what}: ${line.trim()}`,
          ),
        ),
    );
    expect(found).toEqual([]);
  });
});
