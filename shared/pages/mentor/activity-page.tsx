// One activity as its mentor logged it: where the form's confirmation and the list's titles lead.
import type { Identity } from "../../auth/identity";
import { canEdit, canReadHistory, canSubmit } from "../../auth/policy";
import type { Activity } from "../../domain/activity";
import { regionName } from "../../domain/countries";
import { countriesText, outcomeText, participantsText, professionsText } from "../../language/activity-figures";
import { countryPhrase } from "../../language/country-phrases";
import { formatDateRange } from "../../language/dates";
import { LANGUAGES, type Language } from "../../language/languages";
import { kindLabel, themeLabel } from "../../language/vocabulary-labels";
import { Page } from "../layout";
import { historyPath, RECORDS_PATH } from "../manager/paths";
import { RECORDS_WORDS } from "../manager/records-words";
import { EditLink, MentorStyle, PendingRegion, ReturnComment, SubmitButton, statusOf } from "./activity-bits";
import { ASSETS } from "./assets";
import { activityPath, LIST_PATH } from "./paths";
import { MENTOR_WORDS } from "./words";

function Row({ term, value, lang }: { term: string; value: string | undefined; lang?: string }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd lang={lang}>{value}</dd>
    </>
  );
}

/** What the page says first: the form it comes from stored a new activity, or saved changes. */
export type ActivityNotice = "created" | "saved";

export function ActivityPage(props: {
  language: Language;
  identity: Identity;
  activity: Activity;
  notice?: ActivityNotice;
}) {
  const { language, identity, activity, notice } = props;
  const words = MENTOR_WORDS[language];
  const v = words.view;
  const participants = activity.participants;
  return (
    <Page
      title={activity.title}
      language={language}
      identity={identity}
      path={activityPath(activity.id)}
      scripts={[ASSETS.pages]}
    >
      <MentorStyle />
      <PendingRegion words={words} identity={identity} />
      {notice && (
        <p class="notice ok" role="status" data-once>
          {notice === "created" ? v.created : words.edit.saved}
        </p>
      )}
      <ReturnComment activity={activity} words={words} />
      <dl class="record">
        <Row term={v.status} value={statusOf(activity, words)} />
        <Row term={v.kind} value={kindLabel(activity.kind, language)} />
        <Row term={v.theme} value={themeLabel(activity.theme, language)} />
        <Row term={v.dates} value={formatDateRange(activity.startDate, activity.endDate, language)} />
        <Row
          term={v.countries}
          value={activity.countries.map((code) => countryPhrase(code, language, "name")).join(", ")}
        />
        <Row term={v.region} value={activity.region && regionName(activity.region, language)} />
        <Row term={v.place} value={activity.place} />
        <Row term={v.partners} value={activity.partners.join(", ")} />
        <Row term={v.participants} value={participants && participantsText(participants, language)} />
        <Row term={v.professions} value={participants && professionsText(participants, language)} />
        <Row term={v.byCountry} value={participants && countriesText(participants, language)} />
        <Row
          term={v.outcomes}
          value={activity.outcomes.map((outcome) => outcomeText(outcome, language)).join(v.separator)}
        />
        {LANGUAGES.map((textLanguage) => (
          <Row term={v.narrativeIn[textLanguage]} value={activity.narrative?.[textLanguage]} lang={textLanguage} />
        ))}
      </dl>
      {canEdit(identity, activity) && (
        <p>
          <EditLink activity={activity} words={words} />
        </p>
      )}
      {canSubmit(identity, activity) && <SubmitButton activity={activity} words={words} />}
      {canReadHistory(identity, activity) && (
        <p>
          <a href={historyPath(activity.id)}>{RECORDS_WORDS[language].history}</a>
        </p>
      )}
      <p>
        {/* A manager's list is every record, not a mentor's own. */}
        {identity.role === "mentor" ? (
          <a href={LIST_PATH}>{v.back}</a>
        ) : (
          <a href={RECORDS_PATH}>{RECORDS_WORDS[language].backToList}</a>
        )}
      </p>
    </Page>
  );
}
