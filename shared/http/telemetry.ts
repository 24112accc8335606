// What the app tells operators, when it runs where someone listens (Lambda): one JSON log line per
// request and counts of what users did, through Powertools' Logger and Metrics. Locally and in
// tests it is absent, and the app logs only its faults.
import type { Logger } from "@aws-lambda-powertools/logger";
import type { Metrics } from "@aws-lambda-powertools/metrics";

export type Telemetry = { logger: Logger; metrics: Metrics };

/** The metrics published (namespace CybercrimeTracker): counts, one per event, unit Count, and a time. */
export const METRICS = {
  activitiesLogged: "ActivitiesLogged",
  validations: "Validations",
  reportsGenerated: "ReportsGenerated",
  /** Answers 500 (a fault of ours) or 503 (the database). */
  errors: "Errors",
  /** Milliseconds of each DynamoDB call, its retries included (unit Milliseconds). */
  databaseTime: "DynamoDBTime",
} as const;
