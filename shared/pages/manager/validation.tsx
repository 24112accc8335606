// The validation queue: submitted records, and the forms that validate them or return them to
// their mentor. The decisions go through the same use case as POST /activities/{id}/status.
import { type Context, Hono } from "hono";
import type { Activity } from "../../domain/activity";
import { ConflictError, NotFoundError, ValidationError, VersionConflictError } from "../../domain/errors";
import type { AppEnv, Deps } from "../../http/context";
import { activityForStaff, moveActivity, validationQueue } from "../../use-cases/activities";
import { donorCatalog, mentorCatalog } from "../../use-cases/catalog";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { withQuery } from "../year";
import { ManagerStyle } from "./manager-css";
import { type ItemProblem, QueueItem } from "./validation-item";
import { MANAGER_WORDS, type ManagerWords } from "./words";

const QUEUE_PATH = "/app/validation";
const PAGE_SIZE = 20;

/** The two decisions: the form's action, the status it moves to, and the notice it comes back with. */
const DECISIONS = [
  { action: "validate", status: "validated", notice: "validated" },
  { action: "return", status: "draft", notice: "returned" },
] as const;

type Problem = ItemProblem & { id: string; status: 400 | 404 | 409 };

export function validationPages(deps: Deps) {
  const app = new Hono<AppEnv>();
  const managers = pageFor("manager", "admin");

  app.get(QUEUE_PATH, managers, async (c) => queuePage(c, deps, {}));

  for (const decision of DECISIONS) {
    app.post(`${QUEUE_PATH}/:id/${decision.action}`, managers, async (c) => {
      const id = c.req.param("id");
      const words = MANAGER_WORDS[pageLanguage(c)].validation;
      const form = await c.req.parseBody();
      const version = Number(form.version);
      const comment = typeof form.comment === "string" ? form.comment.trim() : "";
      if (!Number.isInteger(version) || version < 1) {
        return queuePage(c, deps, { problem: { id, message: words.badForm, status: 400 } });
      }
      // The workflow refuses it too; checked first so the page can say it next to the field.
      if (decision.status === "draft" && !comment) {
        return queuePage(c, deps, { problem: { id, field: "comment", message: words.commentRequired, status: 400 } });
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
        return queuePage(c, deps, { problem });
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

async function queuePage(c: Context<AppEnv>, deps: Deps, { problem }: { problem?: Problem }) {
  const identity = c.get("identity");
  const language = pageLanguage(c);
  const words = MANAGER_WORDS[language];
  const w = words.validation;
  const cursor = c.req.method === "GET" ? c.req.query("cursor") : undefined;
  let queue: { items: Activity[]; nextCursor?: string };
  try {
    queue = await validationQueue(deps, identity, { limit: PAGE_SIZE, cursor });
  } catch (error) {
    // A cursor that is not one of ours: start from the beginning rather than fail.
    if (!(error instanceof ValidationError)) throw error;
    queue = await validationQueue(deps, identity, { limit: PAGE_SIZE });
  }
  const names = await namesOfPeople(deps, c);
  const shown = problem && queue.items.some((activity) => activity.id === problem.id);
  const notice = c.req.method === "GET" ? await doneNotice(c, deps, w) : undefined;
  return c.html(
    <Page title={w.title} language={language} identity={c.get("identity")} path={QUEUE_PATH}>
      <ManagerStyle />
      {notice && (
        <p class="notice ok" role="status">
          {notice}
        </p>
      )}
      {problem && !shown && (
        <p class="notice bad" role="alert">
          {problem.message}
        </p>
      )}
      <p>{w.intro}</p>
      {queue.items.length === 0 && <p>{w.empty}</p>}
      <ol id="validation-queue" class="records">
        {queue.items.map((activity) => (
          <QueueItem
            activity={activity}
            language={language}
            words={words}
            names={names}
            problem={problem?.id === activity.id ? problem : undefined}
          />
        ))}
      </ol>
      {(queue.nextCursor || cursor) && (
        <nav class="no-print" aria-label={w.title}>
          {queue.nextCursor && <a href={withQuery(QUEUE_PATH, { cursor: queue.nextCursor })}>{w.nextPage}</a>}{" "}
          {cursor && <a href={QUEUE_PATH}>{w.firstPage}</a>}
        </nav>
      )}
    </Page>,
    problem?.status ?? 200,
  );
}

/**
 * Mentors and donors by id, so that the queue names them. Both lists are a few dozen records
 * read from the byEntity index, whatever the size of the queue.
 */
async function namesOfPeople(deps: Deps, c: Context<AppEnv>): Promise<Map<string, string>> {
  const identity = c.get("identity");
  const [allMentors, allDonors] = await Promise.all([
    mentorCatalog.all(deps, identity),
    donorCatalog.all(deps, identity),
  ]);
  return new Map([...allMentors, ...allDonors].map((record) => [record.id, record.name]));
}

/**
 * After a decision, the page says what became of the record. It reads the record rather than
 * trusting the address, so a forged link cannot make the page claim a validation that did not happen.
 */
async function doneNotice(c: Context<AppEnv>, deps: Deps, words: ManagerWords["validation"]) {
  for (const [parameter, status, says] of [
    ["validated", "validated", words.validated],
    ["returned", "draft", words.returned],
  ] as const) {
    const id = c.req.query(parameter);
    if (!id) continue;
    try {
      const activity = await activityForStaff(deps, c.get("identity"), id);
      return activity.status === status ? says(activity.title) : undefined;
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
  return undefined;
}
