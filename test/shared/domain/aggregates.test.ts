import { describe, expect, it } from "vitest";
import type { Activity } from "../../../shared/domain/activity";
import {
  activityCells,
  activityContribution,
  computeTotals,
  contributionDelta,
  FIRST_YEAR,
  recordYears,
  totalsDrift,
} from "../../../shared/domain/aggregates";

const activity: Activity = {
  id: "a1",
  kind: "training",
  theme: "investigations_forensics",
  title: "Digital evidence",
  startDate: "2019-05-01",
  endDate: "2019-05-03",
  year: 2019,
  countries: ["KEN", "UGA"],
  countryCount: 3,
  partners: [],
  donors: [],
  topics: [],
  outcomes: [],
  participants: { total: 85, qualifier: "approximately", bySex: { women: 30 }, byProfession: { law_enforcement: 80 } },
  status: "validated",
  version: 1,
  createdAt: "2019-05-04T00:00:00.000Z",
  createdBy: "seed",
  updatedAt: "2019-05-04T00:00:00.000Z",
  updatedBy: "seed",
};

describe("totals cells", () => {
  it("counts an activity's people in their measure, by theme, profession and sex, with the qualifier", () => {
    const cells = activityCells(activity);
    expect(cells).toMatchObject({
      activities: 1,
      "kind:training:activities": 1,
      "measure:practitionersTrained:participants": 85,
      "measure:practitionersTrained:participants~approximately": 1,
      "measure:practitionersTrained:activities": 1,
      "measure:practitionersTrained:theme:investigations_forensics:participants": 85,
      "measure:practitionersTrained:country:UGA:activities": 1,
      "measure:practitionersTrained:profession:law_enforcement:participants": 80,
      "measure:practitionersTrained:sex:women:participants": 30,
      "country:UGA:activities": 1,
      // Kenya and Uganda share Eastern Africa, Sub-Saharan Africa and Africa: each counted once.
      "region:014:activities": 1,
      unnamedCountries: 1,
    });
    // Two countries and no split by country: nobody is credited to either.
    expect(Object.keys(cells).filter((name) => /:country:\w+:participants|:region:/.test(name))).toEqual([]);
  });

  it("credits a one-country activity's people to its country and the country's regions", () => {
    const cells = activityCells({ ...activity, countries: ["KEN"], countryCount: undefined });
    expect(cells).toMatchObject({
      "measure:practitionersTrained:country:KEN:participants": 85,
      "measure:practitionersTrained:region:014:participants": 85,
      "measure:practitionersTrained:region:002:participants": 85,
    });
    // One named country among three counted: Kenya is not where everyone came from.
    const among = activityCells({ ...activity, countries: ["KEN"], countryCount: 3 });
    expect(Object.keys(among).filter((name) => name.includes(":country:KEN:participants"))).toEqual([]);
  });

  it("counts an activity once for each donor that funds it, and no donor cell without donors", () => {
    expect(Object.keys(activityCells(activity)).filter((name) => name.startsWith("donor:"))).toEqual([]);
    const funded = activityCells({ ...activity, donors: ["canada", "japan"] });
    expect(funded).toMatchObject({ "donor:canada:activities": 1, "donor:japan:activities": 1 });
    const totals = computeTotals(
      2019,
      [
        { ...activity, donors: ["canada"] },
        { ...activity, id: "a2" },
      ],
      [],
    );
    expect(totals.validated).toMatchObject({ activities: 2, "donor:canada:activities": 1 });
  });

  it("moves the donor cells when the donors change", () => {
    const [bucket] = contributionDelta(
      activityContribution({ ...activity, donors: ["canada"] }),
      activityContribution({ ...activity, donors: ["japan"] }),
    );
    expect(bucket?.cells).toEqual({ "donor:canada:activities": -1, "donor:japan:activities": 1 });
  });

  it("probes every year from the first to the next, newest first", () => {
    expect(FIRST_YEAR).toBe(2019);
    expect(recordYears(new Date("2025-06-01T00:00:00Z"))).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
  });

  it("counts drafts nowhere and moves totals when a record is validated", () => {
    expect(activityContribution({ ...activity, status: "draft" })).toBeUndefined();
    const delta = contributionDelta(
      activityContribution({ ...activity, status: "submitted" }),
      activityContribution(activity),
    );
    expect(delta.map((bucket) => [bucket.scope, bucket.cells["measure:practitionersTrained:participants"]])).toEqual([
      ["submitted", -85],
      ["validated", 85],
    ]);
  });

  it("leaves out what an edit does not change", () => {
    const edited = { ...activity, title: "Renamed", participants: { ...activity.participants, total: 90 } } as Activity;
    const [bucket] = contributionDelta(activityContribution(activity), activityContribution(edited));
    expect(bucket?.cells).toEqual({
      "measure:practitionersTrained:participants": 5,
      "measure:practitionersTrained:theme:investigations_forensics:participants": 5,
    });
  });

  it("finds the cells where stored totals drifted from the records", () => {
    const expected = computeTotals(2019, [activity], []);
    const name = "measure:practitionersTrained:participants";
    const stored = { validated: { ...expected.validated, [name]: 84 }, submitted: {} };
    expect(totalsDrift(expected, stored)).toEqual([{ scope: "validated", cell: name, expected: 85, stored: 84 }]);
  });
});
