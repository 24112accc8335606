import { describe, expect, it } from "vitest";
import { formatCount, formatNumber, QUALIFIER_PHRASES } from "../../../shared/language/numbers";

const NNBSP = "\u202F";

describe("formatNumber", () => {
  it("groups French thousands with a narrow no-break space", () => {
    expect(formatNumber(1817, "fr")).toBe(`1${NNBSP}817`);
    expect(formatNumber(188477, "fr")).toBe(`188${NNBSP}477`);
    expect(formatNumber(85, "fr")).toBe("85");
  });

  it("writes French decimals with a comma", () => {
    expect(formatNumber(2.8, "fr")).toBe("2,8");
  });

  it("groups English thousands with a comma", () => {
    expect(formatNumber(1817, "en")).toBe("1,817");
    expect(formatNumber(2.8, "en")).toBe("2.8");
  });
});

describe("formatCount", () => {
  it("reads each qualifier as the French report does", () => {
    expect(formatCount(85, "exact", "fr")).toBe("85");
    expect(formatCount(85, "approximately", "fr")).toBe("environ 85");
    expect(formatCount(200, "at_least", "fr")).toBe("plus de 200");
    expect(formatCount(10, "fewer_than", "fr")).toBe("moins de 10");
    expect(formatCount(7200, "at_least", "fr")).toBe(`plus de 7${NNBSP}200`);
  });

  it("reads each qualifier in English", () => {
    expect(formatCount(85, "exact", "en")).toBe("85");
    expect(formatCount(85, "approximately", "en")).toBe("about 85");
    expect(formatCount(200, "at_least", "en")).toBe("more than 200");
    expect(formatCount(10, "fewer_than", "en")).toBe("fewer than 10");
  });

  it("exposes the phrases for renderers that place the number themselves", () => {
    expect(QUALIFIER_PHRASES.fr.at_least).toBe("plus de");
    expect(QUALIFIER_PHRASES.en.approximately).toBe("about");
  });
});
