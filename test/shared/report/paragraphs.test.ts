import { describe, expect, it } from "vitest";
import type { Activity } from "../../../shared/domain/activity";
import { activityParagraphs } from "../../../shared/report/paragraphs";
import { seedActivities } from "../../support/seed-report";

const [base] = seedActivities;

function training(id: string, countries: string[]): Activity {
  if (!base) throw new Error("the seed has activities");
  const { source: _, narrative: __, ...record } = base;
  return { ...record, id, kind: "training", theme: "investigations_forensics", countries, outcomes: [] };
}

describe("activityParagraphs", () => {
  it("gives a region its own paragraph in a section from three activities, and tells fewer with the other regions'", () => {
    const activities = [
      training("africa-1", ["KEN"]),
      training("africa-2", ["UGA"]),
      training("africa-3", ["SEN"]),
      training("europe-1", ["AUT"]),
      training("spanning", ["KEN", "AUT"]),
    ];
    const paragraphs = activityParagraphs(activities, "en");
    expect(paragraphs.map((p) => p.records.sort())).toEqual([
      ["africa-1", "africa-2", "africa-3"],
      ["europe-1", "spanning"],
    ]);
    const text = paragraphs.map((p) => p.content.map((inline) => inline.text).join(""));
    expect(text[0]).toMatch(/^In Africa, UNODC /);
    expect(text[1]).toMatch(/^UNODC .* in Austria and Kenya/);
  });
});
