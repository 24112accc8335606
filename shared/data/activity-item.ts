// One activity read by its id: apart from the module of its writes (activities.ts), so that a
// record's read loads neither its schemas nor what its writes keep in step.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Activity } from "../domain/activity";
import { NotFoundError } from "../domain/errors";
import type { Database } from "./client";
import { model } from "./model";
import { toRecord } from "./transaction";

/** The name errors and audit entries give the record. */
export const ENTITY = "Activity";

export const activityKey = (id: string) => model.activity.key.of({ id });

export async function getActivity(db: Database, id: string): Promise<Activity> {
  const result = await db.client.send(new GetCommand({ TableName: db.tableName, Key: activityKey(id) }));
  if (!result.Item) throw new NotFoundError(ENTITY, id);
  return toRecord<Activity>(result.Item);
}
