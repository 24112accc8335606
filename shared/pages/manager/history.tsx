// A record's audit trail as a page: each change, oldest first, with who made it, when, and every
// field before and after. For managers and the record's own mentor, as GET /activities/{id}/history.
//
// Stable hooks for tests: ol#history with li[data-action][data-version], each change's table
// .changes with a row tr[data-field] per field (td.before, td.after).
import { Hono } from "hono";
import type { AuditEntry } from "../../domain/audit";
import type { AppEnv, Deps } from "../../http/context";
import { formatDate } from "../../language/dates";
import type { Language } from "../../language/languages";
import { activityForStaff, activityHistory } from "../../use-cases/activities";
import { donorCatalog, mentorCatalog } from "../../use-cases/catalog";
import { pageFor } from "../guard";
import { pageLanguage } from "../i18n";
import { Page } from "../layout";
import { errorPage } from "../mentor/error-page";
import { activityPath } from "../mentor/paths";
import { fieldValue } from "./history-values";
import { ManagerStyle } from "./manager-css";
import { historyPath } from "./paths";
import { RECORDS_WORDS, type RecordsWords } from "./records-words";

const HISTORY_ROUTE = "/app/activities/:id/history";

export function historyPage(deps: Deps) {
  const app = new Hono<AppEnv>();

  app.get(HISTORY_ROUTE, pageFor("mentor", "manager", "admin"), async (c) => {
    const identity = c.get("identity");
    const language = pageLanguage(c);
    const words = RECORDS_WORDS[language];
    const id = c.req.param("id");
    try {
      const [activity, history] = await Promise.all([
        activityForStaff(deps, identity, id),
        activityHistory(deps, identity, id),
      ]);
      const [mentors, donors] = await Promise.all([
        mentorCatalog.all(deps, identity),
        donorCatalog.all(deps, identity),
      ]);
      const names = new Map([...mentors, ...donors].map((record) => [record.id, record.name]));
      return c.html(
        <Page
          title={words.historyTitle(activity.title)}
          language={language}
          identity={identity}
          path={historyPath(activity.id)}
        >
          <ManagerStyle />
          <p>{words.historyIntro}</p>
          <p>
            <a href={activityPath(activity.id)}>{words.backToRecord}</a>
          </p>
          <ol id="history" class="records">
            {history.map((entry, index) => (
              <Entry entry={entry} index={index} language={language} words={words} names={names} />
            ))}
          </ol>
        </Page>,
      );
    } catch (error) {
      return errorPage(c, error);
    }
  });

  return app;
}

type EntryProps = {
  entry: AuditEntry;
  index: number;
  language: Language;
  words: RecordsWords;
  names: ReadonlyMap<string, string>;
};

/** "2 December 2026, 09:14 UTC": audit times are stored in UTC, and said so. */
function when(at: string, language: Language): string {
  return `${formatDate(at, language)}, ${at.slice(11, 16)} UTC`;
}

function Entry({ entry, index, language, words, names }: EntryProps) {
  const headingId = `history-${index}`;
  const context = { language, words, names };
  const table = (
    <div class="table-wrap">
      <table class="changes" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{words.field}</th>
            {entry.action !== "create" && <th scope="col">{words.before}</th>}
            <th scope="col">{words.after}</th>
          </tr>
        </thead>
        <tbody>
          {entry.changes.map((change) => (
            <tr data-field={change.field}>
              <th scope="row">{words.fields[change.field] ?? change.field}</th>
              {entry.action !== "create" && <td class="before">{fieldValue(change.field, change.before, context)}</td>}
              <td class="after">{fieldValue(change.field, change.after, context)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <li class="card" data-action={entry.action} data-version={String(entry.version)}>
      <h2 id={headingId}>{words.entry(words.actions[entry.action], entry.by, entry.version)}</h2>
      <p>
        <time datetime={entry.at}>{when(entry.at, language)}</time>
      </p>
      {entry.comment && (
        <p>
          <strong>{words.comment}</strong> {entry.comment}
        </p>
      )}
      {entry.changes.length === 0 && <p>{words.noChanges}</p>}
      {entry.changes.length > 0 &&
        (entry.action === "create" ? (
          <details>
            <summary>{words.createdFields(entry.changes.length)}</summary>
            {table}
          </details>
        ) : (
          table
        ))}
    </li>
  );
}
