// Loads seed records into the table, idempotently: a record already there is left as it is.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Actor, createActivity, newActivity } from "../shared/data/activities";
import { donors, labs, mentors } from "../shared/data/catalog";
import type { Database } from "../shared/data/client";
import { keys } from "../shared/data/keys";
import { ActivityInputSchema } from "../shared/domain/activity";
import { DonorInputSchema } from "../shared/domain/donor";
import { LabInputSchema } from "../shared/domain/lab";
import { MentorInputSchema } from "../shared/domain/mentor";
import type { SeedSet } from "./seed-set";

export const SEED_ACTOR: Actor = { id: "seed" };

export type SeedCounts = { written: number; present: number };

export async function loadSeed(db: Database, seed: SeedSet): Promise<SeedCounts> {
  const counts: SeedCounts = { written: 0, present: 0 };
  const tally = (written: boolean) => (written ? counts.written++ : counts.present++);

  for (const donor of seed.donors) {
    const input = DonorInputSchema.parse(donor);
    tally(await putIfAbsent(db, keys.entity("DONOR", input.id), () => donors.create(db, input, SEED_ACTOR)));
  }
  for (const { id, ...mentor } of seed.mentors) {
    const input = MentorInputSchema.parse(mentor);
    tally(await putIfAbsent(db, keys.entity("MENTOR", id), () => mentors.create(db, input, SEED_ACTOR, id)));
  }
  for (const { id, ...activity } of seed.activities) {
    const input = ActivityInputSchema.parse(activity);
    // The published report is the source: its activities enter the record already validated.
    const record = { ...newActivity(input, SEED_ACTOR, id), status: "validated" as const };
    tally(await putIfAbsent(db, keys.activity(id), () => createActivity(db, record)));
  }
  for (const { id, ...lab } of seed.labs) {
    const input = LabInputSchema.parse(lab);
    tally(await putIfAbsent(db, keys.entity("LAB", id), () => labs.create(db, input, SEED_ACTOR, id)));
  }
  return counts;
}

async function putIfAbsent(db: Database, key: { pk: string; sk: string }, write: () => Promise<unknown>) {
  const existing = await db.client.send(
    new GetCommand({ TableName: db.tableName, Key: key, ProjectionExpression: "pk", ConsistentRead: true }),
  );
  if (existing.Item) return false;
  await write();
  return true;
}
