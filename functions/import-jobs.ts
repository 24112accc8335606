// Import jobs on AWS: files and reports in the S3 bucket, and each job run by the worker function,
// invoked asynchronously (InvocationType Event): the API answers at once, Lambda queues the event and
// retries a failed invocation twice, and the job's record says how far it got.
// The S3 and Lambda clients are imported on the first import, not at every cold start of the API.
import type { Config } from "../shared/config";
import type { FileStore } from "../shared/data/file-store";
import type { ImportJobs } from "../shared/use-cases/context";

/** The event the worker receives. */
export type ImportJobEvent = { jobId: string };

export function awsImportJobs(config: Config): ImportJobs | undefined {
  if (!config.imports) return undefined;
  const { bucket, worker } = config.imports;
  let store: Promise<FileStore> | undefined;
  const files = () => {
    store ??= import("../shared/data/s3-file-store").then(({ s3FileStore }) => s3FileStore(bucket));
    return store;
  };
  let invoke: Promise<(jobId: string) => Promise<void>> | undefined;
  const invoker = (name: string) => {
    invoke ??= import("@aws-sdk/client-lambda").then(({ InvokeCommand, LambdaClient }) => {
      const lambda = new LambdaClient({ region: config.region });
      return async (jobId: string) => {
        const event: ImportJobEvent = { jobId };
        await lambda.send(
          new InvokeCommand({
            FunctionName: name,
            InvocationType: "Event",
            Payload: new TextEncoder().encode(JSON.stringify(event)),
          }),
        );
      };
    });
    return invoke;
  };
  return {
    files: {
      put: async (key, bytes) => (await files()).put(key, bytes),
      get: async (key) => (await files()).get(key),
      url: async (key, download) => {
        const store = await files();
        if (!store.url) throw new Error("the S3 file store signs addresses");
        return store.url(key, download);
      },
    },
    start: async (jobId) => {
      if (!worker) throw new Error("IMPORT_WORKER is not set: it names the function that runs import jobs");
      await (await invoker(worker))(jobId);
    },
  };
}
