// The managers' list of every activity of a year: words to look for, filters, an order and pages,
// as a GET form that works without scripts. One indexed read answers each search (see
// searchActivities); each record opens on its own page, and its history on another.
//
// Stable hooks for tests: form#records-search (inputs named as the query: q, year, theme, kind,
// country, mentor, donor, status, sort, order), #records-count, ol#records-list with
// li[data-activity-id], nav#records-pages.
import { Hono } from "hono";
import type { Identity } from "../../auth/identity";
import {
  type ActivitySearch,
  ActivitySearchSchema,
  SEARCH_SORTS,
  SEARCH_STATUSES,
  type SearchResult,
  statusOfRecord,
} from "../../domain/activity-search";
import { FIRST_YEAR } from "../../domain/aggregates";
import type { AppEnv, Deps } from "../../http/context";
import { countryPhrase } from "../../language/country-phrases";
import { formatDateRange } from "../../language/dates";
import type { Language } from "../../language/languages";
import { kindLabel, themeLabel } from "../../language/vocabulary-labels";
import { searchActivities } from "../../use-cases/activities";
import { donorCatalog, mentorCatalog } from "../../use-cases/catalog";
import { yearsWithRecords } from "../../use-cases/reports";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { countryOptions, kindOptions, type Option, themeOptions } from "../mentor/options";
import { activityPath } from "../mentor/paths";
import { countTogether } from "../together";
import { latestYear, withQuery } from "../year";
import { ManagerStyle } from "./manager-css";
import { historyPath, RECORDS_PATH } from "./paths";
import { RECORDS_WORDS, type RecordsWords } from "./records-words";

export function recordsPage(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get(RECORDS_PATH, pageFor("manager", "admin"), async (c) => {
    const identity = c.get("identity");
    const language = pageLanguage(c);
    const words = RECORDS_WORDS[language];
    const query = c.req.query();
    const year = query.year || String(latestYear(await yearsWithRecords(deps, identity, true)));
    const parsed = ActivitySearchSchema.safeParse({ ...query, year });
    const [mentors, donors] = await Promise.all([mentorCatalog.all(deps, identity), donorCatalog.all(deps, identity)]);
    const people = {
      mentors: mentors.map((mentor) => ({ value: mentor.id, label: mentor.name })),
      donors: donors.map((donor) => ({ value: donor.id, label: donor.name })),
    };
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      return c.html(
        <RecordsView language={language} identity={identity} words={words} people={people} problems={problems} />,
        400,
      );
    }
    const search = parsed.data;
    const result = await searchActivities(deps, identity, search, new Intl.Collator(language));
    return c.html(
      <RecordsView
        language={language}
        identity={identity}
        words={words}
        people={people}
        search={search}
        result={result}
      />,
    );
  });

  return app;
}

type People = { mentors: Option[]; donors: Option[] };

type ViewProps = {
  language: Language;
  identity: Identity;
  words: RecordsWords;
  people: People;
  search?: ActivitySearch;
  result?: SearchResult;
  problems?: string[];
};

/** The search's own address, with page `page`: only the criteria given, so that links stay short. */
function searchHref(search: ActivitySearch, page: number): string {
  const { year, q, theme, kind, country, mentor, donor, status, sort, order } = search;
  return withQuery(RECORDS_PATH, {
    year: String(year),
    q,
    theme,
    kind,
    country,
    mentor,
    donor,
    status,
    sort: sort === "date" ? undefined : sort,
    order: order === "asc" ? undefined : order,
    page: page === 1 ? undefined : String(page),
  });
}

function RecordsView({ language, identity, words, people, search, result, problems }: ViewProps) {
  const path = search ? searchHref(search, result?.page ?? 1) : RECORDS_PATH;
  return (
    <Page title={words.title} language={language} identity={identity} path={path}>
      <ManagerStyle />
      <p>{words.intro}</p>
      {problems && (
        <div class="notice bad" role="alert">
          <p>{words.badSearch}</p>
          <ul>
            {problems.map((problem) => (
              <li>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <SearchForm language={language} words={words} people={people} search={search} />
      {search && result && (
        <Results language={language} words={words} people={people} search={search} result={result} />
      )}
    </Page>
  );
}

function Choice({
  name,
  label,
  options,
  selected,
  any,
}: {
  name: string;
  label: string;
  options: readonly Option[];
  selected?: string;
  any?: string;
}) {
  const id = `records-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => (
          <option value={option.value} selected={option.value === selected}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function SearchForm({ language, words, people, search }: Omit<ViewProps, "identity">) {
  const now = new Date().getUTCFullYear() + 1;
  const years = Array.from({ length: now - Math.min(FIRST_YEAR, search?.year ?? FIRST_YEAR) + 1 }, (_, index) => {
    const year = String(now - index);
    return { value: year, label: year };
  });
  const statuses = SEARCH_STATUSES.map((status) => ({ value: status, label: words.statuses[status] }));
  const sorts = SEARCH_SORTS.map((sort) => ({ value: sort, label: words.sorts[sort] }));
  const orders = (["asc", "desc"] as const).map((order) => ({ value: order, label: words.orders[order] }));
  return (
    <form method="get" action={RECORDS_PATH} id="records-search" class="no-print">
      <label for="records-q">{words.search}</label>
      <p class="hint" id="records-q-hint">
        {words.searchHint}
      </p>
      <input type="search" id="records-q" name="q" value={search?.q ?? ""} aria-describedby="records-q-hint" />
      <fieldset>
        <legend>{words.filters}</legend>
        <div class="filters">
          <Choice name="year" label={words.year} options={years} selected={String(search?.year ?? "")} />
          <Choice
            name="theme"
            label={words.theme}
            options={themeOptions(language)}
            selected={search?.theme}
            any={words.any}
          />
          <Choice
            name="kind"
            label={words.kind}
            options={kindOptions(language)}
            selected={search?.kind}
            any={words.any}
          />
          <Choice
            name="country"
            label={words.country}
            options={countryOptions(language)}
            selected={search?.country}
            any={words.any}
          />
          <Choice
            name="mentor"
            label={words.mentor}
            options={people.mentors}
            selected={search?.mentor}
            any={words.any}
          />
          <Choice name="donor" label={words.donor} options={people.donors} selected={search?.donor} any={words.any} />
          <Choice name="status" label={words.status} options={statuses} selected={search?.status} any={words.any} />
          <Choice name="sort" label={words.sort} options={sorts} selected={search?.sort} />
          <Choice name="order" label={words.order} options={orders} selected={search?.order} />
        </div>
      </fieldset>
      <p class="actions">
        <button type="submit">{words.apply}</button> <a href={RECORDS_PATH}>{words.reset}</a>
      </p>
    </form>
  );
}

function Results({
  language,
  words,
  people,
  search,
  result,
}: Omit<ViewProps, "identity"> & {
  search: ActivitySearch;
  result: SearchResult;
}) {
  const names = new Map([...people.mentors, ...people.donors].map((option) => [option.value, option.label]));
  return (
    <section aria-labelledby="records-results-heading">
      <h2 id="records-results-heading">{words.results}</h2>
      <p id="records-count" role="status">
        {words.found(result.total, search.year)}
        {result.pages > 1 && ` ${words.pageOf(result.page, result.pages)}.`}
      </p>
      <ol id="records-list" class="records">
        {result.items.map((activity) => {
          const status = statusOfRecord(activity);
          const facts = [
            kindLabel(activity.kind, language),
            themeLabel(activity.theme, language),
            formatDateRange(activity.startDate, activity.endDate, language),
            activity.countries.map((iso3) => countryPhrase(iso3, language, "name")).join(", "),
            activity.participants &&
              words.participants(
                countTogether(activity.participants.total, activity.participants.qualifier, language),
                activity.participants.total,
              ),
            activity.mentorId ? (names.get(activity.mentorId) ?? activity.mentorId) : words.noMentor,
            activity.donors.map((donor) => names.get(donor) ?? donor).join(", "),
          ].filter(Boolean);
          return (
            <li data-activity-id={activity.id} class="card">
              <h3>
                <a href={activityPath(activity.id)}>{activity.title}</a>
              </h3>
              <p class="hint">{facts.join(" · ")}</p>
              <p class="actions">
                <span class={`status status-${status}`}>{words.statuses[status]}</span>
                <a href={historyPath(activity.id)} aria-label={`${words.history}: ${activity.title}`}>
                  {words.history}
                </a>
              </p>
            </li>
          );
        })}
      </ol>
      {result.pages > 1 && (
        <nav id="records-pages" class="no-print pages" aria-label={words.pages}>
          {result.page > 1 && <a href={searchHref(search, result.page - 1)}>{words.previous}</a>}
          <span>{words.pageOf(result.page, result.pages)}</span>
          {result.page < result.pages && <a href={searchHref(search, result.page + 1)}>{words.next}</a>}
        </nav>
      )}
    </section>
  );
}
