// "My activities": the signed-in mentor's records, newest first, with what each awaits.
import { type Identity, isManager } from "../../auth/identity";
import { canEdit, canSubmit } from "../../auth/policy";
import type { Activity } from "../../domain/activity";
import type { Language } from "../../domain/countries";
import { kindLabel } from "../../language/vocabulary-labels";
import { formatDateRange } from "../../report/render/labels";
import { Page } from "../layout";
import {
  EditLink,
  MentorStyle,
  PendingRegion,
  ReturnComment,
  SubmitButton,
  statusClass,
  statusOf,
} from "./activity-bits";
import { ASSETS } from "./assets";
import type { Notices } from "./notices";
import { activityPath, FORM_PATH, LIST_PATH } from "./paths";
import { MENTOR_WORDS, type MentorWords } from "./words";

export type Notice = { ok: boolean; text: string };

type Props = {
  language: Language;
  identity: Identity;
  /** Undefined when the account has no mentor record to list by. */
  activities?: Activity[];
  nextCursor?: string;
  notice?: Notice;
  /** What managers returned or validated since the last visit. */
  notices?: Notices;
};

/** Since the last visit: each record returned (with the manager's comment) or validated, linked. */
function SinceLastVisit({ notices, words }: { notices: Notices; words: MentorWords }) {
  const w = words.list.notices;
  if (notices.returned.length === 0 && notices.validated.length === 0) return null;
  return (
    <section id="notices" class="notice" aria-labelledby="notices-heading" data-once>
      <h2 id="notices-heading">{w.title}</h2>
      <ul>
        {notices.returned.map((activity) => (
          <li>
            <strong>{w.returned}</strong> <a href={activityPath(activity.id)}>{activity.title}</a>
            {" — "}
            {activity.returnComment}
          </li>
        ))}
        {notices.validated.map((activity) => (
          <li>
            <strong>{w.validated}</strong> <a href={activityPath(activity.id)}>{activity.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Each record a card, so that its status, the manager's comment and what can be done fit a phone. */
function Cards({
  activities,
  identity,
  language,
  words,
}: Required<Pick<Props, "activities">> & Props & { words: MentorWords }) {
  return (
    <section aria-labelledby="records-heading">
      <h2 id="records-heading">{words.list.caption}</h2>
      <ul class="records">
        {activities.map((activity) => (
          <li class="record-card" id={`activity-${activity.id}`}>
            <h3>
              <a href={activityPath(activity.id)}>{activity.title}</a>
            </h3>
            <p class="meta">
              {formatDateRange(activity.startDate, activity.endDate, language)} · {kindLabel(activity.kind, language)}
            </p>
            <p class={`status status-${statusClass(activity)}`}>
              <span class="vh">{words.list.statusIs} </span>
              {statusOf(activity, words)}
            </p>
            <ReturnComment activity={activity} words={words} />
            {(canEdit(identity, activity) || canSubmit(identity, activity)) && (
              <div class="actions">
                {canEdit(identity, activity) && <EditLink activity={activity} words={words} named />}
                {canSubmit(identity, activity) && <SubmitButton activity={activity} words={words} />}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ListPage(props: Props) {
  const { language, identity, activities, nextCursor, notice, notices } = props;
  const words = MENTOR_WORDS[language];
  return (
    <Page title={words.list.title} language={language} identity={identity} path={LIST_PATH} scripts={[ASSETS.pages]}>
      <MentorStyle />
      <PendingRegion words={words} identity={identity} />
      {notice && (
        <p class={`notice ${notice.ok ? "ok" : "bad"}`} role={notice.ok ? "status" : "alert"} data-once>
          {notice.text}
        </p>
      )}
      {notices && <SinceLastVisit notices={notices} words={words} />}
      {!activities && (
        <div class="notice">
          <p>{isManager(identity) ? words.list.managerNote : words.list.unboundNote}</p>
          {isManager(identity) && (
            <p>
              <a href="/app/dashboard">{words.list.dashboard}</a>
            </p>
          )}
        </div>
      )}
      <p>
        <a class="button" href={FORM_PATH}>
          {words.list.logNew}
        </a>
      </p>
      {activities &&
        (activities.length === 0 ? (
          <p>{words.list.empty}</p>
        ) : (
          <Cards {...props} activities={activities} words={words} />
        ))}
      {nextCursor && (
        <p>
          <a href={`${LIST_PATH}?cursor=${encodeURIComponent(nextCursor)}`}>{words.list.more}</a>
        </p>
      )}
    </Page>
  );
}
