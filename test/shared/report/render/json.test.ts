import { describe, expect, it } from "vitest";
import { jsonPieces, jsonReport, renderJson } from "../../../../shared/report/render/json";
import { reportFixture } from "./fixture";

const tricky = {
  text: '« 1\u202F817 » "quoted" \\ \n\u2028 😀',
  numbers: [0, -1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY],
  nothing: null,
  left: undefined,
  skipped: () => 1,
  holes: [undefined, () => 1, Symbol("s"), null],
  when: new Date(Date.UTC(2019, 11, 31)),
  says: { toJSON: () => ({ as: "said" }) },
  silent: { toJSON: () => undefined },
  boxed: [new String("a"), new Number(2), new Boolean(false)],
  empty: { array: [], object: {}, nested: [[[]], [{}]] },
  deep: { a: { b: { c: { d: { e: { f: [1, { g: "h" }] } } } } } },
};

describe("jsonPieces", () => {
  it("writes what JSON.stringify writes, however deep it splits", () => {
    for (let depth = 0; depth <= 9; depth++) {
      expect([...jsonPieces(tricky, depth)].join(""), `split ${depth} levels down`).toBe(JSON.stringify(tricky));
    }
    expect([...jsonPieces(undefined, 2)].join("")).toBe("null");
    expect([...jsonPieces([], 2)].join("")).toBe("[]");
  });

  it("calls each toJSON once, with its key, as JSON.stringify does", () => {
    const calls = (log: string[]) => ({
      list: [{ toJSON: (key: string) => log.push(`item ${key}`) }],
      field: {
        toJSON: (key: string) => {
          log.push(`field ${key}`);
          return { nested: [1] };
        },
      },
    });
    const native: string[] = [];
    const expected = JSON.stringify(calls(native));
    for (let depth = 0; depth <= 3; depth++) {
      const pieces: string[] = [];
      expect([...jsonPieces(calls(pieces), depth)].join(""), `split ${depth} levels down`).toBe(expected);
      expect(pieces, `split ${depth} levels down`).toEqual(native);
    }
  });

  it("gives each item of a split array as pieces of its own, and what holds no array or object as one", () => {
    expect([...jsonPieces([{ a: 1 }, [2, 3]], 1)]).toEqual(["[", '{"a":1}', ",", "[2,3]", "]"]);
    expect([...jsonPieces({ a: [1, 2], b: { c: 1 } }, 5)]).toEqual(["{", '"a":', "[1,2]", ',"b":', '{"c":1}', "}"]);
  });
});

describe("jsonReport", () => {
  it("is the report's JSON, in pieces of a subsection at most", () => {
    for (const language of ["fr", "en"] as const) {
      const model = reportFixture(language);
      const pieces = [...jsonReport(model)];
      expect(pieces.join("")).toBe(renderJson(model));
      const parts = model.sections.flatMap((section) => [...section.paragraphs, ...section.subsections]);
      const largest = Math.max(...parts.map((part) => JSON.stringify(part).length));
      expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(largest);
      expect(pieces.length).toBeGreaterThan(parts.length);
    }
  });
});
