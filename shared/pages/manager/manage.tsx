// The managers' pages for the reference records: mentors, donors (and the activities each funds),
// labs and published figures. Each form is checked by the schema the API checks the same record
// with and saved through the same use case, so the rules and the errors are the API's: a field's
// issue beside it, an existing code or a cited record a 409, a stale version a 409 that keeps what
// was typed.
//
// Stable hooks for tests: /app/manage/<kind> (mentors, donors, labs, figures) lists them in
// ol#manage-list (li[data-id]) with form#manage-create; /app/manage/<kind>/<id> is form#manage-edit
// and form#manage-delete; a donor's page also has section#donor-funding (li[data-activity-id] with
// a "No longer funded" button, form#funding-add).
import { type Context, Hono } from "hono";
import type { FieldIssue } from "../../domain/errors";
import { ConflictError, ValidationError, VersionConflictError } from "../../domain/errors";
import type { AppEnv, Deps } from "../../http/context";
import { conflictMessage, localFieldIssues } from "../../language/issues";
import type { Language } from "../../language/languages";
import { activityForStaff, setDonorFunding } from "../../use-cases/activities";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { ASSETS } from "../mentor/assets";
import { errorPage } from "../mentor/error-page";
import { MENTOR_WORDS } from "../mentor/words";
import { notFoundPage } from "../message-page";
import { withQuery } from "../year";
import {
  type CountryWords,
  EntityForm,
  type FieldSpec,
  type FormValues,
  formObject,
  recordValues,
  sentValues,
} from "./entity-form";
import { DonorFunding, fundingNotice, fundingProblem } from "./funding";
import { isKindSlug, KIND_SLUGS, MANAGE_PATH, MANAGED, type ManagedKind, type StoredRecord } from "./manage-kinds";
import { MANAGE_WORDS, type ManageWords } from "./manage-words";
import { ManagerStyle } from "./manager-css";

type Ctx = Context<AppEnv>;

const listPath = (kind: ManagedKind) => `${MANAGE_PATH}/${kind.slug}`;
export const recordPath = (kind: ManagedKind, id: string) => `${listPath(kind)}/${encodeURIComponent(id)}`;

async function formEntries(c: Ctx): Promise<[string, string][]> {
  const body = await c.req.parseBody({ all: true });
  return Object.entries(body).flatMap(([name, value]) =>
    [value].flat().flatMap((one) => (typeof one === "string" ? [[name, one] as [string, string]] : [])),
  );
}

export function managePages(deps: Deps) {
  const app = new Hono<AppEnv>();
  const managers = pageFor("manager", "admin");

  app.get(MANAGE_PATH, managers, async (c) => {
    const language = pageLanguage(c);
    const words = MANAGE_WORDS[language];
    const counts = await Promise.all(
      KIND_SLUGS.map(async (slug) => (await MANAGED[slug].catalog.all(deps, c.get("identity"))).length),
    );
    return c.html(
      <Page title={words.title} language={language} identity={c.get("identity")} path={MANAGE_PATH}>
        <ManagerStyle />
        <p>{words.intro}</p>
        <ul id="manage-kinds" class="kinds">
          {KIND_SLUGS.map((slug, index) => (
            <li class="card">
              <a href={`${MANAGE_PATH}/${slug}`}>{words.kinds[slug].title}</a>
              <p class="hint">{words.count(counts[index] ?? 0)}</p>
            </li>
          ))}
        </ul>
      </Page>,
    );
  });

  // A donor funds an activity, or no longer does: saved on the activity, at the version shown.
  app.post(`${MANAGE_PATH}/donors/:id/funding`, managers, async (c) => {
    const kind = MANAGED.donors;
    const donorId = c.req.param("id");
    const identity = c.get("identity");
    const language = pageLanguage(c);
    const words = MANAGE_WORDS[language];
    const entries = new Map(await formEntries(c));
    const [activityId = "", read = ""] = (entries.get("activity") ?? "").split(/:(?=\d+$)/);
    const funds = entries.get("funds") === "true";
    const year = entries.get("year");
    try {
      const donor = (await kind.catalog.get(deps, identity, donorId)) as StoredRecord;
      try {
        await setDonorFunding(deps, identity, { activityId, donorId, funds, version: Number(read) });
      } catch (error) {
        if (!(error instanceof VersionConflictError || error instanceof ValidationError)) throw error;
        const activity = await activityForStaff(deps, identity, activityId);
        const problem =
          error instanceof VersionConflictError
            ? words.funding.stale(activity.title)
            : fundingProblem(activity, { donorId, funds }, words, language);
        const fields = kind.fields(language, words);
        return await editPage(c, deps, kind, donor, { values: recordValues(fields, donor), issues: [], problem }, 409);
      }
      const shown = { year, [funds ? "funded" : "unfunded"]: activityId };
      return c.redirect(`${withQuery(recordPath(kind, donorId), shown)}#donor-funding`, 303);
    } catch (error) {
      return errorPage(c, error);
    }
  });

  app.get(`${MANAGE_PATH}/:kind`, managers, async (c) => {
    const kind = kindOf(c);
    if (!kind) return notFound(c);
    return listPage(c, deps, kind, { values: new Map(), issues: [] });
  });

  app.post(`${MANAGE_PATH}/:kind`, managers, async (c) => {
    const kind = kindOf(c);
    if (!kind) return notFound(c);
    const language = pageLanguage(c);
    const fields = kind.fields(language, MANAGE_WORDS[language]);
    const values = sentValues(fields, await formEntries(c));
    const parsed = kind.schema.safeParse(
      formObject(fields, values, () => false),
      { reportInput: true },
    );
    if (!parsed.success) {
      return listPage(c, deps, kind, { values, issues: localFieldIssues(parsed.error, language) }, 400);
    }
    try {
      const record = (await kind.catalog.create(
        deps,
        c.get("identity"),
        parsed.data as Record<string, unknown>,
      )) as StoredRecord;
      return c.redirect(withQuery(recordPath(kind, record.id), { created: "1" }), 303);
    } catch (error) {
      const issues = issuesOf(error, language);
      if (!issues) throw error;
      return listPage(c, deps, kind, { values, issues }, error instanceof ConflictError ? 409 : 400);
    }
  });

  app.get(`${MANAGE_PATH}/:kind/:id`, managers, async (c) => {
    const kind = kindOf(c);
    if (!kind) return notFound(c);
    try {
      const record = (await kind.catalog.get(deps, c.get("identity"), c.req.param("id"))) as StoredRecord;
      const words = MANAGE_WORDS[pageLanguage(c)];
      const notice = c.req.query("created")
        ? words.created(kind.name(record, pageLanguage(c)))
        : c.req.query("saved")
          ? words.saved(kind.name(record, pageLanguage(c)))
          : await fundingNotice(c, deps, record.id, words);
      const fields = kind.fields(pageLanguage(c), words);
      return await editPage(c, deps, kind, record, { values: recordValues(fields, record), issues: [], notice });
    } catch (error) {
      return errorPage(c, error);
    }
  });

  app.post(`${MANAGE_PATH}/:kind/:id`, managers, async (c) => {
    const kind = kindOf(c);
    if (!kind) return notFound(c);
    const id = c.req.param("id");
    const identity = c.get("identity");
    const language = pageLanguage(c);
    const words = MANAGE_WORDS[language];
    const fields = kind.fields(language, words);
    const entries = await formEntries(c);
    const values = sentValues(fields, entries);
    const version = Number(entries.find(([name]) => name === "version")?.[1]);
    try {
      const stored = (await kind.catalog.get(deps, identity, id)) as StoredRecord;
      const input = {
        ...formObject(fields, values, (field) => Boolean(field.createOnly)),
        ...kind.kept?.(stored),
        ...(fields.some((field) => field.path === "id") && { id }),
      };
      const parsed = kind.schema.safeParse(input, { reportInput: true });
      if (!parsed.success) {
        const issues = localFieldIssues(parsed.error, language);
        return await editPage(c, deps, kind, stored, { values, issues, version }, 400);
      }
      try {
        await kind.catalog.replace(deps, identity, id, parsed.data as Record<string, unknown>, version);
      } catch (error) {
        if (error instanceof VersionConflictError) {
          const current = (await kind.catalog.get(deps, identity, id)) as StoredRecord;
          const stale = words.stale(current.version);
          return await editPage(c, deps, kind, current, { values, issues: [], problem: stale }, 409);
        }
        const issues = issuesOf(error, language);
        if (!issues) throw error;
        const status = error instanceof ConflictError ? 409 : 400;
        return await editPage(c, deps, kind, stored, { values, issues, version }, status);
      }
      return c.redirect(withQuery(recordPath(kind, id), { saved: "1" }), 303);
    } catch (error) {
      return errorPage(c, error);
    }
  });

  app.post(`${MANAGE_PATH}/:kind/:id/delete`, managers, async (c) => {
    const kind = kindOf(c);
    if (!kind) return notFound(c);
    const id = c.req.param("id");
    const identity = c.get("identity");
    const language = pageLanguage(c);
    const words = MANAGE_WORDS[language];
    const version = Number((await formEntries(c)).find(([name]) => name === "version")?.[1]);
    try {
      await kind.catalog.remove(deps, identity, id, version);
      return c.redirect(withQuery(listPath(kind), { removed: "1" }), 303);
    } catch (error) {
      if (!(error instanceof ConflictError || error instanceof VersionConflictError)) return errorPage(c, error);
      const current = (await kind.catalog.get(deps, identity, id)) as StoredRecord;
      const fields = kind.fields(language, words);
      const problem =
        error instanceof VersionConflictError ? words.stale(current.version) : conflictMessage(error, language);
      return await editPage(
        c,
        deps,
        kind,
        current,
        { values: recordValues(fields, current), issues: [], problem },
        409,
      );
    }
  });

  return app;
}

function kindOf(c: Ctx): ManagedKind | undefined {
  const slug = c.req.param("kind");
  return isKindSlug(slug) ? MANAGED[slug] : undefined;
}

const notFound = (c: Ctx) => notFoundPage(c);

/** The words of the countries' search, the activity form's own. */
function countryWords(language: Language): CountryWords {
  const { form, client } = MENTOR_WORDS[language];
  return {
    hint: form.countriesHint,
    filter: form.countryFilter,
    chosen: client.countriesChosen,
    none: client.noCountry,
    noMatch: client.noMatch,
  };
}

/** The search script, on the pages whose form has a countries field. */
const scriptsFor = (fields: FieldSpec[]) =>
  fields.some((field) => field.type === "countries") ? [ASSETS.countryList] : [];

/**
 * What a refused write says beside the fields (or above them), in the page's language, or undefined
 * for anything unexpected. The form was checked by the same schema first, so a use case's own
 * refusal is a rule beyond it, said as the API says it.
 */
function issuesOf(error: unknown, language: Language): FieldIssue[] | undefined {
  if (error instanceof ValidationError) return error.issues;
  if (error instanceof ConflictError) return [{ path: "id", message: conflictMessage(error, language) }];
  return undefined;
}

type FormState = { values: FormValues; issues: FieldIssue[]; version?: number; notice?: string; problem?: string };

/** The records with the number of activities citing each (mentors, donors), read for all of them at once. */
async function withCitations(deps: Deps, c: Ctx, kind: ManagedKind, records: StoredRecord[]): Promise<StoredRecord[]> {
  const counts = await kind.catalog.citationCounts(
    deps,
    c.get("identity"),
    records.map((record) => record.id),
  );
  return records.map((record) => ({ ...record, activityCount: counts.get(record.id) ?? 0 }));
}

async function listPage(c: Ctx, deps: Deps, kind: ManagedKind, form: FormState, status: 200 | 400 | 409 = 200) {
  const language = pageLanguage(c);
  const words = MANAGE_WORDS[language];
  const labels = words.kinds[kind.slug];
  const identity = c.get("identity");
  const records = await withCitations(deps, c, kind, (await kind.catalog.all(deps, identity)) as StoredRecord[]);
  const fields = kind.fields(language, words);
  return c.html(
    <Page
      title={labels.title}
      language={language}
      identity={c.get("identity")}
      path={listPath(kind)}
      scripts={scriptsFor(fields)}
    >
      <ManagerStyle />
      {c.req.query("removed") && (
        <p class="notice ok" role="status">
          {words.removed}
        </p>
      )}
      <p>
        <a href={MANAGE_PATH}>{words.title}</a>
      </p>
      {records.length === 0 && <p>{labels.empty}</p>}
      <ol id="manage-list" class="records">
        {records.map((record) => (
          <li class="card" data-id={record.id}>
            <h2>
              <a href={recordPath(kind, record.id)}>{kind.name(record, language)}</a>
            </h2>
            <p class="hint">{kind.summary(record, language, words)}</p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="manage-create-heading">
        <h2 id="manage-create-heading">{labels.add}</h2>
        <EntityForm
          id="manage-create"
          action={listPath(kind)}
          fields={fields}
          values={form.values}
          issues={form.issues}
          submit={words.create}
          creating
          words={words}
          countryWords={countryWords(language)}
        />
      </section>
    </Page>,
    status,
  );
}

async function editPage(
  c: Ctx,
  deps: Deps,
  kind: ManagedKind,
  record: StoredRecord,
  form: FormState,
  status: 200 | 400 | 409 = 200,
) {
  const language = pageLanguage(c);
  const words = MANAGE_WORDS[language];
  const labels = words.kinds[kind.slug];
  const fields: FieldSpec[] = kind.fields(language, words);
  const name = kind.name(record, language);
  const [funding, [cited = record]] = await Promise.all([
    kind.slug === "donors" ? DonorFunding({ c, deps, donorId: record.id, language }) : undefined,
    withCitations(deps, c, kind, [record]),
  ]);
  return c.html(
    <Page
      title={words.editTitle(name)}
      language={language}
      identity={c.get("identity")}
      path={recordPath(kind, record.id)}
      scripts={scriptsFor(fields)}
    >
      <ManagerStyle />
      {form.notice && (
        <p class="notice ok" role="status">
          {form.notice}
        </p>
      )}
      {form.problem && (
        <p class="notice bad" role="alert">
          {form.problem}
        </p>
      )}
      <p>
        <a href={listPath(kind)}>{words.back(labels.title)}</a>
      </p>
      <p class="hint">{kind.summary(cited, language, words)}</p>
      <EntityForm
        id="manage-edit"
        action={recordPath(kind, record.id)}
        fields={fields}
        values={form.values}
        issues={form.issues}
        submit={words.save}
        version={form.problem ? record.version : (form.version ?? record.version)}
        creating={false}
        words={words}
        countryWords={countryWords(language)}
      />
      {funding}
      <DeleteForm kind={kind} record={record} words={words} language={language} />
    </Page>,
    status,
  );
}

function DeleteForm({
  kind,
  record,
  words,
}: {
  kind: ManagedKind;
  record: StoredRecord;
  words: ManageWords;
  language: Language;
}) {
  return (
    <form method="post" action={`${recordPath(kind, record.id)}/delete`} id="manage-delete" class="no-print">
      <fieldset>
        <legend>{words.removeLegend}</legend>
        {(kind.slug === "mentors" || kind.slug === "donors") && <p class="hint">{words.removeHint}</p>}
        <input type="hidden" name="version" value={String(record.version)} />
        <button type="submit" class="secondary">
          {words.remove}
        </button>
      </fieldset>
    </form>
  );
}
