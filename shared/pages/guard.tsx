// Who may open a page: the roles it is for; anyone else gets a 403 page in their language.
import type { MiddlewareHandler } from "hono";
import type { Role } from "../auth/identity";
import type { AppEnv } from "../http/context";
import { pageLanguage, WORDS } from "./i18n";
import { Page } from "./layout";

export function pageFor(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const identity = c.get("identity");
    if (roles.includes(identity.role)) return next();
    const language = pageLanguage(c);
    return c.html(
      <Page title={WORDS[language].forbidden} language={language} identity={identity} path={c.req.path}>
        <p>
          <a href="/app">{WORDS[language].nav.myActivities}</a>
        </p>
      </Page>,
      403,
    );
  };
}
