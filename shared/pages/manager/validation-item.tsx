// One submitted record in the validation queue: what a manager checks, and the two decisions.
import type { Activity } from "../../domain/activity";
import { LANGUAGES, type Language, regionName } from "../../domain/countries";
import { countriesText, outcomeText, participantsText, professionsText } from "../../language/activity-figures";
import { countryPhrase } from "../../language/country-phrases";
import { formatDate, formatDateRange } from "../../language/dates";
import { kindLabel, themeLabel } from "../../language/vocabulary-labels";
import { activityText } from "../../report/activity-text";
import { plainText } from "../../report/donor-summary";
import { BulkTick } from "./validation-forms";
import type { ManagerWords } from "./words";

/** What went wrong with a decision on this record, shown next to it. */
export type ItemProblem = { message: string; field?: "comment"; comment?: string };

type Props = {
  activity: Activity;
  language: Language;
  words: ManagerWords;
  /** Mentors' and donors' names by id. */
  names: ReadonlyMap<string, string>;
  problem?: ItemProblem;
};

export function QueueItem({ activity, language, words, names, problem }: Props) {
  const w = words.validation;
  const base = `activity-${activity.id}`;
  const titleId = `${base}-title`;
  const action = (name: string) => `/app/validation/${encodeURIComponent(activity.id)}/${name}`;
  const commentProblem = problem?.field === "comment";
  return (
    <li data-activity-id={activity.id} class="card">
      <article aria-labelledby={titleId}>
        <h2 id={titleId}>{activity.title}</h2>
        {problem && !commentProblem && (
          <p class="notice bad" role="alert">
            {problem.message}
          </p>
        )}
        <Facts activity={activity} language={language} words={words} names={names} />
        <h3>{w.narrative}</h3>
        {LANGUAGES.map((textLanguage) => (
          <div>
            <p class="hint">{w.narrativeIn[textLanguage]}</p>
            <blockquote lang={textLanguage}>
              <p>{plainText(activityText(activity, textLanguage))}</p>
            </blockquote>
          </div>
        ))}
        {activity.notes && (
          <>
            <h3>{w.notes}</h3>
            <p>{activity.notes}</p>
          </>
        )}
        <div class="no-print">
          <BulkTick id={activity.id} version={activity.version} title={activity.title} language={language} />
          <form method="post" action={action("validate")}>
            <input type="hidden" name="version" value={String(activity.version)} />
            <button type="submit" aria-describedby={titleId}>
              {w.validate}
            </button>
          </form>
          <form method="post" action={action("return")}>
            <input type="hidden" name="version" value={String(activity.version)} />
            <fieldset>
              <legend>{w.returnLegend}</legend>
              <label for={`${base}-comment`}>{w.comment}</label>
              <p class="hint" id={`${base}-comment-hint`}>
                {w.commentHint}
              </p>
              {commentProblem && (
                <p class="error" id={`${base}-comment-error`} role="alert">
                  {problem.message}
                </p>
              )}
              <textarea
                id={`${base}-comment`}
                name="comment"
                rows={3}
                required
                maxlength={2000}
                aria-invalid={commentProblem ? "true" : undefined}
                aria-describedby={`${base}-comment-hint${commentProblem ? ` ${base}-comment-error` : ""}`}
              >
                {problem?.comment ?? ""}
              </textarea>
              <p>
                <button type="submit" class="secondary" aria-describedby={titleId}>
                  {w.returnButton}
                </button>
              </p>
            </fieldset>
          </form>
        </div>
      </article>
    </li>
  );
}

/** The record's key fields as a definition list; absent fields are left out. */
function Facts({ activity, language, words, names }: Omit<Props, "problem">) {
  const nameOf = (id: string) => names.get(id) ?? id;
  const w = words.validation;
  const participants = activity.participants;
  const facts: [string, string | undefined][] = [
    [w.kind, kindLabel(activity.kind, language)],
    [w.theme, themeLabel(activity.theme, language)],
    [w.dates, formatDateRange(activity.startDate, activity.endDate, language)],
    [w.countries, activity.countries.map((iso3) => countryPhrase(iso3, language, "name")).join(", ") || undefined],
    [w.region, activity.region && regionName(activity.region, language)],
    [w.partners, activity.partners.join(", ") || undefined],
    [w.donors, activity.donors.map(nameOf).join(", ") || undefined],
    [w.participants, participants && participantsText(participants, language)],
    [w.professions, participants && professionsText(participants, language)],
    [w.byCountry, participants && countriesText(participants, language)],
    [w.outcomes, activity.outcomes.map((outcome) => outcomeText(outcome, language)).join("; ") || undefined],
    [w.mentor, activity.mentorId && nameOf(activity.mentorId)],
    [w.source, activity.source && `${activity.source.document}, ¶${activity.source.paragraph}`],
    [w.submitted, formatDate(activity.updatedAt, language)],
  ];
  return (
    <dl>
      {facts
        .filter((fact): fact is [string, string] => fact[1] !== undefined)
        .map(([term, value]) => (
          <>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </>
        ))}
    </dl>
  );
}
