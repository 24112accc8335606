import { describe, expect, it } from "vitest";
import { z } from "zod";
import { seed2019 } from "../../seed/2019";
import { ActivityInputSchema } from "../../shared/domain/activity";
import { LabInputSchema } from "../../shared/domain/lab";
import { MentorInputSchema } from "../../shared/domain/mentor";
import { PublishedFigureSchema } from "../../shared/domain/published-figure";

const DOCUMENT = "E/CN.15/2020/12";

// Paragraphs of E/CN.15/2020/12 that tell of something done in 2019. Left out on purpose:
// 16, 17, 27 and 39 (mandates of resolutions 74/173 and 74/174), 32 (a statement of the
// problem), 47, 48 and 50 (the Expert Group's mandate and history). 49 is the Expert Group's
// 2019 meeting, outside 12–46 but encoded.
const PARAGRAPHS_WITH_RECORDS = [
  12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 44, 45,
  46, 49,
];

/**
 * Parse a seed record whose `id` (and mentor of record, which the server sets) is not part of its
 * input schema; fail with the id and the issues.
 */
function parseWithoutId<T extends z.ZodType>(schema: T, record: { id: string; mentorId?: string }): z.output<T> {
  const { id, mentorId: _mentorOfRecord, ...input } = record;
  const result = schema.safeParse(input);
  if (!result.success) expect.fail(`${id}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

const activities = seed2019.activities.map((record) => ({
  id: record.id,
  mentorId: record.mentorId,
  ...parseWithoutId(ActivityInputSchema, record),
}));
const activityById = new Map(activities.map((activity) => [activity.id, activity]));
const activity = (id: string) => {
  const found = activityById.get(id);
  if (!found) expect.fail(`no activity "${id}"`);
  return found;
};
const outcome = (activityId: string, unit: string) => {
  const found = activity(activityId).outcomes.find((o) => o.unit === unit);
  if (!found) expect.fail(`activity "${activityId}" has no outcome in ${unit}`);
  return found;
};

describe("seed 2019: records parse", () => {
  it.each(seed2019.activities.map((record) => [record.id, record] as const))("activity %s", (_id, record) => {
    parseWithoutId(ActivityInputSchema, record);
  });

  it.each(seed2019.mentors.map((record) => [record.id, record] as const))("mentor %s", (_id, record) => {
    parseWithoutId(MentorInputSchema, record);
  });

  it.each(seed2019.labs.map((record) => [record.id, record] as const))("lab %s", (_id, record) => {
    parseWithoutId(LabInputSchema, record);
  });

  it.each(seed2019.publishedFigures.map((record) => [record.id, record] as const))(
    "published figure %s",
    (id, record) => {
      const result = PublishedFigureSchema.safeParse(record);
      if (!result.success) expect.fail(`${id}:\n${z.prettifyError(result.error)}`);
    },
  );
});

describe("seed 2019: references", () => {
  it("has unique ids across every kind of record", () => {
    const ids = [
      ...seed2019.activities.map((r) => r.id),
      ...seed2019.mentors.map((r) => r.id),
      ...seed2019.labs.map((r) => r.id),
      ...seed2019.publishedFigures.map((r) => r.id),
    ];
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it("links activities only to mentors that exist", () => {
    const mentorIds = new Set(seed2019.mentors.map((m) => m.id));
    const dangling = activities.filter((a) => a.mentorId !== undefined && !mentorIds.has(a.mentorId));
    expect(dangling.map((a) => `${a.id} → ${a.mentorId}`)).toEqual([]);
  });

  it("links labs only to activities that exist", () => {
    const dangling = seed2019.labs.flatMap((lab) =>
      (lab.activityIds ?? []).filter((id) => !activityById.has(id)).map((id) => `${lab.id} → ${id}`),
    );
    expect(dangling).toEqual([]);
  });

  it("records no donor, since the report names none", () => {
    expect(seed2019.donors).toEqual([]);
    expect(activities.filter((a) => a.donors.length > 0).map((a) => a.id)).toEqual([]);
  });
});

describe("seed 2019: faithful to the report", () => {
  it("cites the report for every activity and figure, and every paragraph that tells of 2019 work", () => {
    const sources = [...activities, ...seed2019.publishedFigures].map((r) => ({ id: r.id, source: r.source }));
    expect(sources.filter((r) => r.source?.document !== DOCUMENT).map((r) => r.id)).toEqual([]);
    const cited = [...new Set(sources.map((r) => Number(r.source?.paragraph)))].sort((a, b) => a - b);
    expect(cited).toEqual(PARAGRAPHS_WITH_RECORDS);
  });

  it("places every activity in 2019", () => {
    const outside = activities.filter(
      (a) => a.year !== 2019 || !a.startDate.startsWith("2019-") || !a.endDate.startsWith("2019-"),
    );
    expect(outside.map((a) => a.id)).toEqual([]);
  });

  it("tells every activity in clean French and in English", () => {
    // OCR slips (¢ for é, 1’ or I’ for l’, ’a for à), straight apostrophes, and ordinary
    // spaces where French typography wants a no-break space.
    const ocrArtefacts = /[¢]|\b[1I]’|’a\b|'| [;:?!»]|« /;
    const bad = activities.filter((a) => !a.narrative?.fr || !a.narrative.en || ocrArtefacts.test(a.narrative.fr));
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  it("publishes ¶18's 1 817 practitioners from 36 countries as printed", () => {
    const figures = seed2019.publishedFigures.filter((f) => f.source.paragraph === "18");
    expect(figures).toContainEqual(
      expect.objectContaining({ indicator: "practitioners_trained", value: 1817, qualifier: "exact", year: 2019 }),
    );
    expect(figures).toContainEqual(
      expect.objectContaining({ indicator: "countries_reached", value: 36, qualifier: "exact", year: 2019 }),
    );
  });

  it("keeps ¶18's total apart from the itemized trainings, which add up to less", () => {
    const itemized = activities
      .filter((a) => a.kind === "training")
      .reduce((sum, a) => sum + (a.participants?.total ?? 0), 0);
    expect(itemized).toBeLessThan(1817);
  });

  it("trains some 85 East African law enforcement officers (¶19)", () => {
    const training = activity("2019-p19-eastern-africa-digital-evidence-training");
    expect(training.participants).toEqual({
      total: 85,
      qualifier: "approximately",
      byProfession: { law_enforcement: 85 },
    });
    expect(training.countries).toEqual(["ERI", "ETH", "KEN", "UGA", "TZA"]);
    expect(training.source).toEqual({ document: DOCUMENT, paragraph: "19" });
  });

  it("records the Guatemalan response time cut from two months to under 10 days (¶20)", () => {
    expect(outcome("2019-p20-guatemala-regional-forensic-units", "days")).toMatchObject({
      baseline: 60,
      value: 10,
      qualifier: "fewer_than",
    });
  });

  it("records Malaysia's cryptocurrency unit growing from 2 to 16 investigators (¶24)", () => {
    const unit = activity("2019-p24-malaysia-cryptocurrency-unit-capacity-building");
    expect(unit.countries).toEqual(["MYS"]);
    expect(outcome(unit.id, "investigators")).toMatchObject({ baseline: 2, value: 16, qualifier: "exact" });
  });

  it("records 66 children and 14 offenders identified by the eleven-country taskforce (¶30)", () => {
    const taskforce = activity("2019-p30-latin-america-victim-identification-taskforce");
    expect(taskforce.countries).toHaveLength(11);
    expect(taskforce.partners).toContain("INTERPOL");
    expect(outcome(taskforce.id, "children")).toMatchObject({ value: 66, qualifier: "exact" });
    expect(outcome(taskforce.id, "offenders")).toMatchObject({ value: 14, qualifier: "exact" });
  });

  it("reads counts with the report's qualifiers", () => {
    const participants = (id: string) => activity(id).participants;
    expect(participants("2019-p20-el-salvador-judges-training")).toMatchObject({
      total: 200,
      qualifier: "at_least",
      byProfession: { judges: 200 },
    });
    expect(participants("2019-p34-eastern-africa-osint-terrorism-exercises")).toMatchObject({
      total: 60,
      qualifier: "approximately",
    });
    expect(activity("2019-p34-eastern-africa-osint-terrorism-exercises")).toMatchObject({
      countries: [],
      countryCount: 12,
      region: "014",
    });
    expect(participants("2019-p35-mauritius-social-media-radicalization-training")).toMatchObject({
      total: 40,
      qualifier: "approximately",
    });
    expect(participants("2019-p29-latin-america-online-child-exploitation-training")).toMatchObject({
      total: 250,
      qualifier: "at_least",
    });
  });

  it("counts the teachers, students and parents the school strategies reached (¶45)", () => {
    expect(activity("2019-p45-el-salvador-school-prevention-strategy").participants?.byProfession).toEqual({
      teachers: 3222,
      students: 37361,
      parents: 12511,
    });
    expect(activity("2019-p45-guatemala-school-prevention-strategy").participants?.byProfession).toEqual({
      students: 188477,
      teachers: 9042,
    });
  });

  it("posts mentors in Austria, El Salvador, Guatemala, Kenya, Senegal, Thailand and Cairo", () => {
    const stations = seed2019.mentors.map((m) => m.dutyStation.country).sort();
    expect(stations).toEqual(["AUT", "EGY", "GTM", "KEN", "SEN", "SLV", "THA"]);
    const cairo = seed2019.mentors.find((m) => m.id === "mentor-cairo");
    expect(cairo?.countriesCovered).toHaveLength(9);
  });

  it("counts the labs and regional units set up: two in Guatemala, one in the Lao PDR", () => {
    const labs = seed2019.labs.map((lab) => parseWithoutId(LabInputSchema, lab));
    expect(labs.filter((lab) => lab.country === "GTM" && lab.type === "regional_unit")).toHaveLength(2);
    expect(labs.filter((lab) => lab.country === "LAO" && lab.type === "national_lab")).toHaveLength(1);
  });
});
