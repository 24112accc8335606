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
  const at = new Date().toISOString();
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
  return {
    Put: {
      TableName: db.tableName,
      // Time first so the history reads in order; a random tail keeps two changes in the same ms apart.
      Item: { ...model.audit.key.of({ ...entry, unique: randomUUID() }), ...entry },
      // An audit entry is written once and never replaced.
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

export async function getHistory(db: Database, entity: string, recordId: string): Promise<AuditEntry[]> {
  const items = await readPages((page) => queryPage(db, model.audit.key.query({ entity, recordId }), page));
  return items.map(toRecord<AuditEntry>);
}
