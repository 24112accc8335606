// Who may see and change what. Each rule is a plain function of the identity and the record, so
// routes stay thin and every rule can be tested on its own.
import { type Activity, type DonorActivity, DonorActivitySchema } from "../domain/activity";
import { ForbiddenError, NotFoundError } from "../domain/errors";
import type { ActivityStatus } from "../domain/vocabulary";
import { type Identity, isManager } from "./identity";

const ACTIVITY = "Activity";

/** Donors see only validated activities their organisation funds; anything else does not exist for them. */
export function assertCanRead(identity: Identity, activity: Activity): void {
  if (identity.role !== "donor") return;
  const funded = identity.donorId !== undefined && activity.donors.includes(identity.donorId);
  if (!funded || activity.status !== "validated") throw new NotFoundError(ACTIVITY, activity.id);
}

export function assertCanCreate(identity: Identity): void {
  if (identity.role === "donor") throw new ForbiddenError("donors read activities; mentors and managers log them");
  if (identity.role === "mentor" && !identity.mentorId) {
    throw new ForbiddenError("this mentor account is not bound to a mentor record: ask a manager");
  }
}

/** The mentor of record of an activity a user creates: a mentor logs their own, others none. */
export function mentorOfRecord(identity: Identity): string | undefined {
  return identity.role === "mentor" ? identity.mentorId : undefined;
}

/**
 * A mentor's own record. A mentor account bound to no mentor record owns nothing: the activities
 * managers log have no mentor either, and must not become that account's.
 */
function ownRecord(identity: Identity, activity: Activity): boolean {
  return identity.mentorId !== undefined && activity.mentorId === identity.mentorId;
}

/** Mentors change their own records while draft or submitted; managers change anything. */
export function assertCanEdit(identity: Identity, activity: Activity): void {
  assertCanRead(identity, activity);
  if (isManager(identity)) return;
  if (identity.role !== "mentor") throw new ForbiddenError("donors cannot change activities");
  if (!ownRecord(identity, activity)) throw new ForbiddenError("mentors change only the activities they logged");
  if (activity.status === "validated") {
    throw new ForbiddenError("a validated activity is part of the official record: ask a manager to change it");
  }
}

/** Mentors submit their drafts; only managers validate or return submitted records. */
export function assertCanMove(identity: Identity, activity: Activity, to: ActivityStatus): void {
  assertCanEdit(identity, activity);
  if (isManager(identity)) return;
  if (!(activity.status === "draft" && to === "submitted")) {
    throw new ForbiddenError("mentors submit their drafts; validating and returning records is for managers");
  }
}

/** The history is for managers and the record's own mentor. */
export function assertCanReadHistory(identity: Identity, activity: Activity): void {
  assertCanRead(identity, activity);
  if (isManager(identity)) return;
  if (identity.role === "mentor" && ownRecord(identity, activity)) return;
  throw new ForbiddenError("an activity's history is for managers and the mentor who logged it");
}

/** Lists: donors list only their organisation's activities. */
export function assertCanList(identity: Identity, filter: { donor?: string }): void {
  if (identity.role === "donor" && filter.donor !== identity.donorId) {
    throw new ForbiddenError(`donors list their organisation's activities: add donor=${identity.donorId}`);
  }
}

/** Mentors, labs, donors and published figures are managed by managers. */
export function assertCanManage(identity: Identity, what: string): void {
  if (!isManager(identity)) throw new ForbiddenError(`${what} are managed by programme managers`);
}

/** Reference records are for the programme's staff; a donor may read its own donor record only. */
export function assertCanReadReference(identity: Identity, what: string, donorId?: string): void {
  if (identity.role !== "donor") return;
  if (donorId !== undefined && donorId === identity.donorId) return;
  throw new ForbiddenError(`${what} are not shared with donors`);
}

export function assertCanReadAnnualReport(identity: Identity, preview: boolean): void {
  if (identity.role === "donor") throw new ForbiddenError("donors read the summary of what their organisation funds");
  if (preview && !isManager(identity)) throw new ForbiddenError("the preview with unvalidated records is for managers");
}

/** A donor reads its own organisation's summary; another donor's does not exist for it. */
export function assertCanReadDonorSummary(identity: Identity, donorId: string): void {
  if (identity.role === "donor" && identity.donorId !== donorId) throw new NotFoundError("Donor", donorId);
  if (identity.role === "mentor") throw new ForbiddenError("donor summaries are for managers and the donor");
}

/** What a donor may see of an activity: no internal notes, comments or staff identities. */
export function visibleTo(identity: Identity, activity: Activity): Activity | DonorActivity {
  return identity.role === "donor" ? DonorActivitySchema.parse(activity) : activity;
}
