import { describe, expect, it } from "vitest";
import { isCountryCode, isRegionCode, regionName, regionsOf } from "../../../shared/domain/countries";
import { countryName } from "../../../shared/domain/country-names";

describe("countries", () => {
  it("knows ISO 3166-1 alpha-3 codes and refuses others", () => {
    expect(isCountryCode("KEN")).toBe(true);
    expect(isCountryCode("ken")).toBe(false);
    expect(isCountryCode("KE")).toBe(false);
    expect(isCountryCode("XYZ")).toBe(false);
  });

  it("names countries in French and English", () => {
    expect(countryName("SEN", "fr")).toBe("Sénégal");
    expect(countryName("SEN", "en")).toBe("Senegal");
    expect(countryName("AUT", "fr")).toBe("Autriche");
  });

  it("places a country in its UN M49 sub-region and region", () => {
    expect(regionsOf("KEN")).toEqual(["014", "202", "002"]);
    expect(regionsOf("GTM")).toEqual(["013", "419", "019"]);
    expect(regionsOf("EGY")).toEqual(["015", "002"]);
  });

  it("names M49 regions and tells them apart from countries", () => {
    expect(isRegionCode("014")).toBe(true);
    expect(isRegionCode("404")).toBe(false);
    expect(regionName("002", "fr")).toBe("Afrique");
    expect(regionName("013", "en")).toBe("Central America");
  });
});
