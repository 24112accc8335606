// What people do with activities: log, read, list, correct, submit, validate or return, remove,
// and read the history. Each checks the policy first, then what only the stored record can say
// (its version, its workflow, the records it cites), then writes.
import { actorOf } from "../auth/identity";
import {
  assertCanChangeActivities,
  assertCanCreate,
  assertCanEdit,
  assertCanExportActivities,
  assertCanList,
  assertCanMove,
  assertCanRead,
  assertCanReadHistory,
  assertCanReview,
  canRead,
  mentorOfRecord,
  viewFor,
} from "../auth/policy";
import {
  type ActivityFilter,
  createActivity,
  deleteActivity,
  listActivities as listStoredActivities,
  listSubmittedActivities,
  newActivity,
  replaceActivity,
  setActivityStatus,
} from "../data/activities";
import { getActivity } from "../data/activity-item";
import { getHistory } from "../data/audit";
import { requestHash } from "../data/idempotency";
import type { PageRequest } from "../data/query";
import { readPages } from "../data/read-pages";
import {
  type Activity,
  type ActivityInput,
  ActivityInputSchema,
  type EchoedServerFields,
  splitEchoed,
} from "../domain/activity";
import {
  type ActivitySearch,
  matchesQueueFilter,
  type QueueFilter,
  type SearchResult,
  searchKey,
  searchPage,
} from "../domain/activity-search";
import { ValidationError } from "../domain/errors";
import { fieldIssues } from "../domain/field-issues";
import type { ActivityStatus } from "../domain/vocabulary";
import type { Caller, UseCaseDeps } from "./context";

export type { ActivityFilter } from "../data/activities";

/**
 * How a retried creation is recognised. "refuse": the same key with another body is an error (the
 * API, as the IETF draft says). "newRecord": the key stands for one rendering of a form, so the same
 * form sent twice stores one activity and the form changed and sent again stores the new one.
 */
export type Idempotency = { key: string; onOtherBody: "refuse" | "newRecord" };

export async function logActivity(
  { db }: UseCaseDeps,
  caller: Caller,
  input: ActivityInput,
  idempotency?: Idempotency,
): Promise<{ activity: Activity; replayed: boolean }> {
  assertCanCreate(caller);
  const hash = requestHash(input);
  // Keys are per user: two mentors' phones may well pick the same one.
  const claim = idempotency && {
    scope: `activities#${caller.id}`,
    key:
      idempotency.onOtherBody === "newRecord"
        ? `${idempotency.key.slice(0, 64)}-${hash.slice(0, 32)}`
        : idempotency.key,
    requestHash: hash,
  };
  const activity = newActivity(input, actorOf(caller), { mentorId: mentorOfRecord(caller) });
  return createActivity(db, activity, claim);
}

/** The stored activity, for those who may change it (the edit form). */
export async function activityToEdit({ db }: UseCaseDeps, caller: Caller, id: string): Promise<Activity> {
  assertCanChangeActivities(caller);
  const activity = await getActivity(db, id);
  assertCanEdit(caller, activity);
  return activity;
}

/** The activity in full, for the staff's pages: mentors and managers read every record. */
export async function activityForStaff({ db }: UseCaseDeps, caller: Caller, id: string): Promise<Activity> {
  assertCanChangeActivities(caller);
  const activity = await getActivity(db, id);
  assertCanRead(caller, activity);
  return activity;
}

/** One page of a list; a page may hold fewer items than asked where the caller may not see some. */
export async function listActivities({ db }: UseCaseDeps, caller: Caller, filter: ActivityFilter, page: PageRequest) {
  assertCanList(caller, filter);
  const found = await listStoredActivities(db, filter, page);
  const readable = found.items.filter((activity) => canRead(caller, activity));
  return { ...found, items: readable.map(await viewFor(caller)) };
}

/** "My activities": the records of the caller's own mentor record, in full. */
export async function myActivities({ db }: UseCaseDeps, caller: Caller, page: PageRequest) {
  assertCanChangeActivities(caller);
  if (!caller.mentorId) return { items: [] as Activity[], nextCursor: undefined };
  return listStoredActivities(db, { mentor: caller.mentorId }, page);
}

/**
 * A manager's search: every page of the one indexed read that answers it (a year's, a country's,
 * a donor's or a mentor's activities), then the other criteria, the order and the page asked for.
 */
export async function searchActivities(
  { db }: UseCaseDeps,
  caller: Caller,
  search: ActivitySearch,
  collator: Intl.Collator,
): Promise<SearchResult> {
  assertCanExportActivities(caller);
  const answer = await readPages((page) => listStoredActivities(db, searchKey(search), page));
  return searchPage(answer, search, collator);
}

/** Every activity of a filter, with its internal fields, all pages read: the managers' exports. */
export async function allActivities({ db }: UseCaseDeps, caller: Caller, filter: ActivityFilter): Promise<Activity[]> {
  assertCanExportActivities(caller);
  return readPages((page) => listStoredActivities(db, filter, page));
}

export async function correctActivity(
  { db }: UseCaseDeps,
  caller: Caller,
  id: string,
  change: { input: ActivityInput; echoed?: EchoedServerFields; version: number },
): Promise<Activity> {
  assertCanChangeActivities(caller);
  return replaceActivity(db, id, {
    input: change.input,
    echoed: change.echoed,
    expectedVersion: change.version,
    actor: actorOf(caller),
    authorize: (current) => assertCanEdit(caller, current),
  });
}

/** Submit (mentors, their drafts), validate or return with a comment (managers). */
export async function moveActivity(
  { db }: UseCaseDeps,
  caller: Caller,
  id: string,
  change: { status: ActivityStatus; version: number; comment?: string },
): Promise<Activity> {
  assertCanChangeActivities(caller);
  return setActivityStatus(db, id, {
    status: change.status,
    comment: change.comment,
    expectedVersion: change.version,
    actor: actorOf(caller),
    authorize: (current) => assertCanMove(caller, current, change.status),
  });
}

export async function removeActivity({ db }: UseCaseDeps, caller: Caller, id: string, version: number) {
  assertCanChangeActivities(caller);
  await deleteActivity(db, id, {
    expectedVersion: version,
    actor: actorOf(caller),
    authorize: (current) => assertCanEdit(caller, current),
  });
}

export async function activityHistory({ db }: UseCaseDeps, caller: Caller, id: string) {
  assertCanReadHistory(caller, await getActivity(db, id));
  return getHistory(db, "Activity", id);
}

/** The validation queue, oldest submission first. */
export async function validationQueue({ db }: UseCaseDeps, caller: Caller, page: PageRequest) {
  assertCanReview(caller);
  return listSubmittedActivities(db, page);
}

/**
 * The whole validation queue narrowed by a filter, oldest submission first: the queue's own index
 * partition is read (it holds submitted records only), then filtered.
 */
export async function filteredValidationQueue({ db }: UseCaseDeps, caller: Caller, filter: QueueFilter) {
  assertCanReview(caller);
  const queue = await readPages((page) => listSubmittedActivities(db, page));
  return queue.filter((activity) => matchesQueueFilter(activity, filter));
}

/**
 * Records that a donor funds an activity, or no longer does: the activity is replaced, at the
 * version the caller read, with its donors changed and everything else as stored, under the same
 * rules as any correction (the donor must exist, at most ten donors).
 */
export async function setDonorFunding(
  deps: UseCaseDeps,
  caller: Caller,
  change: { activityId: string; donorId: string; funds: boolean; version: number },
): Promise<Activity> {
  const current = await activityToEdit(deps, caller, change.activityId);
  const { parsed, echoed } = withDonorFunding(current, change);
  if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
  return correctActivity(deps, caller, change.activityId, { input: parsed.data, echoed, version: change.version });
}

/**
 * An activity's input with a donor added to its donors or taken off them, checked by the activity's
 * schema (with the values typed, so that a page can name what is wrong in its own language).
 */
export function withDonorFunding(activity: Activity, change: { donorId: string; funds: boolean }) {
  const { version: _read, ...fields } = activity;
  const { input, echoed } = splitEchoed(fields);
  const donors = change.funds
    ? [...new Set([...input.donors, change.donorId])]
    : input.donors.filter((donor) => donor !== change.donorId);
  return { parsed: ActivityInputSchema.safeParse({ ...input, donors }, { reportInput: true }), echoed };
}
