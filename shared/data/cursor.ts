// Opaque page cursors: the last key DynamoDB read, base64url-encoded, checked when it comes back.
import { z } from "zod";
import { ValidationError } from "../domain/errors";

// Every key attribute of the table is a non-empty string, within DynamoDB's key sizes.
const LastKeySchema = z.record(z.string(), z.string().min(1).max(1024));
export type LastKey = z.infer<typeof LastKeySchema>;

export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  return lastKey ? Buffer.from(JSON.stringify(lastKey)).toString("base64url") : undefined;
}

export function decodeCursor(cursor: string | undefined, expectedAttributes: readonly string[]): LastKey | undefined {
  if (cursor === undefined) return undefined;
  const invalid = new ValidationError([{ path: "cursor", message: "is not a cursor this list returned" }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid;
  }
  const result = LastKeySchema.safeParse(parsed);
  if (!result.success) throw invalid;
  const attributes = Object.keys(result.data).sort();
  if (attributes.join() !== [...expectedAttributes].sort().join()) throw invalid;
  return result.data;
}

export type Page<T> = { items: T[]; nextCursor?: string };
