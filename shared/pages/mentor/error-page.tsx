// A refused page action answers with a page in the visitor's language, not the API's JSON.
import type { Context } from "hono";
import { ForbiddenError, NotFoundError } from "../../domain/errors";
import type { AppEnv } from "../../http/context";
import { pageLanguage, WORDS } from "../i18n";
import { Page } from "../layout";
import { LIST_PATH } from "./paths";
import { MENTOR_WORDS } from "./words";

/** Forbidden and missing records become 403 and 404 pages; anything else goes to the app's handler. */
export function errorPage(c: Context<AppEnv>, error: unknown) {
  if (!(error instanceof ForbiddenError || error instanceof NotFoundError)) throw error;
  const language = pageLanguage(c);
  const words = WORDS[language];
  const title = error instanceof ForbiddenError ? words.forbidden : words.notFound;
  return c.html(
    <Page title={title} language={language} identity={c.get("identity")} path={c.req.path}>
      <p>{error.message}</p>
      <p>
        <a href={LIST_PATH}>{MENTOR_WORDS[language].view.back}</a>
      </p>
    </Page>,
    error.status,
  );
}
