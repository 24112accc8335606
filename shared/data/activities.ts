// Reads and writes of activities: the item, its country and donor links, and the reference
// counts that keep mentors and donors from being deleted while activities cite them.
import { randomUUID } from "node:crypto";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import {
  type Activity,
  type ActivityInput,
  type EchoedServerFields,
  echoIssues,
  reportingYear,
} from "../domain/activity";
import { activityContribution } from "../domain/aggregates";
import type { AuditAction } from "../domain/audit";
import { IdempotencyKeyReusedError, NotFoundError, ValidationError, VersionConflictError } from "../domain/errors";
import type { ActivityStatus, Theme } from "../domain/vocabulary";
import { assertTransition } from "../domain/workflow";
import { aggregateUpdates } from "./aggregates";
import { type Actor, auditItem } from "./audit";
import { batchGet } from "./batch-get";
import type { Database } from "./client";
import { claimIdempotencyKey, getIdempotencyRecord } from "./idempotency";
import { type Key, linkedActivityId, model, storedItem } from "./model";
import { type PageRequest, queryPage } from "./query";
import { type TransactItem, toRecord, writeAll } from "./transaction";

const ENTITY = "Activity";

// A write only lands on the version the client read; anything else is someone else's change.
const VERSION_MATCHES = "#version = :expectedVersion";
// A new id must not overwrite anything.
const IS_NEW = "attribute_not_exists(pk)";
// A cited mentor or donor must exist; its counter is what blocks deleting it while cited.
const EXISTS = "attribute_exists(pk)";

const activityKey = (id: string) => model.activity.key.of({ id });

export async function getActivity(db: Database, id: string): Promise<Activity> {
  const result = await db.client.send(new GetCommand({ TableName: db.tableName, Key: activityKey(id) }));
  if (!result.Item) throw new NotFoundError(ENTITY, id);
  return toRecord<Activity>(result.Item);
}

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
    ...referenceCountUpdates(db, activity, +1),
    ...aggregateUpdates(db, undefined, activityContribution(activity)),
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
  const items = [...claim, ...activityCreateItems(db, activity)];
  const failed = await writeAll(db, items);
  if (failed.length === 0) return { activity, replayed: false };
  if (idempotency && failed.includes(0)) {
    const first = await getIdempotencyRecord(db, idempotency.scope, idempotency.key);
    if (first?.requestHash === idempotency.requestHash) return { activity: first.response as Activity, replayed: true };
    throw new IdempotencyKeyReusedError(idempotency.key);
  }
  throw referenceErrors(activity, failed, items) ?? new Error("activity write failed a condition");
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
  const items: TransactItem[] = [
    head,
    ...[...before].filter(([id]) => !after.has(id)).map(([, Key]) => ({ Delete: { TableName: db.tableName, Key } })),
    ...[...after].filter(([id]) => !before.has(id)).map(([, Key]) => ({ Put: { TableName: db.tableName, Item: Key } })),
    ...referenceCountChanges(db, current, next),
    ...aggregateUpdates(db, activityContribution(current), activityContribution(next)),
    auditItem(db, { entity: ENTITY, recordId: current.id, ...audit, before: current, after: next }),
  ];
  const failed = await writeAll(db, items);
  if (failed.length === 0) return;
  if (failed.includes(0)) {
    const latest = await getActivity(db, current.id);
    throw new VersionConflictError(ENTITY, current.id, latest.version, current.version);
  }
  throw (next && referenceErrors(next, failed, items)) ?? new Error("activity write failed a condition");
}

type References = Pick<Activity, "mentorId" | "donors">;

function referencedKeys(activity: References | undefined): Map<string, Key> {
  if (!activity) return new Map();
  return new Map([
    ...(activity.mentorId
      ? [[`mentor:${activity.mentorId}`, model.mentor.key.of({ id: activity.mentorId })] as const]
      : []),
    ...activity.donors.map((donor) => [`donor:${donor}`, model.donor.key.of({ id: donor })] as const),
  ]);
}

function referenceCountUpdates(db: Database, activity: References, delta: 1 | -1): TransactItem[] {
  return [...referencedKeys(activity).values()].map((Key) => countUpdate(db, Key, delta));
}

function referenceCountChanges(db: Database, current: References, next: References | undefined): TransactItem[] {
  const before = referencedKeys(current);
  const after = referencedKeys(next);
  return [
    ...[...before].filter(([id]) => !after.has(id)).map(([, Key]) => countUpdate(db, Key, -1)),
    ...[...after].filter(([id]) => !before.has(id)).map(([, Key]) => countUpdate(db, Key, +1)),
  ];
}

function countUpdate(db: Database, Key: Key, delta: 1 | -1): TransactItem {
  return {
    Update: {
      TableName: db.tableName,
      Key,
      UpdateExpression: "ADD activityCount :delta",
      ConditionExpression: EXISTS,
      ExpressionAttributeValues: { ":delta": delta },
    },
  };
}

/** Names the mentor or donors that a failed write cited but that do not exist. */
function referenceErrors(activity: Activity, failed: number[], items: TransactItem[]) {
  const issues = failed.flatMap((index) => {
    const key = items[index]?.Update?.Key?.pk;
    if (typeof key !== "string") return [];
    if (key === model.mentor.key.of({ id: activity.mentorId ?? "" }).pk) {
      return [{ path: "mentorId", message: `unknown mentor "${activity.mentorId}"` }];
    }
    const donorIndex = activity.donors.findIndex((donor) => model.donor.key.of({ id: donor }).pk === key);
    return donorIndex >= 0
      ? [{ path: `donors.${donorIndex}`, message: `unknown donor "${activity.donors[donorIndex]}"` }]
      : [];
  });
  return issues.length > 0 ? new ValidationError(issues) : undefined;
}

function filterError(message: string) {
  return new ValidationError([{ path: "query", message }]);
}
