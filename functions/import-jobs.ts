// Import jobs on AWS: files and reports in the S3 bucket, and each job run by the worker function,
// invoked asynchronously (InvocationType Event): the API answers at once, Lambda queues the event and
// retries a failed invocation twice, and the job's record says how far it got.
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import type { Config } from "../shared/config";
import { s3FileStore } from "../shared/data/s3-file-store";
import type { ImportJobs } from "../shared/use-cases/context";

/** The event the worker receives. */
export type ImportJobEvent = { jobId: string };

export function awsImportJobs(config: Config): ImportJobs | undefined {
  if (!config.imports) return undefined;
  const { bucket, worker } = config.imports;
  const lambda = new LambdaClient({ region: config.region });
  return {
    files: s3FileStore(bucket),
    start: async (jobId) => {
      if (!worker) throw new Error("IMPORT_WORKER is not set: it names the function that runs import jobs");
      const event: ImportJobEvent = { jobId };
      await lambda.send(
        new InvokeCommand({
          FunctionName: worker,
          InvocationType: "Event",
          Payload: new TextEncoder().encode(JSON.stringify(event)),
        }),
      );
    },
  };
}
