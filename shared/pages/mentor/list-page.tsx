// "My activities": the signed-in mentor's records, newest first, with what each awaits.
import { type Identity, isManager } from "../../auth/identity";
import { canEdit, canSubmit } from "../../auth/policy";
import type { Activity } from "../../domain/activity";
import type { Language } from "../../domain/countries";
import { kindLabel } from "../../language/vocabulary-labels";
import { formatDateRange } from "../../report/render/labels";
import { Page } from "../layout";
import { EditLink, MentorStyle, ReturnComment, SubmitButton, statusOf } from "./activity-bits";
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
};

function Table({
  activities,
  identity,
  language,
  words,
}: Required<Pick<Props, "activities">> & Props & { words: MentorWords }) {
  const columns = words.list.columns;
  return (
    <div class="table-wrap">
      <table>
        <caption>{words.list.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.dates}</th>
            <th scope="col">{columns.kind}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.action}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr id={`activity-${activity.id}`}>
              <th scope="row">
                <a href={activityPath(activity.id)}>{activity.title}</a>
              </th>
              <td>{formatDateRange(activity.startDate, activity.endDate, language)}</td>
              <td>{kindLabel(activity.kind, language)}</td>
              <td>
                {statusOf(activity, words)}
                <ReturnComment activity={activity} words={words} />
              </td>
              <td class="actions">
                {canEdit(identity, activity) && <EditLink activity={activity} words={words} named />}
                {canSubmit(identity, activity) && <SubmitButton activity={activity} words={words} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ListPage(props: Props) {
  const { language, identity, activities, nextCursor, notice } = props;
  const words = MENTOR_WORDS[language];
  return (
    <Page title={words.list.title} language={language} identity={identity} path={LIST_PATH}>
      <MentorStyle />
      {notice && (
        <p class={`notice ${notice.ok ? "ok" : "bad"}`} role={notice.ok ? "status" : "alert"}>
          {notice.text}
        </p>
      )}
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
          <Table {...props} activities={activities} words={words} />
        ))}
      {nextCursor && (
        <p>
          <a href={`${LIST_PATH}?cursor=${encodeURIComponent(nextCursor)}`}>{words.list.more}</a>
        </p>
      )}
    </Page>
  );
}
