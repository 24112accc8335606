// The one place errors become HTTP responses: { error, message, details }.

import type { Logger } from "@aws-lambda-powertools/logger";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";
import { z } from "zod";
import { DomainError, UnauthorizedError, ValidationError } from "../domain/errors";
import { fieldIssues } from "../domain/field-issues";

export const ErrorSchema = z
  .object({
    error: z.string().meta({ example: "validation_failed" }),
    message: z.string().meta({ example: "participants.bySex: the parts add up to 13, more than the total of 10" }),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: "Error" });

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

/** Validation hook for every route: body issues keep their path, others say where they were. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }) {
  if (!result.success && result.error) {
    const prefix = result.target === "json" ? undefined : result.target === "param" ? "path" : result.target;
    throw new ValidationError(fieldIssues(result.error, prefix));
  }
}

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
