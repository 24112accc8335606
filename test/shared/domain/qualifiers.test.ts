import { describe, expect, it } from "vitest";
import { sumQualified, sumQualifier } from "../../../shared/domain/qualifiers";

describe("sumQualifier", () => {
  it.each([
    [["exact", "exact"], "exact"],
    [[], "exact"],
    [["exact", "at_least"], "at_least"],
    [["at_least", "at_least"], "at_least"],
    [["exact", "approximately"], "approximately"],
    [["at_least", "approximately"], "approximately"],
    [["exact", "fewer_than"], "fewer_than"],
    [["fewer_than", "at_least"], "approximately"],
    [["fewer_than", "approximately"], "approximately"],
  ] as const)("qualifies a sum of %j as %s", (parts, expected) => {
    expect(sumQualifier(parts)).toBe(expected);
  });

  it("ignores parts that add nothing", () => {
    expect(
      sumQualified([
        { value: 60, qualifier: "exact" },
        { value: 0, qualifier: "approximately" },
        { value: 200, qualifier: "at_least" },
      ]),
    ).toEqual({ value: 260, qualifier: "at_least" });
  });
});
