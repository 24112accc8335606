// Lambda entry point of the HTTP API: configuration, database, token check and telemetry once per
// cold start; each invocation logged with Lambda's context (request id, cold start) and its
// metrics published. Lambda's active tracing records each invocation and its cold start in X-Ray.
// The X-Ray SDK, which would add a subsegment per DynamoDB call, is left out: its async hooks
// (cls-hooked) cost about 35 ms at a cold start and a few ms on every request, a third of a cold
// GET /activities/{id}. The time of each DynamoDB call is published as a metric instead.
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import type { Context } from "aws-lambda";
import { handle } from "hono/aws-lambda";
import { createApp } from "../shared/app/app";
import { gatewayIdentity } from "../shared/auth/gateway-identity";
import { lazyTokenVerifier } from "../shared/auth/lazy-token-verifier";
import { readConfig, requireAuth } from "../shared/config";
import { timeCalls } from "../shared/data/call-time";
import { createDatabase } from "../shared/data/client";
import { METRICS } from "../shared/http/telemetry";
import { awsImportJobs } from "./import-jobs";

const SERVICE = "cybercrime-tracker";
const config = readConfig();
const logger = new Logger({ serviceName: SERVICE });
const metrics = new Metrics({ namespace: "CybercrimeTracker", serviceName: SERVICE });
const db = createDatabase(config);
timeCalls(db.client, (ms) => metrics.addMetric(METRICS.databaseTime, "Milliseconds", Math.round(ms)));
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
  try {
    return await app(event, context);
  } finally {
    metrics.publishStoredMetrics();
  }
};
