// Whether the database answers: one strongly consistent read of one small item (this year's
// validated totals, projected to its key), which costs the same whatever the table holds.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Database } from "./client";
import { KEY, model } from "./model";

export async function probeDatabase(db: Database, now = new Date()): Promise<void> {
  await db.client.send(
    new GetCommand({
      TableName: db.tableName,
      Key: model.totals.key.of({ year: now.getUTCFullYear(), scope: "validated" }),
      ProjectionExpression: "#pk",
      ExpressionAttributeNames: { "#pk": KEY.partition },
      ConsistentRead: true,
    }),
  );
}
