// The validation queue: submitted records, and the forms that validate them or return them to
// their mentor. The decisions go through the same use case as POST /activities/{id}/status.
import { type Context, Hono } from "hono";
import { type QueueFilter, QueueFilterSchema } from "../../domain/activity-search";
import { ConflictError, NotFoundError, ValidationError, VersionConflictError } from "../../domain/errors";
import type { AppEnv, Deps } from "../../http/context";
import { activityForStaff, filteredValidationQueue, moveActivity } from "../../use-cases/activities";
import { donorCatalog, mentorCatalog } from "../../use-cases/catalog";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { withQuery } from "../year";
import { ManagerStyle } from "./manager-css";
import { QUEUE_WORDS } from "./queue-words";
import { BulkForm, QueueFilters, QueuePages } from "./validation-forms";
import { type ItemProblem, QueueItem } from "./validation-item";
import { MANAGER_WORDS, type ManagerWords } from "./words";

const QUEUE_PATH = "/app/validation";
const PAGE_SIZE = 20;

/** The two decisions: the form's action, the status it moves to, and the notice it comes back with. */
const DECISIONS = [
  { action: "validate", status: "validated", notice: "validated" },
  { action: "return", status: "draft", notice: "returned" },
] as const;

/** `apart`: how the problem reads away from its record (a bulk validation names the record). */
type Problem = ItemProblem & { id: string; status: 400 | 404 | 409; apart?: string };

export function validationPages(deps: Deps) {
  const app = new Hono<AppEnv>();
  const managers = pageFor("manager", "admin");

  app.get(QUEUE_PATH, managers, async (c) => queuePage(c, deps, {}));

  // Each ticked record is validated on its own, through the same use case, at the version shown:
  // one that someone changed or decided meanwhile is reported beside it, and the others go ahead.
  app.post(`${QUEUE_PATH}/bulk`, managers, async (c) => {
    const language = pageLanguage(c);
    const words = MANAGER_WORDS[language].validation;
    const form = await c.req.parseBody({ all: true });
    const ticked = [form.item ?? []].flat().filter((value): value is string => typeof value === "string");
    const filter = filterOf(form);
    if (ticked.length === 0) {
      return queuePage(c, deps, {
        filter,
        problems: [{ id: "", message: QUEUE_WORDS[language].noneTicked, status: 400 }],
      });
    }
    const identity = c.get("identity");
    const validated: string[] = [];
    const problems: Problem[] = [];
    for (const value of ticked) {
      const cut = value.lastIndexOf(":");
      const id = value.slice(0, cut);
      const version = Number(value.slice(cut + 1));
      if (cut < 1 || !Number.isInteger(version) || version < 1) {
        problems.push({ id: value, message: words.badForm, status: 400 });
        continue;
      }
      try {
        await moveActivity(deps, identity, id, { status: "validated", version });
        validated.push(id);
      } catch (error) {
        const problem = problemOf(error, id, "", words);
        if (!problem) throw error;
        // Said beside the record where it is still in the queue; above it, by its title, where it is not.
        const title = await activityForStaff(deps, identity, id).then(
          (activity) => activity.title,
          () => id,
        );
        problems.push({ ...problem, apart: QUEUE_WORDS[language].aboutRecord(title, problem.message) });
      }
    }
    const back = withQuery(QUEUE_PATH, { ...filterQuery(filter), validated: validated.join(",") || undefined });
    if (problems.length === 0) return c.redirect(back, 303);
    return queuePage(c, deps, { filter, problems, validated });
  });

  for (const decision of DECISIONS) {
    app.post(`${QUEUE_PATH}/:id/${decision.action}`, managers, async (c) => {
      const id = c.req.param("id");
      const words = MANAGER_WORDS[pageLanguage(c)].validation;
      const form = await c.req.parseBody();
      const version = Number(form.version);
      const comment = typeof form.comment === "string" ? form.comment.trim() : "";
      if (!Number.isInteger(version) || version < 1) {
        return queuePage(c, deps, { problems: [{ id, message: words.badForm, status: 400 }] });
      }
      // The workflow refuses it too; checked first so the page can say it next to the field.
      if (decision.status === "draft" && !comment) {
        return queuePage(c, deps, {
          problems: [{ id, field: "comment", message: words.commentRequired, status: 400 }],
        });
      }
      const identity = c.get("identity");
      try {
        await moveActivity(deps, identity, id, {
          status: decision.status,
          comment: decision.status === "draft" ? comment : undefined,
          version,
        });
      } catch (error) {
        const problem = problemOf(error, id, comment, words);
        if (!problem) throw error;
        return queuePage(c, deps, { problems: [problem] });
      }
      // Post/redirect/get: a reload does not send the decision again.
      return c.redirect(withQuery(QUEUE_PATH, { [decision.notice]: id }), 303);
    });
  }

  return app;
}

/** What a refused decision means to the manager; undefined for anything unexpected. */
function problemOf(
  error: unknown,
  id: string,
  comment: string,
  words: ManagerWords["validation"],
): Problem | undefined {
  if (error instanceof VersionConflictError) {
    return { id, message: words.stale(Number(error.details?.currentVersion)), status: 409 };
  }
  // A transition the workflow refuses carries the record's status; a write met by another does not.
  if (error instanceof ConflictError) {
    return { id, message: error.details?.status ? words.notSubmitted : words.busy, status: 409 };
  }
  if (error instanceof NotFoundError) return { id, message: words.gone, status: 404 };
  if (error instanceof ValidationError) {
    return { id, field: "comment", comment, message: words.commentRequired, status: 400 };
  }
  return undefined;
}

/** The filter a form or an address gives; one that cannot be read is no filter. */
function filterOf(values: Record<string, unknown>): QueueFilter {
  const parsed = QueueFilterSchema.safeParse(values);
  return parsed.success ? parsed.data : { page: 1 };
}

/** The filter as an address's parameters, the page left out. */
function filterQuery({ year, country, mentor, kind }: QueueFilter): Record<string, string | undefined> {
  return { year: year === undefined ? undefined : String(year), country, mentor, kind };
}

type QueueState = { filter?: QueueFilter; problems?: Problem[]; validated?: string[] };

async function queuePage(c: Context<AppEnv>, deps: Deps, state: QueueState) {
  const identity = c.get("identity");
  const language = pageLanguage(c);
  const words = MANAGER_WORDS[language];
  const w = words.validation;
  const filter = state.filter ?? filterOf(c.req.query());
  const problems = state.problems ?? [];
  const all = await filteredValidationQueue(deps, identity, filter);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const items = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const people = await peopleOf(deps, c);
  const names = new Map([...people.mentors, ...people.donors].map((record) => [record.id, record.name]));
  const shown = new Set(items.map((activity) => activity.id));
  const apart = problems.filter((problem) => !shown.has(problem.id));
  const notices = c.req.method === "GET" ? await doneNotices(c, deps, w) : [];
  if (state.validated && state.validated.length > 0) {
    notices.push(QUEUE_WORDS[language].bulkValidated(state.validated.length));
  }
  const query = filterQuery(filter);
  const filtered = Object.values(query).some(Boolean);
  return c.html(
    <Page title={w.title} language={language} identity={c.get("identity")} path={withQuery(QUEUE_PATH, query)}>
      <ManagerStyle />
      {notices.map((notice) => (
        <p class="notice ok" role="status">
          {notice}
        </p>
      ))}
      {apart.length > 0 && (
        <div class="notice bad" role="alert">
          {apart.map((problem) => (
            <p>{problem.apart ?? problem.message}</p>
          ))}
        </div>
      )}
      <p>{w.intro}</p>
      <QueueFilters
        filter={filter}
        language={language}
        mentors={people.mentors.map((mentor) => ({ value: mentor.id, label: mentor.name }))}
      />
      <p id="queue-count" role="status">
        {filtered ? QUEUE_WORDS[language].countFiltered(all.length) : QUEUE_WORDS[language].count(all.length)}
      </p>
      {all.length === 0 && <p>{w.empty}</p>}
      <ol id="validation-queue" class="records">
        {items.map((activity) => (
          <QueueItem
            activity={activity}
            language={language}
            words={words}
            names={names}
            problem={problems.find((problem) => problem.id === activity.id)}
          />
        ))}
      </ol>
      {items.length > 0 && <BulkForm filter={filter} language={language} />}
      <QueuePages
        page={page}
        pages={pages}
        href={(shownPage) => withQuery(QUEUE_PATH, { ...query, page: shownPage === 1 ? undefined : String(shownPage) })}
        language={language}
      />
    </Page>,
    problems.reduce<200 | 400 | 404 | 409>((worst, problem) => Math.max(worst, problem.status) as 400 | 404 | 409, 200),
  );
}

/**
 * Mentors and donors by id, so that the queue names them. Both lists are a few dozen records
 * read from the byEntity index, whatever the size of the queue.
 */
async function peopleOf(deps: Deps, c: Context<AppEnv>) {
  const identity = c.get("identity");
  const [mentors, donors] = await Promise.all([mentorCatalog.all(deps, identity), donorCatalog.all(deps, identity)]);
  return { mentors, donors };
}

/**
 * After a decision, the page says what became of the record. It reads the record rather than
 * trusting the address, so a forged link cannot make the page claim a validation that did not happen.
 */
async function doneNotices(c: Context<AppEnv>, deps: Deps, words: ManagerWords["validation"]): Promise<string[]> {
  const notices: string[] = [];
  for (const [parameter, status, says] of [
    ["validated", "validated", words.validated],
    ["returned", "draft", words.returned],
  ] as const) {
    const ids = (c.req.query(parameter) ?? "").split(",").filter(Boolean).slice(0, PAGE_SIZE);
    for (const id of ids) {
      try {
        const activity = await activityForStaff(deps, c.get("identity"), id);
        if (activity.status === status) notices.push(says(activity.title));
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
  }
  return notices;
}
