import { describe, expect, it } from "vitest";
import { ActivityInputSchema, reportingYear } from "../../../shared/domain/activity";
import { validActivity } from "../../support/requests";

function issues(input: unknown) {
  const result = ActivityInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("ActivityInputSchema", () => {
  it("accepts a complete activity and fills the empty lists", () => {
    const parsed = ActivityInputSchema.parse({ ...validActivity, partners: undefined });
    expect(parsed.partners).toEqual([]);
    expect(parsed.outcomes).toEqual([]);
  });

  it("keeps a count of countries the source does not name, never fewer than those named", () => {
    expect(issues({ ...validActivity, countries: [], countryCount: 12, region: "014" })).toEqual([]);
    expect(issues({ ...validActivity, countries: ["KEN", "UGA"], countryCount: 1 })).toEqual([
      { path: "countryCount", message: "1 is fewer than the 2 countries listed" },
    ]);
  });

  it("refuses an unknown region code with the code in the message", () => {
    expect(issues({ ...validActivity, region: "999" })).toEqual([
      { path: "region", message: 'unknown UN M49 region code "999"' },
    ]);
  });

  it("holds an outcome bounded from above", () => {
    const outcome = { indicator: "Response time", baseline: 60, value: 10, qualifier: "fewer_than", unit: "days" };
    expect(ActivityInputSchema.parse({ ...validActivity, outcomes: [outcome] }).outcomes[0]).toEqual(outcome);
  });

  it("needs the narrative in at least one language", () => {
    expect(issues({ ...validActivity, narrative: {} })).toEqual([
      { path: "narrative", message: "give the text in at least one of French, English, or Spanish" },
    ]);
  });

  it("reports in the start year unless told otherwise", () => {
    expect(reportingYear({ startDate: "2018-12-10" })).toBe(2018);
    expect(reportingYear({ startDate: "2018-12-10", year: 2019 })).toBe(2019);
  });
});
