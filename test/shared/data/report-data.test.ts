import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { newActivity } from "../../../shared/data/activities";
import { INDEXES, model, storedItem } from "../../../shared/data/model";
import { queryPage } from "../../../shared/data/query";
import { readPages } from "../../../shared/data/read-pages";
import { loadYearActivities, sortRanges } from "../../../shared/data/report-data";
import { type Activity, ActivityInputSchema } from "../../../shared/domain/activity";
import { THEMES } from "../../../shared/domain/vocabulary";
import { testDatabase } from "../../support/database";
import { validActivity } from "../../support/requests";

const db = await testDatabase();
const YEAR = 2044;
const byYear = model.activity.indexes.activitiesByYear;

async function store(activity: Activity, override: Record<string, unknown> = {}) {
  await db.client.send(
    new PutCommand({ TableName: db.tableName, Item: { ...storedItem(model.activity, activity), ...override } }),
  );
}

function activityOf(theme: string, day: number, year = YEAR): Activity {
  const date = `${year}-03-${String(day).padStart(2, "0")}`;
  const input = ActivityInputSchema.parse({ ...validActivity, startDate: date, endDate: date });
  return { ...newActivity(input, { id: "test" }), theme: theme as Activity["theme"], year };
}

describe("a year's activities for its report", () => {
  it("reads every activity of the year once, in the index's order, whatever its theme", async () => {
    const ofThemes = THEMES.flatMap((theme, index) => [activityOf(theme, index + 1), activityOf(theme, index + 10)]);
    for (const activity of ofThemes) await store(activity);
    // A theme since taken out of the vocabulary, sorting before, between and after the others'.
    const retired = [activityOf("aaa_retired", 5), activityOf("legislation_retired", 6), activityOf("zzz_retired", 7)];
    for (const activity of retired) await store(activity);
    // An item whose index key is exactly where one theme's range ends and the next begins.
    const onACut = activityOf("prevention", 8);
    await store(onACut, { [INDEXES.byYear.sort]: byYear.query({ year: YEAR, theme: "prevention" }).sortPrefix });
    await store(activityOf("prevention", 9, YEAR + 1));

    const read = await loadYearActivities(db, YEAR);
    const ids = read.map((activity) => activity.id);
    expect(ids.length).toBe(ofThemes.length + retired.length + 1);
    expect(new Set(ids).size).toBe(ids.length);
    // The same records, in the same order, as one Query of the whole year gives.
    const whole = await readPages((page) => queryPage(db, byYear.query({ year: YEAR }), page));
    expect(ids).toEqual(whole.map((item) => item.id));
    expect(read.find((activity) => activity.id === onACut.id)).toEqual(onACut);
  });

  it("cuts the sort keys into ranges that hold each key exactly once", () => {
    expect(sortRanges(["b", "a", "b"])).toEqual([
      { from: undefined, before: "a" },
      { from: "a", before: "b" },
      { from: "b", before: undefined },
    ]);
  });

  it("refuses a cursor of another range", async () => {
    const [first, second] = sortRanges(THEMES.map((theme) => byYear.query({ year: YEAR, theme }).sortPrefix as string));
    const page = await queryPage(db, { ...byYear.query({ year: YEAR }), sortRange: second }, { limit: 1 });
    expect(page.nextCursor).toBeDefined();
    await expect(
      queryPage(db, { ...byYear.query({ year: YEAR }), sortRange: first }, { limit: 1, cursor: page.nextCursor }),
    ).rejects.toThrow(/another list/);
  });
});
