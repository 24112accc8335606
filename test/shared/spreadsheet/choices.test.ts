// A country in an imported sheet is named as the UN's documents name it, in every language, and as
// a dictionary names it too: a Spanish sheet may write « Kenia » or « Kenya ».
import { describe, expect, it } from "vitest";
import { countryChoicesList, listEntry, matchChoice } from "../../../shared/spreadsheet/choices";

const countries = countryChoicesList();
const entry = (code: string, language: "en" | "fr" | "es") => {
  const country = countries.find((candidate) => candidate.code === code);
  if (!country) throw new Error(`${code} is not in the list`);
  return listEntry(country, language);
};

describe("the countries an import accepts", () => {
  it("offers the UN's names, as the report writes them", () => {
    expect(entry("KEN", "es")).toBe("Kenya (KEN)");
    expect(entry("TUR", "es")).toBe("Türkiye (TUR)");
    expect(entry("CIV", "fr")).toBe("Côte d’Ivoire (CIV)");
  });

  it("reads the UN's name, the dictionary's and the code alike, in any case and accents", () => {
    for (const typed of ["Kenya", "Kenia", "kenia", "KEN", "Kenya (KEN)"]) {
      expect(matchChoice(typed, countries, "es")).toEqual({ code: "KEN" });
    }
    expect(matchChoice("Turquía", countries, "es")).toEqual({ code: "TUR" });
    expect(matchChoice("Turquia", countries, "es")).toEqual({ code: "TUR" });
  });

  it("suggests the UN's name for a near miss", () => {
    expect(matchChoice("Kenja", countries, "es")).toEqual({ suggestion: "Kenya (KEN)" });
  });
});
