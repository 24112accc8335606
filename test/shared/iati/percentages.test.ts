import { describe, expect, it } from "vitest";
import { percentages } from "../../../shared/iati/percentages";

const sum = (shares: string[]) => shares.reduce((total, share) => total + Math.round(Number(share) * 100), 0);

describe("percentages", () => {
  it("gives equal shares that add up to exactly 100", () => {
    expect(percentages([1, 1, 1])).toEqual(["33.34", "33.33", "33.33"]);
    expect(percentages([1, 1])).toEqual(["50", "50"]);
    expect(percentages([1])).toEqual(["100"]);
    for (let n = 1; n <= 60; n++) expect(sum(percentages(Array(n).fill(1)))).toBe(10_000);
  });

  it("follows the weights", () => {
    expect(percentages([200, 100, 100])).toEqual(["50", "25", "25"]);
    expect(percentages([7, 3])).toEqual(["70", "30"]);
    expect(percentages([2, 1])).toEqual(["66.67", "33.33"]);
    expect(sum(percentages([13, 29, 31, 7, 1]))).toBe(10_000);
  });
});
