// On a donor's management page: the activities of a year it funds, each with a button that says it
// no longer does, and a list of the year's other activities to record a new funding with. Each
// change is saved on the activity itself (setDonorFunding), at the version the page showed.
import type { Context } from "hono";
import type { Activity } from "../../domain/activity";
import { NotFoundError } from "../../domain/errors";
import type { AppEnv, Deps } from "../../http/context";
import { formatDateRange } from "../../language/dates";
import { localFieldIssues } from "../../language/issues";
import type { Language } from "../../language/languages";
import { activityForStaff, allActivities, withDonorFunding } from "../../use-cases/activities";
import { yearsWithRecords } from "../../use-cases/reports";
import { activityPath } from "../mentor/paths";
import { latestYear, pageYear } from "../year";
import { MANAGE_PATH } from "./manage-kinds";
import { MANAGE_WORDS, type ManageWords } from "./manage-words";

const fundingAction = (donorId: string) => `${MANAGE_PATH}/donors/${encodeURIComponent(donorId)}/funding`;
const tag = (activity: Activity) => `${activity.id}:${activity.version}`;

/**
 * Why a funding could not be saved on `activity`, in the page's language: what the activity's
 * schema says of the activity with the donor added or taken off (its donors over the limit), or,
 * where the schema accepts it, a donor the write found missing.
 */
export function fundingProblem(
  activity: Activity,
  change: { donorId: string; funds: boolean },
  words: ManageWords,
  language: Language,
): string {
  const { parsed } = withDonorFunding(activity, change);
  const field = (path: string) => (path.split(".")[0] === "donors" ? words.funding.donorsField : path);
  const why = parsed.success
    ? words.funding.unknownDonor
    : words.funding.issues(
        localFieldIssues(parsed.error, language).map((issue) => ({ field: field(issue.path), message: issue.message })),
      );
  return words.funding.refused(activity.title, why);
}

/** After a change, what became of the activity, read from the record rather than the address. */
export async function fundingNotice(c: Context<AppEnv>, deps: Deps, donorId: string, words: ManageWords) {
  for (const [parameter, funded, says] of [
    ["funded", true, words.funding.added],
    ["unfunded", false, words.funding.removedFunding],
  ] as const) {
    const id = c.req.query(parameter);
    if (!id) continue;
    try {
      const activity = await activityForStaff(deps, c.get("identity"), id);
      return activity.donors.includes(donorId) === funded ? says(activity.title) : undefined;
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
  return undefined;
}

/** The section itself: the year's two reads (the donor's links, the year's index), then the forms. */
export async function DonorFunding(props: { c: Context<AppEnv>; deps: Deps; donorId: string; language: Language }) {
  const { c, deps, donorId, language } = props;
  const identity = c.get("identity");
  const words = MANAGE_WORDS[language].funding;
  const year = pageYear(c, latestYear(await yearsWithRecords(deps, identity, true))) ?? latestYear([]);
  const [funded, ofYear] = await Promise.all([
    allActivities(deps, identity, { donor: donorId, year }),
    allActivities(deps, identity, { year }),
  ]);
  const fundedIds = new Set(funded.map((activity) => activity.id));
  const others = ofYear
    .filter((activity) => !fundedIds.has(activity.id))
    .sort((a, b) => a.title.localeCompare(b.title, language));
  const now = new Date().getUTCFullYear() + 1;
  const years = Array.from({ length: now - 2019 + 1 }, (_, index) => now - index);
  const line = (activity: Activity) => formatDateRange(activity.startDate, activity.endDate, language);
  return (
    <section id="donor-funding" aria-labelledby="donor-funding-heading">
      <h2 id="donor-funding-heading">{words.heading(year)}</h2>
      <p class="hint">{words.hint}</p>
      <form method="get" action={`${MANAGE_PATH}/donors/${encodeURIComponent(donorId)}`} class="no-print inline-form">
        <label for="funding-year">{words.year}</label>
        <select id="funding-year" name="year" class="year-select">
          {years.map((option) => (
            <option value={String(option)} selected={option === year}>
              {option}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="secondary">
          {words.show}
        </button>
      </form>
      {funded.length === 0 && <p>{words.none(year)}</p>}
      <ol class="records funded">
        {funded.map((activity) => (
          <li class="card" data-activity-id={activity.id}>
            <p>
              <a href={activityPath(activity.id)}>{activity.title}</a>
            </p>
            <p class="hint">{line(activity)}</p>
            <form method="post" action={fundingAction(donorId)}>
              <input type="hidden" name="activity" value={tag(activity)} />
              <input type="hidden" name="funds" value="false" />
              <input type="hidden" name="year" value={String(year)} />
              <button type="submit" class="secondary">
                {words.remove}
                <span class="vh">: {activity.title}</span>
              </button>
            </form>
          </li>
        ))}
      </ol>
      {others.length === 0 ? (
        <p>{words.noneToAdd}</p>
      ) : (
        <form method="post" action={fundingAction(donorId)} id="funding-add" class="no-print">
          <input type="hidden" name="funds" value="true" />
          <input type="hidden" name="year" value={String(year)} />
          <label for="funding-activity">{words.add}</label>
          <select id="funding-activity" name="activity">
            {others.map((activity) => (
              <option value={tag(activity)}>{`${activity.title} (${line(activity)})`}</option>
            ))}
          </select>
          <p>
            <button type="submit">{words.addButton}</button>
          </p>
        </form>
      )}
    </section>
  );
}
