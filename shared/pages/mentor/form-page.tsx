// "Log an activity": the form, its error summary, its confirmation and the queue of activities
// waiting on this device for the network.
import type { Identity } from "../../auth/identity";
import type { Language } from "../../domain/countries";
import type { Donor } from "../../domain/donor";
import { Page } from "../layout";
import { ASSETS } from "./assets";
import { errorId, type FormView } from "./form-fields";
import { ActivityGroup, PartnersGroup, WhereGroup } from "./form-groups";
import type { FormState } from "./form-state";
import { NarrativeGroup, OutcomesGroup } from "./outcomes-group";
import { ParticipantsGroup } from "./participants-group";
import { FORM_PATH } from "./paths";
import { slotLabel } from "./slot-labels";
import { MENTOR_WORDS } from "./words";

type Props = {
  language: Language;
  identity: Identity;
  donors: Donor[];
  state: FormState;
  /** Kept in a hidden field: a form sent twice without the script stores one activity. */
  idempotencyKey: string;
};

/** JSON inside a script element may not hold "</script>". */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

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

export function FormPage({ language, identity, donors, state, idempotencyKey }: Props) {
  const words = MENTOR_WORDS[language];
  const f: FormView = { state, words };
  const settings = { words: words.client, user: identity.id, locale: words.locale };
  return (
    <Page title={words.form.title} language={language} identity={identity} path={FORM_PATH} scripts={[ASSETS.script]}>
      <link rel="stylesheet" href={ASSETS.css} />
      <script type="application/json" id="form-settings" dangerouslySetInnerHTML={{ __html: scriptJson(settings) }} />
      <p>{words.form.intro}</p>
      <section id="outbox" aria-live="polite" aria-label={words.form.outbox}></section>
      <div id="form-success" class="notice ok" role="status" tabindex={-1} hidden></div>
      <ErrorSummary f={f} language={language} />
      <form id="activity-form" method="post" action={FORM_PATH} novalidate>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <ActivityGroup f={f} lang={language} />
        <WhereGroup f={f} lang={language} />
        <PartnersGroup f={f} donors={donors} />
        <ParticipantsGroup f={f} lang={language} />
        <OutcomesGroup f={f} />
        <NarrativeGroup f={f} />
        <p>
          <button type="submit">{words.form.save}</button>
        </p>
      </form>
    </Page>
  );
}
