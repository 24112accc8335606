// Lambda entry point of the import worker: runs one import job, named by the event the API sent,
// with the same code the local server runs in-process (shared/use-cases/import-jobs.ts). A retried
// invocation finds the job closed and does nothing, or finds it midway and goes on.
import { Logger } from "@aws-lambda-powertools/logger";
import { Tracer } from "@aws-lambda-powertools/tracer";
import type { Context } from "aws-lambda";
import { readConfig } from "../shared/config";
import { createDatabase } from "../shared/data/client";
import { runImportJob } from "../shared/use-cases/import-jobs";
import { awsImportJobs, type ImportJobEvent } from "./import-jobs";

const SERVICE = "cybercrime-tracker-imports";
const config = readConfig();
const logger = new Logger({ serviceName: SERVICE });
const tracer = new Tracer({ serviceName: SERVICE });
const db = createDatabase(config);
// Each DynamoDB call of a job a subsegment of its trace. The API leaves the X-Ray SDK out for its
// cold start (functions/api.ts); no one waits on the worker's.
tracer.captureAWSv3Client(db.client);
const imports = awsImportJobs(config);

export const handler = async (event: ImportJobEvent, context: Context) => {
  logger.addContext(context);
  if (!imports) throw new Error("IMPORT_BUCKET is not set: it names the bucket of the import files");
  if (typeof event?.jobId !== "string") throw new Error("the event names no import job");
  logger.info("import job", { jobId: event.jobId });
  await runImportJob({ db, imports }, event.jobId);
};
