// A page that only says why a request could not be served, in the visitor's language, with a way
// back to the signed-in person's home page (/app sends each role to its own).
import type { Context } from "hono";
import { PAGES_PATH } from "../auth/session";
import type { AppEnv } from "../http/context";
import { pageLanguage, WORDS } from "./i18n";
import { Page } from "./layout";

export type Message = { title: string; message: string; status: 400 | 403 | 404 | 409 };

export function messagePage(c: Context<AppEnv>, page: Message) {
  const language = pageLanguage(c);
  return c.html(
    <Page title={page.title} language={language} identity={c.get("identity")} path={c.req.path}>
      <p class="notice bad" role="alert">
        {page.message}
      </p>
      <p>
        <a href={PAGES_PATH}>{WORDS[language].home}</a>
      </p>
    </Page>,
    page.status,
  );
}

/** The page for an address no page answers, or a record that is not there. */
export function notFoundPage(c: Context<AppEnv>) {
  const words = WORDS[pageLanguage(c)];
  return messagePage(c, { title: words.notFoundTitle, message: words.notFound, status: 404 });
}

/** The page for a role this page is not open to, or (`record`) a change this record is not open to. */
export function forbiddenPage(c: Context<AppEnv>, record = false) {
  const words = WORDS[pageLanguage(c)];
  const message = record ? words.recordForbidden : words.forbidden;
  return messagePage(c, { title: words.forbiddenTitle, message, status: 403 });
}
