// A schema's refusal as the field paths a client shows next to its inputs: the API's 400s, the
// pages' forms and the spreadsheet import say the same thing the same way.
import type { ZodError } from "zod";
import { SERVER_OWNED_FIELDS } from "./activity";
import type { FieldIssue } from "./errors";

const SERVER_OWNED = new Set<string>(SERVER_OWNED_FIELDS);

/** Turns zod issues into field paths a client can show next to its inputs. */
export function fieldIssues(error: ZodError, prefix?: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...base, key].join("."),
        message: SERVER_OWNED.has(key) ? "is set by the server and cannot be sent" : "is not a field of this record",
      }));
    }
    return [{ path: base.join("."), message: issue.message }];
  });
}
