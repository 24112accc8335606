import { describe, expect, it } from "vitest";
import { contextRow, formatBenchTable, ratioRow } from "../../../local/bench/table";

describe("the benchmark's table", () => {
  it("says whether a row meets its goal, and that a row without one only gives context", () => {
    const table = formatBenchTable([
      ratioRow("within", { value: 12, unit: "ms" }, { value: 10, unit: "ms" }, 1.5),
      ratioRow("beyond", { value: 3.5, unit: "ms" }, { value: 1, unit: "ms" }, 3),
      contextRow("floor", { value: 25.3, unit: "ms" }, { value: 11, unit: "ms" }),
    ]);
    expect(table.split("\n").slice(2)).toEqual([
      "| within | 12 ms | 10 ms | ×1.20 | ≤ ×1.5 | yes |",
      "| beyond | 3.50 ms | 1 ms | ×3.50 | ≤ ×3 | no |",
      "| floor | 25.3 ms | 11 ms | ×2.30 | none (context) | – |",
    ]);
  });
});
