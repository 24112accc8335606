// Who may see and change what. Each rule is a plain function of the identity and the record that
// names why it refuses, or nothing when it allows; `can…` asks it (the pages, to show a button
// exactly where the action is allowed) and `assertCan…` enforces it (the use cases). One rule, two
// readings: a button and the rule behind it cannot disagree.
import type { Activity, DonorActivity } from "../domain/activity";
import { ForbiddenError, NotFoundError } from "../domain/errors";
import type { JobCaller } from "../domain/import-job";
import type { ActivityStatus } from "../domain/vocabulary";
import { type Identity, isManager } from "./identity";

const ACTIVITY = "Activity";

type Refusal = ForbiddenError | NotFoundError;
type Rule<A extends unknown[]> = (identity: Identity, ...args: A) => Refusal | undefined;

const allows =
  <A extends unknown[]>(rule: Rule<A>) =>
  (identity: Identity, ...args: A): boolean =>
    rule(identity, ...args) === undefined;

const enforces =
  <A extends unknown[]>(rule: Rule<A>) =>
  (identity: Identity, ...args: A): void => {
    const refusal = rule(identity, ...args);
    if (refusal) throw refusal;
  };

/** Donors see only validated activities their organisation funds; anything else does not exist for them. */
const readActivity: Rule<[Activity]> = (identity, activity) => {
  if (identity.role !== "donor") return undefined;
  const funded = identity.donorId !== undefined && activity.donors.includes(identity.donorId);
  return funded && activity.status === "validated" ? undefined : new NotFoundError(ACTIVITY, activity.id);
};

const logActivities: Rule<[]> = (identity) => {
  if (identity.role === "donor") return new ForbiddenError("donors read activities; mentors and managers log them");
  if (identity.role === "mentor" && !identity.mentorId) {
    return new ForbiddenError("this mentor account is not bound to a mentor record: ask a manager");
  }
  return undefined;
};

/** Whether the caller's role may change activities at all: checked before a request body is read. */
const changeActivities: Rule<[]> = (identity) =>
  identity.role === "donor" ? new ForbiddenError("donors cannot change activities") : undefined;

/**
 * A mentor's own record. A mentor account bound to no mentor record owns nothing: the activities
 * managers log have no mentor either, and must not become that account's.
 */
function ownRecord(identity: Identity, activity: Activity): boolean {
  return identity.mentorId !== undefined && activity.mentorId === identity.mentorId;
}

/** Mentors change their own records while draft or submitted; managers change anything. */
const editActivity: Rule<[Activity]> = (identity, activity) => {
  const unseen = readActivity(identity, activity);
  if (unseen) return unseen;
  if (isManager(identity)) return undefined;
  if (identity.role !== "mentor") return new ForbiddenError("donors cannot change activities");
  if (!ownRecord(identity, activity)) return new ForbiddenError("mentors change only the activities they logged");
  if (activity.status === "validated") {
    return new ForbiddenError("a validated activity is part of the official record: ask a manager to change it");
  }
  return undefined;
};

/** Who a record's mentor is, once it exists, is for managers to change: a mentor cannot give a record away. */
const assignMentor: Rule<[Activity]> = (identity, activity) => {
  const refused = editActivity(identity, activity);
  if (refused) return refused;
  return isManager(identity) ? undefined : new ForbiddenError("a record's mentor is changed by programme managers");
};

/** Mentors submit their drafts; only managers validate or return submitted records. */
const moveActivity: Rule<[Activity, ActivityStatus]> = (identity, activity, to) => {
  const refused = editActivity(identity, activity);
  if (refused || isManager(identity)) return refused;
  return activity.status === "draft" && to === "submitted"
    ? undefined
    : new ForbiddenError("mentors submit their drafts; validating and returning records is for managers");
};

/** A record can be submitted when it is a draft and the caller may move it so. */
const submitActivity: Rule<[Activity]> = (identity, activity) =>
  activity.status === "draft"
    ? moveActivity(identity, activity, "submitted")
    : new ForbiddenError("only a draft is submitted for validation");

/** The history is for managers and the record's own mentor. */
const readHistory: Rule<[Activity]> = (identity, activity) => {
  const unseen = readActivity(identity, activity);
  if (unseen) return unseen;
  if (isManager(identity) || (identity.role === "mentor" && ownRecord(identity, activity))) return undefined;
  return new ForbiddenError("an activity's history is for managers and the mentor who logged it");
};

/** Lists: donors list only their organisation's activities. */
const listActivities: Rule<[{ donor?: string }]> = (identity, filter) =>
  identity.role === "donor" && filter.donor !== identity.donorId
    ? new ForbiddenError(`donors list their organisation's activities: add donor=${identity.donorId}`)
    : undefined;

/** Mentors, labs, donors and published figures are managed by managers. */
const manage: Rule<[string]> = (identity, what) =>
  isManager(identity) ? undefined : new ForbiddenError(`${what} are managed by programme managers`);

/** Reference records are for the programme's staff; a donor may read its own donor record only. */
const readReference: Rule<[string, string?]> = (identity, what, donorId) => {
  if (identity.role !== "donor") return undefined;
  if (donorId !== undefined && donorId === identity.donorId) return undefined;
  return new ForbiddenError(`${what} are not shared with donors`);
};

const readAnnualReport: Rule<[boolean]> = (identity, preview) => {
  if (identity.role === "donor") return new ForbiddenError("donors read the summary of what their organisation funds");
  if (preview && !isManager(identity)) {
    return new ForbiddenError("the preview with unvalidated records is for managers");
  }
  return undefined;
};

/** The validation queue and the year's dashboard are the managers'. */
const reviewRecords: Rule<[]> = (identity) =>
  isManager(identity)
    ? undefined
    : new ForbiddenError("the validation queue and the year's totals are for programme managers");

/** A year's activities, with their internal fields, are for the programme's managers. */
const exportActivities: Rule<[]> = (identity) =>
  isManager(identity) ? undefined : new ForbiddenError("exports of a year's activities are for programme managers");

/** A donor reads its own organisation's summary; another donor's does not exist for it. */
const readDonorSummary: Rule<[string]> = (identity, donorId) => {
  if (identity.role === "donor" && identity.donorId !== donorId) return new NotFoundError("Donor", donorId);
  if (identity.role === "mentor") return new ForbiddenError("donor summaries are for managers and the donor");
  return undefined;
};

/** The IATI file: managers publish any donor's or the whole year's; a donor reads its own only. */
const exportIati: Rule<[string | undefined]> = (identity, donorId) => {
  if (identity.role === "donor") {
    return donorId === identity.donorId ? undefined : new NotFoundError("Donor", donorId ?? "");
  }
  return isManager(identity) ? undefined : new ForbiddenError("the IATI file is for programme managers and donors");
};

/** Whether the role may ask for an IATI file at all: checked before the query is read. */
const exportIatiAtAll: Rule<[]> = (identity) =>
  identity.role === "mentor" ? new ForbiddenError("the IATI file is for programme managers and donors") : undefined;

/** An import job is read by who started it, and by managers; to anyone else it does not exist. */
const readImportJob: Rule<[{ id: string; caller: JobCaller }]> = (identity, job) =>
  isManager(identity) || job.caller.id === identity.id ? undefined : new NotFoundError("Import", job.id);

export const canRead = allows(readActivity);
export const assertCanReadImportJob = enforces(readImportJob);
export const assertCanRead = enforces(readActivity);
export const assertCanCreate = enforces(logActivities);
export const assertCanChangeActivities = enforces(changeActivities);
export const canEdit = allows(editActivity);
export const assertCanEdit = enforces(editActivity);
export const assertCanMove = enforces(moveActivity);
export const assertCanAssignMentor = enforces(assignMentor);
export const canSubmit = allows(submitActivity);
export const canReadHistory = allows(readHistory);
export const assertCanReadHistory = enforces(readHistory);
export const assertCanList = enforces(listActivities);
export const assertCanManage = enforces(manage);
export const assertCanReadReference = enforces(readReference);
export const assertCanReadAnnualReport = enforces(readAnnualReport);
export const assertCanReview = enforces(reviewRecords);
export const assertCanReadDonorSummary = enforces(readDonorSummary);
export const assertCanExportActivities = enforces(exportActivities);
export const assertCanExportIati = enforces(exportIati);
export const assertCanAskForIati = enforces(exportIatiAtAll);

/** The mentor of record of an activity a user creates: a mentor logs their own, others none. */
export function mentorOfRecord(identity: Identity): string | undefined {
  return identity.role === "mentor" ? identity.mentorId : undefined;
}

/**
 * What the user may see of an activity: a donor, no internal notes, comments or staff identities.
 * The donor's schema (zod) loads with a donor's first read, not with every read of a record.
 */
export async function viewFor(identity: Identity): Promise<(activity: Activity) => Activity | DonorActivity> {
  if (identity.role !== "donor") return (activity) => activity;
  const { DonorActivitySchema } = await import("../domain/activity");
  return (activity) => DonorActivitySchema.parse(activity);
}
