import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { seed2019 } from "../../../seed/2019";
import { loadSeed } from "../../../seed/load";
import {
  createActivity,
  deleteActivity,
  newActivity,
  replaceActivity,
  setActivityStatus,
} from "../../../shared/data/activities";
import { getActivity } from "../../../shared/data/activity-item";
import { donors } from "../../../shared/data/catalog";
import type { Database } from "../../../shared/data/client";
import { indexAttributes, KEY, model, type RecordModel } from "../../../shared/data/model";
import { KEY_ATTRIBUTES } from "../../../shared/data/table";
import { toRecord } from "../../../shared/data/transaction";
import { ActivityInputSchema } from "../../../shared/domain/activity";
import { testDatabase } from "../../support/database";
import { validActivity } from "../../support/requests";

type Item = Record<string, unknown>;

async function scanAll(db: Database): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await db.client.send(new ScanCommand({ TableName: db.tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every key or index attribute an item carries, declared ones or not (a gsi5pk no index has included). */
function keyAttributes(item: Item): Item {
  return Object.fromEntries(
    Object.entries(item).filter(([name]) => KEY_ATTRIBUTES.includes(name) || /^gsi\d+(pk|sk)$/.test(name)),
  );
}

const actor = { id: "test" };
const allow = () => {};
const RECORDS_BY_ID: RecordModel<never>[] = [
  model.activity,
  model.mentor,
  model.donor,
  model.lab,
  model.publishedFigure,
  model.reportTexts,
];

/**
 * The key and index attributes model.ts gives a stored item: for a record keyed by its own id,
 * from its fields; for an audit entry, from the record it tells of; undefined for any other.
 */
function declaredKeys(item: Item): Item | undefined {
  const record = toRecord<Item>(item);
  if (typeof record.id === "string") {
    for (const type of RECORDS_BY_ID) {
      const key = type.key.of(record as never);
      if (key.pk === item[KEY.partition] && key.sk === item[KEY.sort]) {
        return { ...key, ...indexAttributes(type, record as never) };
      }
    }
  }
  if (typeof item.action === "string") {
    const at = String(item.at);
    // The random tail of the sort key is not a field: it is taken from the item.
    const unique = String(item[KEY.sort]).slice(at.length + 1);
    return model.audit.key.of({ entity: String(item.entity), recordId: String(item.recordId), at, unique });
  }
  return undefined;
}

describe("stored items", async () => {
  const db = await testDatabase();
  await loadSeed(db, seed2019);
  await donors.create(db, { id: "canada", name: "Government of Canada" }, actor);
  const mentorId = seed2019.mentors[0]?.id as string;
  const input = ActivityInputSchema.parse({ ...validActivity, donors: ["canada"] });
  const claim = { scope: "mentor-test", key: "key-1", requestHash: "hash" };

  // Beside the seed's validated activities: a mentor's draft (created with an idempotency key), one
  // submitted, one returned with a comment, one moved to other countries and one deleted.
  const draft = (await createActivity(db, newActivity(input, actor, { mentorId }), claim)).activity;
  const submitted = (await createActivity(db, newActivity(input, actor, { mentorId }))).activity;
  await setActivityStatus(db, submitted.id, { status: "submitted", expectedVersion: 1, actor, authorize: allow });
  const returned = (await createActivity(db, newActivity(input, actor))).activity;
  await setActivityStatus(db, returned.id, { status: "submitted", expectedVersion: 1, actor, authorize: allow });
  await setActivityStatus(db, returned.id, {
    status: "draft",
    expectedVersion: 2,
    actor,
    authorize: allow,
    comment: "Add the participants by sex.",
  });
  const moved = (await createActivity(db, newActivity(input, actor))).activity;
  await replaceActivity(db, moved.id, {
    input: {
      ...input,
      countries: ["SEN"],
      donors: [],
      theme: "prevention",
      startDate: "2020-02-03",
      endDate: "2020-02-04",
    },
    expectedVersion: 1,
    actor,
    authorize: allow,
  });
  const deleted = (await createActivity(db, newActivity(input, actor))).activity;
  await deleteActivity(db, deleted.id, { expectedVersion: 1, actor, authorize: allow });

  const items = await scanAll(db);
  const activities = await Promise.all(
    [...seed2019.activities, draft, submitted, returned, moved].map((activity) => getActivity(db, activity.id)),
  );

  it("carry exactly the key and index attributes model.ts gives their record", () => {
    const links = new Map(
      activities
        .flatMap((activity) => [
          ...activity.countries.map((country) => model.countryLink.key.of({ ...activity, country })),
          ...activity.donors.map((donor) => model.donorLink.key.of({ ...activity, donor })),
        ])
        .map((key) => [`${key.pk}|${key.sk}`, key]),
    );
    const others = new Map(
      [
        model.idempotency.key.of(claim),
        ...[2019, 2020].flatMap((year) =>
          Array.from({ length: db.shards }, (_, shard) => [
            model.totals.key.of({ year, scope: "validated", shard }),
            model.totals.key.of({ year, scope: "submitted", shard }),
          ]).flat(),
        ),
        ...[
          ...seed2019.mentors.map(({ id }) => ({ type: "MENTOR" as const, id })),
          { type: "DONOR" as const, id: "canada" },
          ...seed2019.donors.map(({ id }) => ({ type: "DONOR" as const, id })),
        ].flatMap((cited) =>
          Array.from({ length: db.shards }, (_, shard) => model.citations.key.of({ ...cited, shard })),
        ),
        ...links.values(),
      ].map((key) => [`${key.pk}|${key.sk}`, key]),
    );
    const storedLinks = new Set<string>();
    for (const item of items) {
      const id = `${item[KEY.partition]}|${item[KEY.sort]}`;
      const expected = declaredKeys(item) ?? others.get(id);
      expect(keyAttributes(item), id).toEqual(expected);
      if (links.has(id)) storedLinks.add(id);
    }
    // Every link the activities call for is stored, and none of a deleted or moved activity is left.
    expect([...storedLinks].sort()).toEqual([...links.keys()].sort());
  });

  it("write every record type of the declaration", () => {
    const stored = (record: { key: { of: (item: never) => { pk: string } } }, item: object) =>
      items.some((candidate) => candidate[KEY.partition] === record.key.of(item as never).pk);
    expect(stored(model.activity, submitted)).toBe(true);
    expect(stored(model.countryLink, { ...submitted, country: "KEN" })).toBe(true);
    expect(stored(model.donorLink, { ...submitted, donor: "canada" })).toBe(true);
    expect(stored(model.mentor, { id: mentorId })).toBe(true);
    expect(stored(model.donor, { id: "canada" })).toBe(true);
    expect(stored(model.lab, { id: seed2019.labs[0]?.id })).toBe(true);
    expect(stored(model.publishedFigure, { id: seed2019.publishedFigures[0]?.id })).toBe(true);
    expect(stored(model.reportTexts, { id: "2019" })).toBe(true);
    expect(stored(model.idempotency, claim)).toBe(true);
    expect(stored(model.audit, { entity: "Activity", recordId: submitted.id, at: "", unique: "" })).toBe(true);
    const shards = Array.from({ length: db.shards }, (_, shard) => shard);
    expect(shards.some((shard) => stored(model.totals, { year: 2019, scope: "submitted", shard }))).toBe(true);
    expect(stored(model.citations, { type: "DONOR", id: "canada", shard: 0 })).toBe(true);
  });
});
