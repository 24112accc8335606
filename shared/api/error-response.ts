// The one place errors become HTTP responses: { error, message, details } (its schema is in
// ./errors.ts, with the routes, so that the app's cold start does not load zod for it).
import type { Logger } from "@aws-lambda-powertools/logger";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { DomainError, UnauthorizedError } from "../domain/errors";

const HTTP_CODES: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  503: "unavailable",
};

/** Maps errors to answers; a fault of ours is logged, with its stack, by `logger` or on standard error. */
export const errorResponse = (logger?: Logger) => (error: Error, c: Context) => {
  if (error instanceof UnauthorizedError) {
    // RFC 6750: say how to authenticate, and why this token was refused.
    const refused = c.req.header("authorization")
      ? `, error="invalid_token", error_description="${error.message}"`
      : "";
    c.header("WWW-Authenticate", `Bearer realm="cybercrime-tracker"${refused}`);
  }
  if (error instanceof DomainError) {
    if (error.retryAfterSeconds !== undefined) c.header("Retry-After", String(error.retryAfterSeconds));
    return c.json({ error: error.code, message: error.message, details: error.details }, error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    return c.json({ error: HTTP_CODES[status] ?? "error", message: error.message }, status);
  }
  const requestId = c.get("requestId") as string | undefined;
  if (logger) logger.error("unexpected error", { requestId, error });
  else console.error(JSON.stringify({ level: "error", requestId, message: error.message, stack: error.stack }));
  return c.json({ error: "internal_error", message: `Something went wrong on our side (request ${requestId}).` }, 500);
};
