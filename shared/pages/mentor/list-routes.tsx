// The mentor's list of activities, one activity's page, and submitting a draft for validation.
import { Hono } from "hono";
import { ConflictError, VersionConflictError } from "../../domain/errors";
import type { AppEnv, Deps } from "../../http/context";
import { activityForStaff, moveActivity, myActivities } from "../../use-cases/activities";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { ActivityPage } from "./activity-page";
import { errorPage } from "./error-page";
import { ListPage, type Notice } from "./list-page";
import { lastVisit, noticesSince } from "./notices";
import { LIST_PATH } from "./paths";
import { MENTOR_WORDS } from "./words";

const PAGE_SIZE = 50;
const PROBLEMS = ["stale", "cannotMove"] as const;
// The forms that lead to an activity's page say what they did: ?created=1, ?saved=1.
const NOTICES = ["created", "saved"] as const;

export function listRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const staff = pageFor("mentor", "manager", "admin");

  app.get(LIST_PATH, staff, async (c) => {
    const identity = c.get("identity");
    const language = pageLanguage(c);
    const words = MENTOR_WORDS[language].list;
    const query = c.req.query();
    let notice: Notice | undefined;
    const problem = PROBLEMS.find((name) => name === query.problem);
    if (problem) notice = { ok: false, text: words[problem] };
    if (query.submitted) {
      const submitted = await activityForStaff(deps, identity, query.submitted).catch(() => undefined);
      if (submitted) notice = { ok: true, text: words.submitted(submitted.title) };
    }
    if (!identity.mentorId) return c.html(<ListPage language={language} identity={identity} notice={notice} />);
    const page = await myActivities(deps, identity, { limit: PAGE_SIZE, cursor: query.cursor });
    // Only the first page is the mentor's home; later pages do not count as a visit.
    const notices = query.cursor ? undefined : noticesSince(page.items, identity, lastVisit(c, identity));
    return c.html(
      <ListPage
        language={language}
        identity={identity}
        activities={page.items}
        nextCursor={page.nextCursor}
        notice={notice}
        notices={notices}
      />,
    );
  });

  app.get(`${LIST_PATH}/:id`, staff, async (c) => {
    const identity = c.get("identity");
    try {
      const activity = await activityForStaff(deps, identity, c.req.param("id"));
      const notice = NOTICES.find((name) => c.req.query(name) !== undefined);
      return c.html(
        <ActivityPage language={pageLanguage(c)} identity={identity} activity={activity} notice={notice} />,
      );
    } catch (error) {
      return errorPage(c, error);
    }
  });

  // As POST /activities/{id}/status with "submitted", for the form in each row of the list.
  app.post(`${LIST_PATH}/:id/submit`, staff, async (c) => {
    const identity = c.get("identity");
    const id = c.req.param("id");
    const { version } = await c.req.parseBody();
    try {
      await moveActivity(deps, identity, id, { status: "submitted", version: Number(version) });
      return c.redirect(`${LIST_PATH}?submitted=${encodeURIComponent(id)}#activity-${id}`, 303);
    } catch (error) {
      if (error instanceof VersionConflictError) return c.redirect(`${LIST_PATH}?problem=stale`, 303);
      if (error instanceof ConflictError) return c.redirect(`${LIST_PATH}?problem=cannotMove`, 303);
      return errorPage(c, error);
    }
  });

  return app;
}
