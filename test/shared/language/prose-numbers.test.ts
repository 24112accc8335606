import { describe, expect, it } from "vitest";
import { nounIsFeminine } from "../../../shared/language/noun-gender";
import { numberInWords } from "../../../shared/language/prose-numbers";

describe("numberInWords", () => {
  it("writes a number that opens a sentence in words, in each language", () => {
    expect(numberInWords(11, "fr")).toBe("onze");
    expect(numberInWords(11, "en")).toBe("eleven");
    expect(numberInWords(11, "es")).toBe("once");
    expect(numberInWords(36, "es")).toBe("treinta y seis");
    expect(numberInWords(101, "en")).toBe("one hundred and one");
  });

  it("agrees with the noun after it: « une », « una », « veintiún », « ciento una »", () => {
    expect(numberInWords(1, "fr", true)).toBe("une");
    expect(numberInWords(21, "fr", true)).toBe("vingt et une");
    expect(numberInWords(21, "fr")).toBe("vingt et un");
    expect(numberInWords(1, "es")).toBe("un");
    expect(numberInWords(21, "es")).toBe("veintiún");
    expect(numberInWords(21, "es", true)).toBe("veintiuna");
    expect(numberInWords(101, "es", true)).toBe("ciento una");
    expect(numberInWords(1, "en", true)).toBe("one");
  });
});

describe("nounIsFeminine", () => {
  it.each([
    ["fr", " universités de 25 pays", true],
    ["fr", " personnes", true],
    ["fr", " autres unités", true],
    ["fr", " pays (l’Argentine…)", false],
    ["fr", " enquêteurs", false],
    ["es", " universidades", true],
    ["es", " campaña de sensibilización", true],
    ["es", " otras personas", true],
    ["es", " países", false],
    ["es", " sistema", false],
    ["en", " universities", false],
  ] as const)("reads the noun in %s after a number: “%s” is feminine: %s", (language, after, feminine) => {
    expect(nounIsFeminine(after, language)).toBe(feminine);
  });
});
