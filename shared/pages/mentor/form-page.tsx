// The activity form, to log a new activity ("Log an activity", with its confirmation and the queue
// of activities waiting on this device for the network) or to correct a stored one ("Correct an
// activity", with the manager's comment and the version it was read at).
import type { Child } from "hono/jsx";
import type { Identity } from "../../auth/identity";
import type { Activity } from "../../domain/activity";
import type { Donor } from "../../domain/donor";
import type { Language } from "../../language/languages";
import { languageTable } from "../../language/tables";
import { Page } from "../layout";
import { ReturnComment, SettingsScript } from "./activity-bits";
import { ASSETS } from "./assets";
import { errorId, type FormView } from "./form-fields";
import { ActivityGroup, PartnersGroup, WhereGroup } from "./form-groups";
import type { FormState } from "./form-state";
import { NarrativeGroup, OutcomesGroup } from "./outcomes-group";
import { ParticipantsGroup } from "./participants-group";
import { activityPath, editPath, FORM_PATH } from "./paths";
import { slotLabel } from "./slot-labels";
import { MENTOR_WORDS, type MentorWords } from "./words";

export type FormMode =
  /** Kept in a hidden field: a form sent twice without the script stores one activity. */
  | { kind: "new"; idempotencyKey: string }
  /**
   * `record` as stored now (its id, its manager's comment); `version` is the one the form's values
   * were read at. `conflict`: the record changed since, and the form holds what was typed.
   */
  | { kind: "edit"; record: Activity; version: number; conflict?: boolean };

type Props = {
  language: Language;
  identity: Identity;
  donors: Donor[];
  state: FormState;
  mode: FormMode;
};

/** Each issue links to its message, next to the field; the script moves focus to the field itself. */
function ErrorSummary({ f, language }: { f: FormView; language: Language }) {
  const issues = [...f.state.issues.entries()];
  return (
    <div id="form-errors" class="notice bad" tabindex={-1} hidden={!issues.length} autofocus={issues.length > 0}>
      <h2>{f.words.form.errorsTitle}</h2>
      <ul>
        {issues.map(([slot, messages]) => (
          <li>
            {slot ? (
              <a href={`#${errorId(slot)}`}>{`${slotLabel(slot, f.words, language)} — ${messages.join(" ")}`}</a>
            ) : (
              messages.join(" ")
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Someone saved the record in between: nothing typed is lost, and the other change can be read. */
function Conflict({ record, words }: { record: Activity; words: MentorWords }) {
  return (
    <div id="form-conflict" class="notice bad" role="alert" tabindex={-1} autofocus>
      <p>
        {words.edit.conflict}{" "}
        <a href={activityPath(record.id)} target="_blank" rel="noopener">
          {words.edit.openCurrent}
        </a>
      </p>
      <p>{words.edit.saveAgain}</p>
    </div>
  );
}

/** The paths of the fields in each step: a step holding an error opens when the form comes back. */
const STEP_PATHS: Record<string, string[]> = {
  activity: ["kind", "theme", "title", "startDate", "endDate"],
  where: ["countries", "countryCount", "region", "place"],
  funding: ["partners", "donors"],
  participants: ["participants"],
  outcomes: ["topics", "outcomes"],
  narrative: ["narrative"],
};

const holds = (paths: string[], slot: string) => paths.some((path) => slot === path || slot.startsWith(`${path}.`));

/**
 * One step of the form, folded so that a phone shows the steps' names first; the script writes
 * what each holds next to its name. Without the script a step opens as any <details> does.
 */
function Step(props: { f: FormView; n: number; id: string; title: string; open?: boolean; children: Child }) {
  const { f, n, id, title, children } = props;
  const withIssue = [...f.state.issues.keys()].some((slot) => holds(STEP_PATHS[id] ?? [], slot));
  return (
    <details class="step" id={`step-${id}`} open={props.open || withIssue}>
      <summary>
        <span class="step-title">{`${n}. ${title}`}</span>
        <span class="step-summary"></span>
      </summary>
      {children}
    </details>
  );
}

/** What the form holds, step by step, for a last look before it is sent (filled in by the script). */
function Review({ words, save }: { words: MentorWords; save: string }) {
  return (
    <dialog id="form-review" aria-labelledby="review-title">
      <h2 id="review-title">{words.form.reviewTitle}</h2>
      <div id="review-body"></div>
      <p class="review-actions">
        <button type="button" id="review-send">
          {save}
        </button>
        <button type="button" class="secondary" id="review-back">
          {words.form.reviewBack}
        </button>
      </p>
    </dialog>
  );
}

export function FormPage({ language, identity, donors, state, mode }: Props) {
  const words = MENTOR_WORDS[language];
  const f: FormView = { state, words };
  const settings = { words: words.client, user: identity.id, locale: languageTable(language).locale };
  const edit = mode.kind === "edit" ? mode : undefined;
  const path = edit ? editPath(edit.record.id) : FORM_PATH;
  return (
    <Page
      title={edit ? words.edit.title : words.form.title}
      language={language}
      identity={identity}
      path={path}
      scripts={[ASSETS.script]}
    >
      <link rel="stylesheet" href={ASSETS.css} />
      <SettingsScript id="form-settings" value={settings} />
      {edit?.conflict && <Conflict record={edit.record} words={words} />}
      {edit && <ReturnComment activity={edit.record} words={words} />}
      <p>{edit ? words.edit.intro : words.form.intro}</p>
      {!edit && (
        <>
          <section id="outbox" aria-live="polite" aria-label={words.form.outbox}></section>
          <div id="form-success" class="notice ok" role="status" tabindex={-1} hidden></div>
        </>
      )}
      <ErrorSummary f={f} language={language} />
      <form id="activity-form" method="post" action={path} novalidate data-mode={edit ? "edit" : undefined}>
        {mode.kind === "edit" ? (
          <input type="hidden" name="version" value={String(mode.version)} />
        ) : (
          <input type="hidden" name="idempotencyKey" value={mode.idempotencyKey} />
        )}
        <Step f={f} n={1} id="activity" title={words.form.activity} open>
          <ActivityGroup f={f} lang={language} />
        </Step>
        <Step f={f} n={2} id="where" title={words.form.where}>
          <WhereGroup f={f} lang={language} />
        </Step>
        <Step f={f} n={3} id="funding" title={words.form.withWhom}>
          <PartnersGroup f={f} donors={donors} />
        </Step>
        <Step f={f} n={4} id="participants" title={words.form.participants}>
          <ParticipantsGroup f={f} lang={language} />
        </Step>
        <Step f={f} n={5} id="outcomes" title={words.form.topicsAndOutcomes}>
          <OutcomesGroup f={f} />
        </Step>
        <Step f={f} n={6} id="narrative" title={words.form.narrative}>
          <NarrativeGroup f={f} lang={language} />
        </Step>
        {/* Where the script says the form could not be sent, next to the button that sends it. */}
        {edit && <p id="form-offline" class="notice bad" role="alert" tabindex={-1} hidden></p>}
        <div class="savebar">
          <button type="submit">{edit ? words.edit.save : words.form.save}</button>
          {edit && <a href={activityPath(edit.record.id)}>{words.edit.cancel}</a>}
        </div>
      </form>
      <Review words={words} save={edit ? words.edit.save : words.form.save} />
    </Page>
  );
}
