import { describe, expect, it } from "vitest";
import { isSingular, plural } from "../../../shared/language/plural";

// Intl.PluralRules gives the rule the report always followed: French « 0 juge », « 1,5 jour »
// (singular below 2), English only exactly one (or minus one) in the singular.
describe("isSingular", () => {
  it("puts 0, 1 and everything below 2 in the singular in French", () => {
    for (const n of [0, 1, 1.5, 1.99, 1.9999, -1, -1.5, 0.5, 1e-30]) expect(isSingular(n, "fr"), String(n)).toBe(true);
    for (const n of [2, 2.5, 10, 1817, 1e6, -2, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isSingular(n, "fr"), String(n)).toBe(false);
    }
  });

  it("puts only exactly one in the singular in English", () => {
    for (const n of [1, -1]) expect(isSingular(n, "en"), String(n)).toBe(true);
    for (const n of [0, 0.5, 1.5, 1.0001, 1 + 2 ** -52, 2, 1817, 1e6, Number.NaN]) {
      expect(isSingular(n, "en"), String(n)).toBe(false);
    }
  });

  it("picks the word that agrees with the figure", () => {
    expect(plural("fr", 0, "laboratoire", "laboratoires")).toBe("laboratoire");
    expect(plural("en", 0, "laboratory", "laboratories")).toBe("laboratories");
    expect(plural("en", 1, "country", "countries")).toBe("country");
  });
});
