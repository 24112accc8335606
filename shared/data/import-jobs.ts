// Import jobs' records: one item per job, created queued, moved to running by its worker, its
// progress counted as batches are written, closed as done or failed. Every change after creation is
// conditional on the job still being open, so a late or repeated worker never reopens a closed job.

import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { IMPORT_JOB_KEPT_SECONDS, type ImportJob, type JobCaller } from "../domain/import-job";
import type { Database } from "./client";
import { model, TTL_ATTRIBUTE } from "./model";
import { toRecord } from "./transaction";

export type StoredImportJob = ImportJob & { caller: JobCaller };

export async function createImportJob(db: Database, job: StoredImportJob): Promise<void> {
  await db.client.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...model.importJob.key.of(job),
        ...job,
        [TTL_ATTRIBUTE]: Math.floor(Date.parse(job.createdAt) / 1000) + IMPORT_JOB_KEPT_SECONDS,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
}

export async function getImportJob(db: Database, id: string): Promise<StoredImportJob | undefined> {
  const result = await db.client.send(
    new GetCommand({ TableName: db.tableName, Key: model.importJob.key.of({ id }), ConsistentRead: true }),
  );
  if (!result.Item) return undefined;
  const { [TTL_ATTRIBUTE]: _expires, ...item } = result.Item;
  return toRecord<StoredImportJob>(item);
}

/**
 * Sets fields of an open job (queued or running). False when the job is closed (done, failed) or
 * gone: the caller stops there.
 */
export async function updateImportJob(
  db: Database,
  id: string,
  fields: Partial<Pick<ImportJob, "status" | "rows" | "written" | "toWrite" | "error">>,
): Promise<boolean> {
  const values = { ...fields, updatedAt: new Date().toISOString() };
  const names = Object.keys(values);
  try {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: model.importJob.key.of({ id }),
        UpdateExpression: `SET ${names.map((name) => `#${name} = :${name}`).join(", ")}`,
        ConditionExpression: "attribute_exists(pk) AND #status IN (:queued, :running)",
        ExpressionAttributeNames: Object.fromEntries([...names, "status"].map((name) => [`#${name}`, name])),
        ExpressionAttributeValues: {
          ...Object.fromEntries(Object.entries(values).map(([name, value]) => [`:${name}`, value])),
          ":queued": "queued",
          ":running": "running",
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
