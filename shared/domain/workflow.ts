// The validation workflow: draft → submitted → validated, or back to draft when returned.
import { ConflictError, ValidationError } from "./errors";
import type { ActivityStatus } from "./vocabulary";

const NEXT: Record<ActivityStatus, readonly ActivityStatus[]> = {
  draft: ["submitted"],
  submitted: ["validated", "draft"],
  validated: [],
};

export function canTransition(from: ActivityStatus, to: ActivityStatus): boolean {
  return NEXT[from].includes(to);
}

export function assertTransition(from: ActivityStatus, to: ActivityStatus, comment?: string): void {
  if (!canTransition(from, to)) {
    const allowed = NEXT[from];
    throw new ConflictError(
      `a ${from} activity cannot become ${to}` +
        (allowed.length ? `; it can become ${allowed.join(" or ")}` : "; it is final"),
      { status: from },
    );
  }
  // The mentor needs to know what to fix.
  if (from === "submitted" && to === "draft" && !comment?.trim()) {
    throw new ValidationError([{ path: "comment", message: "say why the record is returned to its mentor" }]);
  }
}
