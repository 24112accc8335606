import { describe, expect, it } from "vitest";
import { frenchPunctuation } from "../../../shared/language/fr-typography";
import { joinList, quote } from "../../../shared/language/lists";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

describe("joinList", () => {
  it("joins with commas and a final conjunction, without a serial comma", () => {
    expect(joinList(["A", "B", "C"], "fr")).toBe("A, B et C");
    expect(joinList(["A", "B", "C"], "en")).toBe("A, B and C");
    expect(joinList(["A", "B"], "fr")).toBe("A et B");
  });

  it("returns a single item alone and nothing for no items", () => {
    expect(joinList(["A"], "en")).toBe("A");
    expect(joinList([], "fr")).toBe("");
  });
});

describe("quote", () => {
  it("puts French titles in guillemets with no-break spaces inside", () => {
    expect(quote("Table ronde nationale sur la cybercriminalité", "fr")).toBe(
      `«${NBSP}Table ronde nationale sur la cybercriminalité${NBSP}»`,
    );
  });

  it("puts English titles in curly double quotes", () => {
    expect(quote("National Cybercrime Round Table", "en")).toBe("“National Cybercrime Round Table”");
  });
});

describe("frenchPunctuation", () => {
  it("keeps ; : ? ! and » from starting a line, and curls apostrophes", () => {
    expect(frenchPunctuation("dans les domaines suivants : l'exploitation ; les cybermonnaies ?")).toBe(
      `dans les domaines suivants${NBSP}: l’exploitation${NNBSP}; les cybermonnaies${NNBSP}?`,
    );
    expect(frenchPunctuation("intitulé « Table ronde »")).toBe(`intitulé «${NBSP}Table ronde${NBSP}»`);
  });

  it("leaves addresses and times alone and changes nothing the second time", () => {
    const text = "Disponible à l'adresse : https://www.unodc.org, à 10:30.";
    const once = frenchPunctuation(text);
    expect(once).toBe(`Disponible à l’adresse${NBSP}: https://www.unodc.org, à 10:30.`);
    expect(frenchPunctuation(once)).toBe(once);
  });
});
