import { describe, expect, it } from "vitest";
import { newActivity } from "../../../shared/data/activities";
import { type Activity, ActivityInputSchema } from "../../../shared/domain/activity";
import { iatiActivitiesFile } from "../../../shared/iati/activities-file";
import { validActivity } from "../../support/requests";
import { seedActivities } from "../../support/seed-report";
import { validateIati } from "../../support/xmllint";

const GENERATED = new Date("2026-03-01T12:00:00Z");
const file2019 = iatiActivitiesFile({
  activities: seedActivities,
  donors: [],
  reportingOrg: "XM-DAC-41128",
  generatedAt: GENERATED,
});

/** Each iati-activity element's XML. */
const activityBlocks = (xml: string) => xml.split("<iati-activity ").slice(1);
const attributes = (xml: string, element: string, attribute: string) =>
  [...xml.matchAll(new RegExp(`<${element} [^>]*${attribute}="([^"]*)"`, "g"))].map((m) => m[1] as string);

function activity(overrides: Partial<Activity> & Record<string, unknown>): Activity {
  const input = ActivityInputSchema.parse({ ...validActivity, ...overrides });
  return { ...newActivity(input, { id: "user-1" }, { id: "a-1", mentorId: "mentor-kenya" }), status: "validated" };
}

describe("the IATI 2.03 file", () => {
  it("of 2019 validates against the IATI 2.03 schema (xmllint)", async () => {
    const check = await validateIati(file2019);
    expect(check.output).toMatch(/validates$/m);
    expect(check.valid).toBe(true);
  });

  it("says the language of every title and description, the title's from the record's narrative", () => {
    for (const block of activityBlocks(file2019)) {
      expect(block).toMatch(/<title>\s*<narrative xml:lang="(fr|en|es)">/);
      expect(block).toMatch(/<description type="1">\s*<narrative xml:lang="(fr|en|es)">/);
    }
    const french = iatiActivitiesFile({
      activities: [activity({ title: "Formation à Nairobi", narrative: { fr: "Une formation." } })],
      donors: [],
      reportingOrg: "XM-DAC-41128",
      generatedAt: GENERATED,
    });
    expect(french).toMatch(/<title>\s*<narrative xml:lang="fr">Formation à Nairobi<\/narrative>/);
    const both = iatiActivitiesFile({
      activities: [activity({ title: "Training", narrative: { fr: "Une formation.", en: "A training." } })],
      donors: [],
      reportingOrg: "XM-DAC-41128",
      generatedAt: GENERATED,
    });
    expect(both).toMatch(/<title>\s*<narrative xml:lang="en">Training<\/narrative>/);
  });

  it("has one activity per validated 2019 record, each identified under the reporting organisation", () => {
    const blocks = activityBlocks(file2019);
    expect(blocks).toHaveLength(seedActivities.length);
    const identifiers = blocks.map((block) => /<iati-identifier>([^<]*)</.exec(block)?.[1]);
    expect(identifiers).toEqual(seedActivities.map((a) => `XM-DAC-41128-${a.id}`));
    expect(file2019).toContain('<iati-activities version="2.03" generated-datetime="2026-03-01T12:00:00Z">');
  });

  it("gives every activity recipient percentages that add up to 100", () => {
    for (const block of activityBlocks(file2019)) {
      const shares = [
        ...attributes(block, "recipient-country", "percentage"),
        ...attributes(block, "recipient-region", "percentage"),
      ];
      const hundredths = shares.reduce((sum, share) => sum + Math.round(Number(share) * 100), 0);
      expect(hundredths, block.slice(0, 200)).toBe(10_000);
      expect(attributes(block, "sector", "percentage")).toEqual(["100"]);
    }
  });

  it("names countries by ISO alpha-2 code and the sector by its DAC 5-digit code", () => {
    const malaysia = activityBlocks(file2019).find((block) => block.includes("malaysia-cryptocurrency-unit"));
    expect(malaysia).toContain('<recipient-country code="MY" percentage="100"/>');
    expect(malaysia).toContain('<sector vocabulary="1" code="15132" percentage="100"/>');
  });

  it("publishes an outcome with its baseline and the value reached", () => {
    const malaysia = activityBlocks(file2019).find((block) => block.includes("malaysia-cryptocurrency-unit")) ?? "";
    expect(malaysia).toMatch(/<result type="2">/);
    expect(malaysia).toMatch(/<baseline year="2019" iso-date="2019-01-01" value="2"\/>/);
    expect(malaysia).toMatch(/<actual value="16">/);
    expect(malaysia).toContain("grew from 2 to 16 investigators");
  });

  it("holds no internal note, mentor or author", () => {
    for (const record of seedActivities) {
      if (record.notes) expect(file2019).not.toContain(record.notes.slice(0, 40));
      if (record.mentorId) expect(file2019).not.toContain(record.mentorId);
    }
    const one = iatiActivitiesFile({
      activities: [activity({ notes: "Internal: the trainer was late" })],
      donors: [],
      reportingOrg: "XM-DAC-41128",
      generatedAt: GENERATED,
    });
    expect(one).not.toContain("Internal");
    expect(one).not.toContain("mentor-kenya");
    expect(one).not.toContain("user-1");
  });

  it("gives each measure of people an output with its qualifier and dimensions for sex and profession", async () => {
    const xml = iatiActivitiesFile({
      activities: [activity({ donors: ["canada"] })],
      donors: [
        {
          id: "canada",
          name: "Government of Canada",
          version: 1,
          createdAt: "",
          createdBy: "",
          updatedAt: "",
          updatedBy: "",
        },
      ],
      reportingOrg: "XM-DAC-41128",
      generatedAt: GENERATED,
    });
    expect((await validateIati(xml)).valid).toBe(true);
    expect(xml).toMatch(/<participating-org role="1">\s*<narrative>Government of Canada<\/narrative>/);
    expect(xml).toMatch(/<participating-org ref="XM-DAC-41128" role="4" type="40">/);
    expect(xml).toMatch(/<participating-org role="4">\s*<narrative>INTERPOL<\/narrative>/);
    expect(xml).toMatch(/<result type="1">\s*<title>\s*<narrative xml:lang="fr">[^<]+<\/narrative>/);
    expect(xml).toMatch(
      /<actual value="30">\s*<comment>\s*<narrative xml:lang="fr">environ 30<\/narrative>\s*<narrative xml:lang="en">about 30<\/narrative>/,
    );
    expect(xml).toMatch(/<actual value="12">\s*<dimension name="sex" value="female"\/>/);
    expect(xml).toMatch(/<actual value="18">\s*<dimension name="sex" value="male"\/>/);
    expect(xml).toMatch(/<actual value="25">\s*<dimension name="profession" value="law_enforcement"\/>/);
    expect(xml).toContain('<recipient-country code="KE" percentage="50"/>');
  });

  it("leaves out records that are not validated, and reports under the organisation configured", () => {
    const xml = iatiActivitiesFile({
      activities: [activity({}), { ...activity({}), id: "a-2", status: "submitted" }],
      donors: [],
      reportingOrg: "XM-EXAMPLE-1",
      generatedAt: GENERATED,
    });
    expect(activityBlocks(xml)).toHaveLength(1);
    expect(xml).toContain("<iati-identifier>XM-EXAMPLE-1-a-1</iati-identifier>");
    expect(xml).toContain('<reporting-org ref="XM-EXAMPLE-1" type="40">');
  });
});
