import { describe, expect, it } from "vitest";
import { PROFESSIONS } from "../../../shared/domain/vocabulary";
import { LANGUAGES } from "../../../shared/language/languages";
import { professionPhrase } from "../../../shared/language/professions";

describe("professionPhrase", () => {
  it("names trainees in the report's words", () => {
    expect(professionPhrase("law_enforcement", 85, "fr")).toBe("agents des services de détection et de répression");
    expect(professionPhrase("judges", 200, "fr")).toBe("juges");
    expect(professionPhrase("forensic_analysts", 3, "fr")).toBe("analystes en criminalistique numérique");
    expect(professionPhrase("practitioners", 1817, "fr")).toBe("praticiens de la justice pénale");
    expect(professionPhrase("students", 7200, "fr")).toBe("étudiants");
  });

  it("uses the singular for 0 and 1 in French, for 1 only in English", () => {
    expect(professionPhrase("prosecutors", 1, "fr")).toBe("procureur");
    expect(professionPhrase("prosecutors", 0, "fr")).toBe("procureur");
    expect(professionPhrase("prosecutors", 2, "fr")).toBe("procureurs");
    expect(professionPhrase("prosecutors", 1, "en")).toBe("prosecutor");
    expect(professionPhrase("prosecutors", 0, "en")).toBe("prosecutors");
    expect(professionPhrase("law_enforcement", 1, "en")).toBe("law enforcement officer");
    expect(professionPhrase("persons", 2, "en")).toBe("persons");
  });

  it("has a phrase for every profession in both languages", () => {
    for (const profession of PROFESSIONS) {
      for (const lang of LANGUAGES) {
        expect(professionPhrase(profession, 1, lang)).not.toBe(professionPhrase(profession, 5, lang));
      }
    }
  });
});
