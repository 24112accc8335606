// How long each DynamoDB call took, the SDK's retries included: what the function publishes for
// its database in place of a trace's subsegment per call (functions/api.ts says why).
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/** Calls `record` once per command sent through `client`, when it succeeds or fails for good. */
export function timeCalls(client: DynamoDBDocumentClient, record: (ms: number) => void): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const started = performance.now();
      try {
        return await next(args);
      } finally {
        record(performance.now() - started);
      }
    },
    { step: "initialize", priority: "high", name: "timeCalls" },
  );
}
