// Languages differ by table, not by test: outside shared/language/ no source compares a value
// with a language code ("=== \"fr\"", "!== 'en'", "case \"fr\":"), so that a new language is a
// table to fill in, which the compiler checks, rather than comparisons to find. Biome's plugin
// biome-plugins/no-language-comparison.grit says the same while one writes.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../shared/language/languages";

const ROOT = join(import.meta.dirname, "../../..");
const SOURCES = ["shared", "seed", "local", "functions", "infra"];
const LANGUAGE_MODULE = "shared/language/";

const code = `["'\`](?:${LANGUAGES.join("|")})["'\`]`;
const COMPARISON = new RegExp(`[!=]==?\\s*${code}|${code}\\s*[!=]==?|\\bcase\\s+${code}\\s*:`, "g");

function sourceFiles(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = `${directory}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(?:ts|tsx|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

function comparisons(text: string): string[] {
  return [...text.matchAll(COMPARISON)].map((match) => match[0]);
}

describe("language comparisons", () => {
  it("are recognised in every spelling", () => {
    expect(
      comparisons(`a === "fr"; "en" !== b; c == 'fr'; d != \`en\`; switch (e) { case "fr": }; f === "de"`),
    ).toEqual(['=== "fr"', '"en" !==', "== 'fr'", "!= `en`", 'case "fr":']);
  });

  it("appear nowhere outside shared/language/", () => {
    const files = SOURCES.flatMap(sourceFiles).filter((path) => !path.startsWith(LANGUAGE_MODULE));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((path) =>
      comparisons(readFileSync(join(ROOT, path), "utf8")).map((comparison) => `${relative(".", path)}: ${comparison}`),
    );
    expect(found).toEqual([]);
  });
});
