// Pieces shared by the list and the activity page: dates, the status in words, the manager's
// comment on a returned record and the button that submits a draft.
import { type Identity, isManager } from "../../auth/identity";
import type { Activity } from "../../domain/activity";
import { ASSETS } from "./assets";
import { submitPath } from "./paths";
import type { MentorWords } from "./words";

export function datesOf(activity: Pick<Activity, "startDate" | "endDate">, words: MentorWords): string {
  const format = new Intl.DateTimeFormat(words.locale, { dateStyle: "medium", timeZone: "UTC" });
  const start = format.format(new Date(activity.startDate));
  return activity.endDate === activity.startDate ? start : `${start} – ${format.format(new Date(activity.endDate))}`;
}

/** A returned record is a draft with the manager's comment: it says so in words, not in colour. */
export function statusOf(activity: Activity, words: MentorWords): string {
  return activity.status === "draft" && activity.returnComment ? words.status.returned : words.status[activity.status];
}

export function ReturnComment({ activity, words }: { activity: Activity; words: MentorWords }) {
  if (activity.status !== "draft" || !activity.returnComment) return null;
  return (
    <p class="returned">
      <strong>{words.list.returnedBy}</strong> {activity.returnComment}
    </p>
  );
}

/** The rule of assertCanMove for a draft: its own mentor, or a manager. */
export function canSubmit(identity: Identity, activity: Activity): boolean {
  if (activity.status !== "draft") return false;
  return isManager(identity) || (identity.role === "mentor" && activity.mentorId === identity.mentorId);
}

export function SubmitButton({ activity, words }: { activity: Activity; words: MentorWords }) {
  return (
    <form method="post" action={submitPath(activity.id)}>
      <input type="hidden" name="version" value={String(activity.version)} />
      <button type="submit">
        {words.list.submit}
        <span class="vh">: {activity.title}</span>
      </button>
    </form>
  );
}

export const MentorStyle = () => <link rel="stylesheet" href={ASSETS.css} />;
