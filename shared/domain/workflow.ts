// The validation workflow: draft → submitted → validated, or back to draft when returned.
import { ConflictError } from "./errors";
import type { ActivityStatus } from "./vocabulary";

const NEXT: Record<ActivityStatus, readonly ActivityStatus[]> = {
  draft: ["submitted"],
  submitted: ["validated", "draft"],
  validated: [],
};

export function canTransition(from: ActivityStatus, to: ActivityStatus): boolean {
  return NEXT[from].includes(to);
}

export function assertTransition(from: ActivityStatus, to: ActivityStatus): void {
  if (!canTransition(from, to)) {
    const allowed = NEXT[from];
    throw new ConflictError(
      `a ${from} activity cannot become ${to}` +
        (allowed.length ? `; it can become ${allowed.join(" or ")}` : "; it is final"),
      { status: from },
    );
  }
}
