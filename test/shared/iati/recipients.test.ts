import { describe, expect, it } from "vitest";
import { recipients } from "../../../shared/iati/recipients";
import { seedActivities } from "../../support/seed-report";

const total = ({ countries, regions }: ReturnType<typeof recipients>) =>
  [...countries, ...regions].reduce((sum, { percentage }) => sum + Math.round(Number(percentage) * 100), 0);

describe("recipients", () => {
  it("names countries by their ISO alpha-2 code, in equal shares when no split is recorded", () => {
    expect(recipients({ countries: ["KEN", "UGA", "TZA"] })).toEqual({
      countries: [
        { code: "KE", percentage: "33.34" },
        { code: "UG", percentage: "33.33" },
        { code: "TZ", percentage: "33.33" },
      ],
      regions: [],
    });
  });

  it("shares by the participants' split by country where it names every country", () => {
    const participants = { total: 40, qualifier: "exact" as const, byCountry: { SLV: 30, GTM: 10 } };
    expect(recipients({ countries: ["SLV", "GTM"], participants }).countries).toEqual([
      { code: "SV", percentage: "75" },
      { code: "GT", percentage: "25" },
    ]);
    // A split that leaves a listed country out says nothing of that country's share: equal shares.
    const partial = { total: 40, qualifier: "exact" as const, byCountry: { SLV: 30 } };
    expect(recipients({ countries: ["SLV", "GTM"], participants: partial }).countries).toEqual([
      { code: "SV", percentage: "50" },
      { code: "GT", percentage: "50" },
    ]);
  });

  it("gives the share of countries counted but not named to the region, never to a named country", () => {
    // ASEAN: Thailand named among ten countries, South-eastern Asia (035).
    expect(recipients({ countries: ["THA"], countryCount: 10, region: "035" })).toEqual({
      countries: [{ code: "TH", percentage: "10" }],
      regions: [{ code: "035", percentage: "90" }],
    });
    expect(recipients({ countries: ["THA"], countryCount: 4 }).regions).toEqual([{ code: "001", percentage: "75" }]);
  });

  it("uses the region, or the world, when no country is named", () => {
    expect(recipients({ countries: [], region: "035" })).toEqual({
      countries: [],
      regions: [{ code: "035", percentage: "100" }],
    });
    expect(recipients({ countries: [] }).regions).toEqual([{ code: "001", percentage: "100" }]);
  });

  it("adds up to 100 for every 2019 activity", () => {
    expect(seedActivities.length).toBeGreaterThan(50);
    for (const activity of seedActivities) expect(total(recipients(activity)), activity.id).toBe(10_000);
  });
});
