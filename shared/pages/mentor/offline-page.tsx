// The app's own page for a page never opened on this device, which the service worker shows
// instead of the browser's error when there is no network. Kept by the worker when it installs.
import { Hono } from "hono";
import type { AppEnv } from "../../http/context";
import { pageLanguage, WORDS } from "../i18n";
import { Page } from "../layout";
import { FORM_PATH, LIST_PATH, OFFLINE_PATH } from "./paths";
import { MENTOR_WORDS } from "./words";

export function offlineRoutes() {
  const app = new Hono<AppEnv>();
  app.get(OFFLINE_PATH, (c) => {
    const language = pageLanguage(c);
    const words = MENTOR_WORDS[language].offline;
    const nav = WORDS[language].nav;
    return c.html(
      <Page title={words.title} language={language} identity={c.get("identity")} path={OFFLINE_PATH}>
        <p>{words.text}</p>
        <ul>
          <li>
            <a href={LIST_PATH}>{nav.myActivities}</a>
          </li>
          <li>
            <a href={FORM_PATH}>{nav.logActivity}</a>
          </li>
        </ul>
        <p>{words.retry}</p>
      </Page>,
    );
  });
  return app;
}
