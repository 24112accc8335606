// Pieces shared by the list and the activity page: dates, the status in words, the manager's
// comment on a returned record, the button that submits a draft and the link that corrects it.
import type { Activity } from "../../domain/activity";
import { ASSETS } from "./assets";
import { editPath, submitPath } from "./paths";
import type { MentorWords } from "./words";

/** A returned record is a draft with the manager's comment: it says so in words, not in colour. */
export function statusOf(activity: Activity, words: MentorWords): string {
  return activity.status === "draft" && activity.returnComment ? words.status.returned : words.status[activity.status];
}

/** The status's name for the style: returned stands apart from a plain draft. */
export function statusClass(activity: Activity): string {
  return activity.status === "draft" && activity.returnComment ? "returned" : activity.status;
}

export function ReturnComment({ activity, words }: { activity: Activity; words: MentorWords }) {
  if (activity.status !== "draft" || !activity.returnComment) return null;
  return (
    <p class="returned">
      <strong>{words.list.returnedBy}</strong> {activity.returnComment}
    </p>
  );
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

/** `named`: among other records' links (the list), the link says which record it corrects. */
export function EditLink({ activity, words, named }: { activity: Activity; words: MentorWords; named?: boolean }) {
  return (
    <a class="button secondary" href={editPath(activity.id)}>
      {words.edit.link}
      {named && <span class="vh">: {activity.title}</span>}
    </a>
  );
}

export const MentorStyle = () => <link rel="stylesheet" href={ASSETS.css} />;
