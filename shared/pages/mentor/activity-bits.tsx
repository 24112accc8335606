// Pieces shared by the list and the activity page: dates, the status in words, the manager's
// comment on a returned record, the button that submits a draft and the link that corrects it.
import type { Identity } from "../../auth/identity";
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
    <form method="post" action={submitPath(activity.id)} data-submit={activity.id} data-title={activity.title}>
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

/** JSON inside a script element may not hold "</script>". */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** Settings a page's script reads: JSON in a script element that is never run, so a strict CSP can stay. */
export function SettingsScript({ id, value }: { id: string; value: unknown }) {
  return <script type="application/json" id={id} dangerouslySetInnerHTML={{ __html: scriptJson(value) }} />;
}

/**
 * What the list and the activity pages need for their script: its settings, and the place where
 * it says what waits to be submitted, what was, and that the page is shown as last seen offline.
 */
export function PendingRegion({ words, identity }: { words: MentorWords; identity: Identity }) {
  return (
    <>
      <SettingsScript id="pages-settings" value={{ words: words.pages, user: identity.id }} />
      <section id="pending" aria-live="polite" aria-label={words.form.outbox}></section>
    </>
  );
}
