import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange } from "../../../shared/language/dates";
import { formatCount, formatDifference, formatNumber, QUALIFIER_PHRASES } from "../../../shared/language/numbers";

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

  it("groups Spanish thousands with a narrow no-break space, four-digit figures too, as UN Spanish documents do", () => {
    // Intl's "es" would write "1817" and "37.361".
    expect(formatNumber(1817, "es")).toBe(`1${NNBSP}817`);
    expect(formatNumber(37361, "es")).toBe(`37${NNBSP}361`);
    expect(formatNumber(2800000, "es")).toBe(`2${NNBSP}800${NNBSP}000`);
    expect(formatNumber(85, "es")).toBe("85");
  });

  it("writes Spanish decimals with a comma", () => {
    expect(formatNumber(2.8, "es")).toBe("2,8");
    expect(formatNumber(1234.5, "es")).toBe(`1${NNBSP}234,5`);
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

  it("reads each qualifier in Spanish", () => {
    expect(formatCount(85, "exact", "es")).toBe("85");
    expect(formatCount(85, "approximately", "es")).toBe("alrededor de 85");
    expect(formatCount(200, "at_least", "es")).toBe("más de 200");
    expect(formatCount(10, "fewer_than", "es")).toBe("menos de 10");
    expect(formatCount(7200, "at_least", "es")).toBe(`más de 7${NNBSP}200`);
  });

  it("exposes the phrases for renderers that place the number themselves", () => {
    expect(QUALIFIER_PHRASES.fr.at_least).toBe("plus de");
    expect(QUALIFIER_PHRASES.en.approximately).toBe("about");
  });
});

describe("formatDifference", () => {
  it("signs the figure and groups it as the language prints figures", () => {
    expect(formatDifference(1817, "es")).toBe(`+1${NNBSP}817`);
    expect(formatDifference(1817, "fr")).toBe(`+1${NNBSP}817`);
    expect(formatDifference(1817, "en")).toBe("+1,817");
    expect(formatDifference(-3, "en")).toMatch(/^[-−]3$/);
    expect(formatDifference(0, "es")).toBe("0");
  });
});

describe("Spanish dates", () => {
  it("writes dates as UN Spanish documents do", () => {
    expect(formatDate("2019-12-01", "es")).toBe("1 de diciembre de 2019");
    expect(formatDateRange("2019-06-10", "2019-06-14", "es")).toBe("10–14 de junio de 2019");
  });
});
