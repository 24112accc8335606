// What the database's failures mean to a client. Throttling, timeouts, an unreachable endpoint and
// the service's own errors are tried again by the SDK (standard retry mode: exponential backoff
// with full jitter, within a retry quota); what still fails then becomes one error the API answers
// 503 with Retry-After. Invalid requests and failed conditions pass through unchanged.
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { isServerError, isThrottlingError, isTransientError } from "@smithy/core/retry";
import { UnavailableError } from "../domain/errors";

/** Tries of each request, the first included, before the client is told to come back. */
export const SDK_MAX_ATTEMPTS = 3;
/** Limits of one attempt on AWS: to connect, and to get an answer once connected. */
export const CONNECTION_TIMEOUT_MS = 1_000;
export const REQUEST_TIMEOUT_MS = 3_000;
/** What a client is asked to wait before it tries again after a 503. */
export const RETRY_AFTER_SECONDS = 2;

type SdkError = Parameters<typeof isTransientError>[0];

/** True for a failure that says nothing about the request, only that the database could not serve it now. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof UnavailableError) return false;
  const sdkError = error as SdkError;
  return isThrottlingError(sdkError) || isTransientError(sdkError) || isServerError(sdkError);
}

/** `cause`, the database's own error, goes to the logs, not to the client. */
export function unavailable(cause?: unknown): UnavailableError {
  const error = new UnavailableError(
    `The database is busy or out of reach; nothing was changed. Try again in ${RETRY_AFTER_SECONDS} s.`,
    RETRY_AFTER_SECONDS,
  );
  error.cause = cause;
  return error;
}

/** Outermost middleware of the client: runs once the SDK's own retries have given up. */
export function reportUnavailable(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw isUnavailable(error) ? unavailable(error) : error;
      }
    },
    { step: "initialize", priority: "high", name: "reportUnavailable" },
  );
}
