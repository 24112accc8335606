// Lambda entry point of the HTTP API: configuration, database, token check and telemetry once per
// cold start; each invocation logged with Lambda's context (request id, cold start), its metrics
// published and its time traced.
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { Tracer } from "@aws-lambda-powertools/tracer";
import type { Context } from "aws-lambda";
import { handle } from "hono/aws-lambda";
import { createApp } from "../shared/app/app";
import { gatewayIdentity } from "../shared/auth/gateway-identity";
import { lazyTokenVerifier } from "../shared/auth/lazy-token-verifier";
import { readConfig, requireAuth } from "../shared/config";
import { createDatabase } from "../shared/data/client";
import { awsImportJobs } from "./import-jobs";

const SERVICE = "cybercrime-tracker";
const config = readConfig();
const logger = new Logger({ serviceName: SERVICE });
const metrics = new Metrics({ namespace: "CybercrimeTracker", serviceName: SERVICE });
const tracer = new Tracer({ serviceName: SERVICE });
const db = createDatabase(config);
// Each DynamoDB call a subsegment of the invocation's trace.
tracer.captureAWSv3Client(db.client);
const imports = awsImportJobs(config);
const auth = requireAuth(config);

const app = handle(
  createApp({
    db,
    config,
    // The API's routes sit behind the gateway's JWT authorizer; the pages' cookie is verified here.
    verifyToken: lazyTokenVerifier(auth),
    gatewayIdentity: gatewayIdentity(auth),
    telemetry: { logger, metrics },
    ...(imports && { imports }),
  }),
);

export const handler = async (event: Parameters<typeof app>[0], context: Context) => {
  logger.addContext(context);
  metrics.captureColdStartMetric();
  const invocation = tracer.getSegment();
  const subsegment = invocation?.addNewSubsegment("## handler");
  if (subsegment) tracer.setSegment(subsegment);
  tracer.annotateColdStart();
  try {
    return await app(event, context);
  } finally {
    metrics.publishStoredMetrics();
    subsegment?.close();
    if (invocation) tracer.setSegment(invocation);
  }
};
