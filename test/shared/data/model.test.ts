import { describe, expect, it } from "vitest";
import { INDEXES, indexAttributes, KEY, model, storedItem } from "../../../shared/data/model";
import { KEY_ATTRIBUTES } from "../../../shared/data/table";
import type { Activity } from "../../../shared/domain/activity";

const activity = {
  id: "a1",
  year: 2019,
  theme: "cryptocurrency_darknet",
  startDate: "2019-06-10",
  status: "submitted",
  mentorId: "mentor-kenya",
  countries: ["KEN", "UGA"],
  donors: ["canada"],
  updatedAt: "2019-07-01T10:00:00.000Z",
} as unknown as Activity;

/** The key and index attributes of an item, whatever declares them. */
function keyAttributes(item: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(item).filter(([name]) => KEY_ATTRIBUTES.includes(name)));
}

// The stored shape of every record type, spelled out: the data already in a table must read the same.
describe("model", () => {
  it("keys an activity by id and lists it by year, by mentor and, while submitted, in the queue", () => {
    expect(keyAttributes(storedItem(model.activity, activity))).toEqual({
      pk: "ACTIVITY#a1",
      sk: "ACTIVITY",
      gsi1pk: "YEAR#2019",
      gsi1sk: "THEME#cryptocurrency_darknet#2019-06-10#a1",
      gsi2pk: "MENTOR#mentor-kenya",
      gsi2sk: "YEAR#2019#THEME#cryptocurrency_darknet#2019-06-10#a1",
      gsi4pk: "STATUS#submitted",
      gsi4sk: "2019-07-01T10:00:00.000Z#a1",
    });
  });

  it("keeps byStatus sparse and byMentor to activities with a mentor", () => {
    for (const status of ["draft", "validated"] as const) {
      expect(indexAttributes(model.activity, { ...activity, status })).not.toHaveProperty(INDEXES.byStatus.partition);
    }
    const { mentorId: _, ...withoutMentor } = activity;
    expect(Object.keys(indexAttributes(model.activity, { ...withoutMentor, status: "draft" as const }))).toEqual([
      INDEXES.byYear.partition,
      INDEXES.byYear.sort,
    ]);
  });

  it("keys the country and donor links of an activity, which hold nothing but their key", () => {
    expect(model.countryLink.key.of({ ...activity, country: "KEN" })).toEqual({
      pk: "COUNTRY#KEN#YEAR#2019",
      sk: "THEME#cryptocurrency_darknet#2019-06-10#a1",
    });
    expect(model.donorLink.key.of({ ...activity, donor: "canada" })).toEqual({
      pk: "DONOR#canada#YEAR#2019",
      sk: "THEME#cryptocurrency_darknet#2019-06-10#a1",
    });
  });

  it("keys mentors, donors, labs and published figures by type and id, listed by type in byEntity", () => {
    expect(keyAttributes(storedItem(model.mentor, { id: "m1", name: "Mentor, Nairobi" }))).toEqual({
      pk: "MENTOR#m1",
      sk: "MENTOR",
      gsi3pk: "MENTOR",
      gsi3sk: "mentor, nairobi#m1",
    });
    expect(keyAttributes(storedItem(model.donor, { id: "canada", name: "Canada" }))).toEqual({
      pk: "DONOR#canada",
      sk: "DONOR",
      gsi3pk: "DONOR",
      gsi3sk: "canada#canada",
    });
    expect(keyAttributes(storedItem(model.lab, { id: "l1", country: "KEN", institution: "DCI Lab" }))).toEqual({
      pk: "LAB#l1",
      sk: "LAB",
      gsi3pk: "LAB",
      gsi3sk: "COUNTRY#KEN#dci lab#l1",
    });
    // A lab with its year is also under that year's key, where a report reads its labs.
    const dated = { id: "l2", country: "KEN", institution: "DCI Lab", setUpOn: "2019-03-01" };
    expect(keyAttributes(storedItem(model.lab, dated))).toEqual({
      pk: "LAB#l2",
      sk: "LAB",
      gsi1pk: "LAB#YEAR#2019",
      gsi1sk: "COUNTRY#KEN#l2",
      gsi3pk: "LAB",
      gsi3sk: "COUNTRY#KEN#dci lab#l2",
    });
    const figure = { id: "f1", year: 2019, indicator: "practitioners_trained" };
    expect(keyAttributes(storedItem(model.publishedFigure, figure))).toEqual({
      pk: "FIGURE#f1",
      sk: "FIGURE",
      gsi3pk: "FIGURE",
      gsi3sk: "YEAR#2019#practitioners_trained#f1",
    });
  });

  it("keys idempotency records, audit entries and totals items on the table alone", () => {
    expect(storedItem(model.idempotency, { scope: "mentor-kenya", key: "k1" })).toMatchObject({
      pk: "IDEMPOTENCY#mentor-kenya#k1",
      sk: "IDEMPOTENCY",
    });
    expect(
      model.audit.key.of({ entity: "Activity", recordId: "a1", at: "2019-07-01T10:00:00.000Z", unique: "u" }),
    ).toEqual({ pk: "AUDIT#Activity#a1", sk: "2019-07-01T10:00:00.000Z#u" });
    expect(model.totals.key.of({ year: 2019, scope: "validated" })).toEqual({
      pk: "AGGREGATE#2019#validated",
      sk: "AGGREGATE",
    });
  });

  it("builds each read's key condition, narrowing the sort key only as far as the query goes", () => {
    const { activitiesByYear, activitiesByMentor, activitiesByStatus } = model.activity.indexes;
    expect(activitiesByYear.query({ year: 2019 })).toEqual({ index: "byYear", partition: "YEAR#2019" });
    expect(activitiesByYear.query({ year: 2019, theme: "cryptocurrency_darknet" })).toEqual({
      index: "byYear",
      partition: "YEAR#2019",
      sortPrefix: "THEME#cryptocurrency_darknet#",
    });
    expect(activitiesByMentor.query({ mentorId: "m" })).toEqual({ index: "byMentor", partition: "MENTOR#m" });
    expect(activitiesByMentor.query({ mentorId: "m", year: 2019 }).sortPrefix).toBe("YEAR#2019#");
    expect(activitiesByMentor.query({ mentorId: "m", year: 2019, theme: "prevention" }).sortPrefix).toBe(
      "YEAR#2019#THEME#prevention#",
    );
    expect(activitiesByStatus.query({ status: "submitted" })).toEqual({
      index: "byStatus",
      partition: "STATUS#submitted",
    });
    expect(model.countryLink.key.query({ country: "KEN", year: 2019, theme: "prevention" })).toEqual({
      partition: "COUNTRY#KEN#YEAR#2019",
      sortPrefix: "THEME#prevention#",
    });
    expect(model.donorLink.key.query({ donor: "canada", year: 2019 })).toEqual({ partition: "DONOR#canada#YEAR#2019" });
    expect(model.lab.indexes.labsByCountry.query({ country: "KEN" })).toEqual({
      index: "byEntity",
      partition: "LAB",
      sortPrefix: "COUNTRY#KEN#",
    });
    expect(model.lab.indexes.labsOfYear.query({ year: 2019 })).toEqual({ index: "byYear", partition: "LAB#YEAR#2019" });
    expect(model.publishedFigure.indexes.figuresByYear.query({ year: 2019 }).sortPrefix).toBe("YEAR#2019#");
    expect(model.mentor.indexes.mentorsByName.query({})).toEqual({ index: "byEntity", partition: "MENTOR" });
    expect(model.audit.key.query({ entity: "Activity", recordId: "a1" })).toEqual({ partition: "AUDIT#Activity#a1" });
  });

  it("finds each item by the query its own fields make: same partition, sort key under the prefix", () => {
    const samples: [string, { indexes: object }, Record<string, unknown>][] = [
      ["activity", model.activity, { ...activity }],
      ["mentor", model.mentor, { id: "m1", name: "Mentor" }],
      ["donor", model.donor, { id: "d1", name: "Donor" }],
      ["lab", model.lab, { id: "l1", country: "KEN", institution: "Lab", year: 2019 }],
      ["publishedFigure", model.publishedFigure, { id: "f1", year: 2019, indicator: "mentors" }],
    ];
    for (const [type, record, item] of samples) {
      for (const [name, read] of Object.entries(record.indexes)) {
        const { index, attributesOf, query } = read as {
          index: keyof typeof INDEXES;
          attributesOf: (item: unknown) => Record<string, string>;
          query: (query: unknown) => { partition: string; sortPrefix?: string };
        };
        const attributes = attributesOf(item);
        const condition = query(item);
        expect(attributes[INDEXES[index].partition], `${type}.${name}`).toBe(condition.partition);
        expect(attributes[INDEXES[index].sort]?.startsWith(condition.sortPrefix ?? ""), `${type}.${name}`).toBe(true);
      }
    }
    for (const link of [model.countryLink.key, model.donorLink.key]) {
      const item = { ...activity, country: "KEN", donor: "canada" };
      const condition = link.query(item);
      expect(link.of(item)[KEY.partition]).toBe(condition.partition);
      expect(link.of(item)[KEY.sort].startsWith(condition.sortPrefix ?? "")).toBe(true);
    }
  });

  it("has a read on every index it declares, and an index for every read", () => {
    const read = Object.values(model).flatMap((record) =>
      Object.values("indexes" in record ? record.indexes : {}).map((entry) => (entry as { index: string }).index),
    );
    expect(new Set(read)).toEqual(new Set(Object.keys(INDEXES)));
  });
});
