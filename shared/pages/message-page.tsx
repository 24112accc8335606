// A page that only says why a request could not be served, in the visitor's language.
import type { Context } from "hono";
import type { AppEnv } from "../http/context";
import { pageLanguage } from "./i18n";
import { Page } from "./layout";

export function messagePage(c: Context<AppEnv>, page: { title: string; message: string; status: 400 | 404 | 409 }) {
  return c.html(
    <Page title={page.title} language={pageLanguage(c)} identity={c.get("identity")} path={c.req.path}>
      <p class="notice bad" role="alert">
        {page.message}
      </p>
    </Page>,
    page.status,
  );
}
