import { describe, expect, it } from "vitest";
import { ActivityInputSchema } from "../../../shared/domain/activity";
import { attributedByCountry, measureOfProfession, measureParts } from "../../../shared/domain/measures";
import { validActivity } from "../../support/requests";

const activity = (overrides: Record<string, unknown>) => ActivityInputSchema.parse({ ...validActivity, ...overrides });

describe("measureParts", () => {
  it("splits a training's participants between practitioners and others trained", () => {
    const training = activity({
      kind: "training",
      participants: { total: 30, byProfession: { judges: 10, teachers: 4, parents: 2 } },
    });
    expect(measureParts(training)).toEqual({ practitionersTrained: 24, othersTrained: 6 });
  });

  it("counts a campaign's people as reached, a meeting's as participants in meetings, others apart", () => {
    const participants = { total: 40, byProfession: { teachers: 40 } };
    expect(measureParts(activity({ kind: "awareness_campaign", participants }))).toEqual({ peopleReached: 40 });
    expect(measureParts(activity({ kind: "meeting", participants }))).toEqual({ meetingParticipants: 40 });
    expect(measureParts(activity({ kind: "mentoring", participants }))).toEqual({ otherParticipants: 40 });
  });

  it("counts nobody where no participant is recorded", () => {
    expect(measureParts(activity({ participants: undefined }))).toEqual({});
  });

  it("puts each profession in the measure that counts it", () => {
    expect(measureOfProfession("training", "judges")).toBe("practitionersTrained");
    expect(measureOfProfession("training", "students")).toBe("othersTrained");
    expect(measureOfProfession("awareness_campaign", "students")).toBe("peopleReached");
  });
});

describe("attributedByCountry", () => {
  it("gives a one-country activity's participants to its country, measure by measure", () => {
    const training = activity({
      kind: "training",
      countries: ["SLV"],
      participants: { total: 30, byProfession: { teachers: 5 } },
    });
    expect(attributedByCountry(training)).toEqual({ practitionersTrained: { SLV: 25 }, othersTrained: { SLV: 5 } });
  });

  it("follows the split by country of an activity whose participants are of one measure", () => {
    const training = activity({
      kind: "training",
      countries: ["KEN", "UGA", "TZA"],
      participants: { total: 30, byCountry: { KEN: 12, UGA: 8 } },
    });
    expect(attributedByCountry(training)).toEqual({ practitionersTrained: { KEN: 12, UGA: 8 } });
  });

  it("attributes nothing of a multi-country activity without a split, or whose split mixes measures", () => {
    expect(attributedByCountry(activity({ countries: ["KEN", "UGA"] }))).toEqual({});
    const mixed = activity({
      kind: "training",
      countries: ["KEN", "UGA"],
      participants: { total: 30, byProfession: { teachers: 5 }, byCountry: { KEN: 30 } },
    });
    expect(attributedByCountry(mixed)).toEqual({});
  });
});

describe("participants by country", () => {
  it("refuses parts above the total and countries the activity does not name, with their paths", () => {
    const result = ActivityInputSchema.safeParse({
      ...validActivity,
      countries: ["KEN", "UGA"],
      participants: { total: 10, byCountry: { KEN: 8, UGA: 5 } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("participants.byCountry");
    const elsewhere = ActivityInputSchema.safeParse({
      ...validActivity,
      countries: ["KEN"],
      participants: { total: 10, byCountry: { SEN: 2 } },
    });
    expect(elsewhere.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([
      "participants.byCountry.SEN",
      "SEN is not one of the activity's countries",
    ]);
  });
});
