// Reads and writes of activities: the item, its country and donor links, and the counts of
// citations that keep mentors and donors from being deleted while activities cite them.
import { randomUUID } from "node:crypto";
import {
  type Activity,
  type ActivityInput,
  type EchoedServerFields,
  echoIssues,
  reportingYear,
} from "../domain/activity";
import { activityContribution, donorContributionDelta } from "../domain/aggregates";
import type { AuditAction } from "../domain/audit";
import { IdempotencyKeyReusedError, ValidationError, VersionConflictError } from "../domain/errors";
import type { ActivityStatus, Theme } from "../domain/vocabulary";
import { assertTransition } from "../domain/workflow";
import { activityKey, ENTITY, getActivity } from "./activity-item";
import { aggregateUpdates, donorTotalsUpdates } from "./aggregates";
import { type Actor, auditItem } from "./audit";
import { batchGet } from "./batch-get";
import { type Cited, citationUpdate, citedBy, isCitationOf, restoreShards } from "./citations";
import type { Database } from "./client";
import { claimIdempotencyKey, getIdempotencyRecord } from "./idempotency";
import { type Key, linkedActivityId, model, storedItem } from "./model";
import { type PageRequest, queryPage } from "./query";
import { type TransactItem, toRecord, writeAll } from "./transaction";

// A write only lands on the version the client read; anything else is someone else's change.
const VERSION_MATCHES = "#version = :expectedVersion";
// A new id must not overwrite anything.
const IS_NEW = "attribute_not_exists(pk)";

export function newActivity(
  input: ActivityInput,
  actor: Actor,
  options: { id?: string; mentorId?: string } = {},
): Activity {
  const now = new Date().toISOString();
  return {
    ...input,
    id: options.id ?? randomUUID(),
    year: reportingYear(input),
    status: "draft",
    ...(options.mentorId && { mentorId: options.mentorId }),
    version: 1,
    createdAt: now,
    createdBy: actor.id,
    updatedAt: now,
    updatedBy: actor.id,
  };
}

/** The transaction items that store a new activity; callers may add their own. */
export function activityCreateItems(db: Database, activity: Activity): TransactItem[] {
  return [
    { Put: { TableName: db.tableName, Item: storedItem(model.activity, activity), ConditionExpression: IS_NEW } },
    ...linkKeys(activity).map((Key) => ({ Put: { TableName: db.tableName, Item: Key } })),
    ...[...citedBy(activity).values()].map((cited) => citationUpdate(db, cited, +1)),
    ...aggregateUpdates(db, undefined, activityContribution(activity)),
    ...donorTotalsUpdates(db, donorContributionDelta(undefined, activity)),
    auditItem(db, {
      entity: ENTITY,
      recordId: activity.id,
      action: "create",
      actor: { id: activity.createdBy },
      after: activity,
    }),
  ];
}

export type IdempotencyClaim = { scope: string; key: string; requestHash: string };

/**
 * Stores a new activity. With an idempotency claim, a retry of the same request returns the
 * activity the first one stored and writes nothing.
 */
export async function createActivity(
  db: Database,
  activity: Activity,
  idempotency?: IdempotencyClaim,
): Promise<{ activity: Activity; replayed: boolean }> {
  const claim = idempotency
    ? [
        claimIdempotencyKey(db, idempotency.scope, idempotency.key, {
          requestHash: idempotency.requestHash,
          response: activity,
        }),
      ]
    : [];
  for (let restored = false; ; restored = true) {
    let items: TransactItem[] = [];
    const failed = await writeAll(db, () => {
      items = [...claim, ...activityCreateItems(db, activity)];
      return items;
    });
    if (failed.length === 0) return { activity, replayed: false };
    if (idempotency && failed.includes(0)) {
      const first = await getIdempotencyRecord(db, idempotency.scope, idempotency.key);
      if (first?.requestHash === idempotency.requestHash)
        return { activity: first.response as Activity, replayed: true };
      throw new IdempotencyKeyReusedError(idempotency.key);
    }
    const error = await referenceErrors(db, activity, failed, items, restored);
    if (error) throw error;
  }
}

/** Checks, on the stored record, that the caller may make the change (see shared/auth/policy.ts). */
export type Authorize = (current: Activity) => void;

export async function replaceActivity(
  db: Database,
  id: string,
  change: {
    input: ActivityInput;
    /** Server fields the client sent back as it read them: each must hold the stored value. */
    echoed?: EchoedServerFields;
    expectedVersion: number;
    actor: Actor;
    authorize: Authorize;
    /** What the audit entry calls the change: "update", or "import" for a spreadsheet's row. */
    action?: Extract<AuditAction, "update" | "import">;
    /** A new mentor of record (the caller's right to set it checked by `authorize`); the current one otherwise. */
    mentorId?: string;
  },
): Promise<Activity> {
  const current = await getActivity(db, id);
  change.authorize(current);
  assertVersion(current, change.expectedVersion);
  const changedServerFields = echoIssues(current, change.echoed ?? {});
  if (changedServerFields.length > 0) throw new ValidationError(changedServerFields);
  const { returnComment, ...kept } = current;
  const next: Activity = {
    ...change.input,
    id,
    year: reportingYear(change.input),
    status: current.status,
    ...((change.mentorId ?? kept.mentorId) && { mentorId: change.mentorId ?? kept.mentorId }),
    ...(returnComment && { returnComment }),
    version: current.version + 1,
    createdAt: current.createdAt,
    createdBy: current.createdBy,
    updatedAt: new Date().toISOString(),
    updatedBy: change.actor.id,
  };
  await writeVersioned(db, current, next, { action: change.action ?? "update", actor: change.actor });
  return next;
}

export async function setActivityStatus(
  db: Database,
  id: string,
  change: { status: ActivityStatus; expectedVersion: number; actor: Actor; authorize: Authorize; comment?: string },
): Promise<Activity> {
  const current = await getActivity(db, id);
  change.authorize(current);
  assertVersion(current, change.expectedVersion);
  assertTransition(current.status, change.status, change.comment);
  const { returnComment: _previousComment, ...rest } = current;
  const next: Activity = {
    ...rest,
    status: change.status,
    // A returned record carries the manager's comment until its mentor submits it again.
    ...(change.status === "draft" && change.comment && { returnComment: change.comment }),
    version: current.version + 1,
    updatedAt: new Date().toISOString(),
    updatedBy: change.actor.id,
  };
  await writeVersioned(db, current, next, { action: "status", actor: change.actor, comment: change.comment });
  return next;
}

export async function deleteActivity(
  db: Database,
  id: string,
  change: { expectedVersion: number; actor: Actor; authorize: Authorize },
): Promise<void> {
  const current = await getActivity(db, id);
  change.authorize(current);
  assertVersion(current, change.expectedVersion);
  await writeVersioned(db, current, undefined, { action: "delete", actor: change.actor });
}

export type ActivityFilter = {
  year?: number;
  theme?: Theme;
  country?: string;
  donor?: string;
  mentor?: string;
};

/** The documented read patterns; any other combination of filters is refused, never scanned. */
export async function listActivities(db: Database, filter: ActivityFilter, page: PageRequest) {
  const { year, theme } = filter;
  if (filter.country || filter.donor) {
    if (year === undefined) throw filterError("country and donor lists need a year");
    if (filter.country && filter.donor) throw filterError("filter by country or by donor, not both");
    if (filter.mentor) throw filterError("filter by mentor or by country/donor, not both");
    const links = filter.country
      ? model.countryLink.key.query({ country: filter.country, year, theme })
      : model.donorLink.key.query({ donor: filter.donor as string, year, theme });
    const result = await queryPage(db, { ...links, keysOnly: true }, page);
    return { items: await getActivities(db, result.items.map(linkedActivityId)), nextCursor: result.nextCursor };
  }
  if (filter.mentor) {
    if (theme && year === undefined) throw filterError("a mentor's list by theme needs a year");
    const result = await queryPage(
      db,
      {
        ...model.activity.indexes.activitiesByMentor.query({ mentorId: filter.mentor, year, theme }),
        newestFirst: true,
      },
      page,
    );
    return { items: result.items.map(toRecord<Activity>), nextCursor: result.nextCursor };
  }
  if (year === undefined) throw filterError("give a year, or a mentor");
  const result = await queryPage(db, model.activity.indexes.activitiesByYear.query({ year, theme }), page);
  return { items: result.items.map(toRecord<Activity>), nextCursor: result.nextCursor };
}

/** Fetches activities by id in the order given, skipping any deleted since they were listed. */
export async function getActivities(db: Database, ids: string[]): Promise<Activity[]> {
  const found = new Map(
    (await batchGet(db, ids.map(activityKey))).map((item) => {
      const activity = toRecord<Activity>(item);
      return [activity.id, activity] as const;
    }),
  );
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** The validation queue: submitted activities, oldest submission first, one Query per page. */
export async function listSubmittedActivities(db: Database, page: PageRequest) {
  const result = await queryPage(db, model.activity.indexes.activitiesByStatus.query({ status: "submitted" }), page);
  return { items: result.items.map(toRecord<Activity>), nextCursor: result.nextCursor };
}

/**
 * The link items that list an activity under each of its countries and donors (keys only): a list
 * reads the links, then fetches the activities by id.
 */
export function linkKeys(activity: Activity): Key[] {
  return [
    ...activity.countries.map((country) => model.countryLink.key.of({ ...activity, country })),
    ...activity.donors.map((donor) => model.donorLink.key.of({ ...activity, donor })),
  ];
}

function versionCondition(expectedVersion: number) {
  return {
    ConditionExpression: VERSION_MATCHES,
    ExpressionAttributeNames: { "#version": "version" },
    ExpressionAttributeValues: { ":expectedVersion": expectedVersion },
  };
}

function assertVersion(current: Activity, expectedVersion: number) {
  if (current.version !== expectedVersion) {
    throw new VersionConflictError(ENTITY, current.id, current.version, expectedVersion);
  }
}

/**
 * Writes a new state of an activity (or its deletion), conditioned on the version read, with the
 * links, reference counts, totals and audit entry that change with it, all or nothing.
 */
async function writeVersioned(
  db: Database,
  current: Activity,
  next: Activity | undefined,
  audit: { action: AuditAction; actor: Actor; comment?: string },
) {
  const head: TransactItem = next
    ? { Put: { TableName: db.tableName, Item: storedItem(model.activity, next), ...versionCondition(current.version) } }
    : { Delete: { TableName: db.tableName, Key: activityKey(current.id), ...versionCondition(current.version) } };
  const before = new Map(linkKeys(current).map((key) => [`${key.pk}|${key.sk}`, key]));
  const after = new Map((next ? linkKeys(next) : []).map((key) => [`${key.pk}|${key.sk}`, key]));
  const build = (): TransactItem[] => [
    head,
    ...[...before].filter(([id]) => !after.has(id)).map(([, Key]) => ({ Delete: { TableName: db.tableName, Key } })),
    ...[...after].filter(([id]) => !before.has(id)).map(([, Key]) => ({ Put: { TableName: db.tableName, Item: Key } })),
    ...citationChanges(db, current, next),
    ...aggregateUpdates(db, activityContribution(current), activityContribution(next)),
    ...donorTotalsUpdates(db, donorContributionDelta(current, next)),
    auditItem(db, { entity: ENTITY, recordId: current.id, ...audit, before: current, after: next }),
  ];
  for (let restored = false; ; restored = true) {
    let items: TransactItem[] = [];
    const failed = await writeAll(db, () => {
      items = build();
      return items;
    });
    if (failed.length === 0) return;
    if (failed.includes(0)) {
      const latest = await getActivity(db, current.id);
      throw new VersionConflictError(ENTITY, current.id, latest.version, current.version);
    }
    const error = next
      ? await referenceErrors(db, next, failed, items, restored)
      : new Error("activity write failed a condition");
    if (error) throw error;
  }
}

/** A citation less for each record the activity no longer cites, one more for each it now cites. */
function citationChanges(db: Database, current: Activity, next: Activity | undefined): TransactItem[] {
  const before = citedBy(current);
  const after = citedBy(next);
  return [
    ...[...before].filter(([name]) => !after.has(name)).map(([, cited]) => citationUpdate(db, cited, -1)),
    ...[...after].filter(([name]) => !before.has(name)).map(([, cited]) => citationUpdate(db, cited, +1)),
  ];
}

/**
 * Names the mentor or donors that a failed write cited but that do not exist. Undefined when they
 * all do, but some had no citation shards yet (a record stored before them): they have them now,
 * and the write may be tried again, once.
 */
async function referenceErrors(
  db: Database,
  activity: Activity,
  failed: number[],
  items: TransactItem[],
  restored: boolean,
): Promise<Error | undefined> {
  const cited = [...citedBy(activity).values()];
  const failing = cited.filter((record) => failed.some((index) => isCitationOf(db, items[index], record)));
  if (failing.length === 0) return new Error("activity write failed a condition");
  const unknown = restored ? failing : await restoreShards(db, failing);
  if (unknown.length === 0) return undefined;
  return new ValidationError(unknown.map((record) => referenceIssue(activity, record)));
}

function referenceIssue(activity: Activity, record: Cited) {
  if (record.type === "MENTOR") return { path: "mentorId", message: `unknown mentor "${record.id}"` };
  return { path: `donors.${activity.donors.indexOf(record.id)}`, message: `unknown donor "${record.id}"` };
}

function filterError(message: string) {
  return new ValidationError([{ path: "query", message }]);
}
