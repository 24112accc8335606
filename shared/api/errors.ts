// The shape of every error the API answers, and how a request's validation failure becomes one.

import type { ZodError } from "zod";
import { z } from "zod";
import { ValidationError } from "../domain/errors";
import { fieldIssues } from "../domain/field-issues";

export const ErrorSchema = z
  .object({
    error: z.string().meta({ example: "validation_failed" }),
    message: z.string().meta({ example: "participants.bySex: the parts add up to 13, more than the total of 10" }),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: "Error" });

/** Validation hook for every route: body issues keep their path, others say where they were. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }) {
  if (!result.success && result.error) {
    const prefix = result.target === "json" ? undefined : result.target === "param" ? "path" : result.target;
    throw new ValidationError(fieldIssues(result.error, prefix));
  }
}
