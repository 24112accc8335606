// Loads seed records into the table, idempotently: a record already there is left as it is.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { createActivity, newActivity } from "../shared/data/activities";
import type { Actor } from "../shared/data/audit";
import { donors, labs, mentors, publishedFigures } from "../shared/data/catalog";
import type { Database } from "../shared/data/client";
import { keys } from "../shared/data/keys";
import { reportTexts } from "../shared/data/report-texts";
import { ActivityInputSchema } from "../shared/domain/activity";
import { DonorInputSchema } from "../shared/domain/donor";
import { LabInputSchema } from "../shared/domain/lab";
import { MentorInputSchema } from "../shared/domain/mentor";
import { PublishedFigureSchema } from "../shared/domain/published-figure";
import { ReportTextsInputSchema } from "../shared/domain/report-texts";
import type { SeedSet } from "./seed-set";

export const SEED_ACTOR: Actor = { id: "seed" };

export type SeedCounts = { written: number; present: number };

export async function loadSeed(db: Database, seed: SeedSet): Promise<SeedCounts> {
  const loadedAt = Date.now();
  // Each kind waits for those it cites: activities cite mentors and donors, labs cite activities.
  const results = [
    ...(await Promise.all(
      seed.donors.map((donor) => {
        const input = DonorInputSchema.parse(donor);
        return putIfAbsent(db, keys.entity("DONOR", input.id), () => donors.create(db, input, SEED_ACTOR));
      }),
    )),
    ...(await Promise.all(
      seed.mentors.map(({ id, ...mentor }) => {
        const input = MentorInputSchema.parse(mentor);
        return putIfAbsent(db, keys.entity("MENTOR", id), () => mentors.create(db, input, SEED_ACTOR, id));
      }),
    )),
    ...(await Promise.all(
      seed.activities.map(({ id, mentorId, ...activity }, index) => {
        const input = ActivityInputSchema.parse(activity);
        // The published report is the source: its activities enter the record already validated,
        // made one millisecond apart in the order the report tells them, which the report keeps.
        const createdAt = new Date(loadedAt + index).toISOString();
        const record = {
          ...newActivity(input, SEED_ACTOR, { id, mentorId }),
          status: "validated" as const,
          createdAt,
          updatedAt: createdAt,
        };
        return putIfAbsent(db, keys.activity(id), () => createActivity(db, record));
      }),
    )),
    ...(await Promise.all(
      seed.publishedFigures.map((figure) => {
        const input = PublishedFigureSchema.parse(figure);
        return putIfAbsent(db, keys.entity("FIGURE", input.id), () => publishedFigures.create(db, input, SEED_ACTOR));
      }),
    )),
    ...(await Promise.all(
      (seed.reportTexts ? [seed.reportTexts] : []).map((texts) => {
        const input = ReportTextsInputSchema.parse(texts);
        return putIfAbsent(db, keys.entity("TEXTS", String(input.year)), () =>
          reportTexts.create(db, input, SEED_ACTOR),
        );
      }),
    )),
    ...(await Promise.all(
      seed.labs.map(({ id, ...lab }) => {
        const input = LabInputSchema.parse(lab);
        return putIfAbsent(db, keys.entity("LAB", id), () => labs.create(db, input, SEED_ACTOR, id));
      }),
    )),
  ];
  const written = results.filter(Boolean).length;
  return { written, present: results.length - written };
}

async function putIfAbsent(db: Database, key: { pk: string; sk: string }, write: () => Promise<unknown>) {
  const existing = await db.client.send(
    new GetCommand({ TableName: db.tableName, Key: key, ProjectionExpression: "pk", ConsistentRead: true }),
  );
  if (existing.Item) return false;
  await write();
  return true;
}
