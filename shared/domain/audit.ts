// Audit entries: who changed which record, when, how, and each field's value before and after.
import stringify from "safe-stable-stringify";
import { z } from "zod";

/** "import": created or changed by a spreadsheet import. */
export const AUDIT_ACTIONS = ["create", "update", "status", "delete", "import"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type FieldChange = { field: string; before?: unknown; after?: unknown };

export type AuditEntry = {
  entity: string;
  recordId: string;
  at: string;
  by: string;
  action: AuditAction;
  /** The record's version after the change (the deleted version for a deletion). */
  version: number;
  changes: FieldChange[];
  comment?: string;
};

// Bookkeeping every change moves: listing it would bury the fields that did change.
const BOOKKEEPING = new Set(["version", "updatedAt", "updatedBy"]);

/** Field-level differences between two states of a record (either may be absent). */
export function fieldChanges(before: object | undefined, after: object | undefined): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => !BOOKKEEPING.has(field) && stringify(a[field]) !== stringify(b[field]))
    .sort()
    .map((field) => ({
      field,
      ...(a[field] !== undefined && { before: a[field] }),
      ...(b[field] !== undefined && { after: b[field] }),
    }));
}

export const AuditEntrySchema = z
  .object({
    entity: z.string(),
    recordId: z.string(),
    at: z.iso.datetime(),
    by: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    version: z.int(),
    changes: z.array(z.object({ field: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })),
    comment: z.string().optional(),
  })
  .meta({ id: "AuditEntry" });
