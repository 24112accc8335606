// The audit trail: one item per change, written in the change's own transaction, never updated.
import { randomUUID } from "node:crypto";
import { type AuditAction, type AuditEntry, fieldChanges } from "../domain/audit";
import type { Database } from "./client";
import { model } from "./model";
import { queryPage } from "./query";
import { readPages } from "./read-pages";
import { type TransactItem, toRecord } from "./transaction";

export type Actor = { id: string };

export type Change = {
  entity: string;
  recordId: string;
  action: AuditAction;
  actor: Actor;
  before?: { version: number } & object;
  after?: { version: number } & object;
  comment?: string;
};

export function auditItem(db: Database, change: Change): TransactItem {
  return {
    Put: {
      TableName: db.tableName,
      Item: auditEntryItem(change, new Date().toISOString(), randomUUID()),
      // An audit entry is written once and never replaced.
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/**
 * The stored item of an audit entry at `at`. Time first so the history reads in order; the
 * `unique` tail keeps two changes in the same ms apart (an import gives its own id, so that a
 * batch written again writes the same entry, not a second one).
 */
export function auditEntryItem(change: Change, at: string, unique: string): Record<string, unknown> {
  const entry: AuditEntry = {
    entity: change.entity,
    recordId: change.recordId,
    at,
    by: change.actor.id,
    action: change.action,
    version: change.after?.version ?? change.before?.version ?? 0,
    changes: fieldChanges(change.before, change.after),
    ...(change.comment && { comment: change.comment }),
  };
  return { ...model.audit.key.of({ ...entry, unique }), ...entry };
}

export async function getHistory(db: Database, entity: string, recordId: string): Promise<AuditEntry[]> {
  const items = await readPages((page) => queryPage(db, model.audit.key.query({ entity, recordId }), page));
  return items.map(toRecord<AuditEntry>);
}
