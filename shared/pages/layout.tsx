// The frame of every page: language, navigation for the signed-in role, and the content.
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { Identity } from "../auth/identity";
import { SIGN_OUT_PATH } from "../auth/session";
import { LANGUAGES, type Language } from "../language/languages";
import { languageTable } from "../language/tables";
import { nameWithRole, WORDS } from "./i18n";
import { IMPORT_PAGE_PATH } from "./import/paths";
import { IMPORT_WORDS } from "./import/words";

export type PageProps = {
  title: string;
  language: Language;
  identity?: Identity;
  /** The path of this page, for the language switch and the current link. */
  path: string;
  children: Child;
  /** Extra scripts, by URL. */
  scripts?: string[];
};

function navigation(identity: Identity, language: Language): Link[] {
  const nav = WORDS[language].nav;
  const manager = identity.role === "manager" || identity.role === "admin";
  return [
    ...(identity.role === "mentor" ? [{ href: "/app/activities", label: nav.myActivities }] : []),
    // A manager's list is every record; they log none of their own as a mentor does.
    ...(manager ? [{ href: "/app/records", label: nav.allActivities }] : []),
    ...(identity.role === "mentor" || manager ? [{ href: "/app/activities/new", label: nav.logActivity }] : []),
    ...(identity.role === "mentor" || manager ? [{ href: IMPORT_PAGE_PATH, label: IMPORT_WORDS[language].nav }] : []),
    ...(manager
      ? [
          { href: "/app/dashboard", label: nav.dashboard },
          { href: "/app/validation", label: nav.validation },
          { href: "/app/report", label: nav.report },
          { href: "/app/manage", label: nav.manage },
        ]
      : []),
    ...(identity.role === "donor" ? [{ href: "/app/donor", label: nav.donor }] : []),
  ];
}

/** Links a phone's header still shows in a row, wrapped if need be; more are folded into a menu. */
const PHONE_ROW_LINKS = 3;

type Link = { href: string; label: string };

function Links({ links, path }: { links: Link[]; path: string }) {
  return (
    <>
      {links.map((link) => (
        <li>
          <a href={link.href} aria-current={path.split("?")[0] === link.href ? "page" : undefined}>
            {link.label}
          </a>
        </li>
      ))}
    </>
  );
}

export function Page({ title, language, identity, path, children, scripts = [] }: PageProps) {
  const words = WORDS[language];
  const links = identity ? navigation(identity, language) : [];
  // The section the page is in, named on the phone's menu: the link it is, or the one it is under.
  const here = path.split("?")[0] ?? "";
  const current = links
    .filter((link) => here === link.href || here.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  // The language switch offers every other language, each named in itself.
  const others = LANGUAGES.filter((other) => other !== language);
  const switchTo = (other: Language) => `${path}${path.includes("?") ? "&" : "?"}lang=${other}`;
  return (
    <>
      {/* Without it browsers lay the pages out in quirks mode. */}
      {raw("<!doctype html>")}
      <html lang={language}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} — ${words.product}`}</title>
          <link rel="stylesheet" href="/assets/app.css" />
          {scripts.map((src) => (
            <script src={src} defer />
          ))}
        </head>
        <body>
          <a class="skip" href="#main">
            {words.skip}
          </a>
          <header class="bar">
            {/* A phone shows the short name, so that the header keeps to two lines. */}
            <p class="product">
              <span class="product-long">{words.product}</span>
              <span class="product-short">{words.productShort}</span>
            </p>
            {links.length > 0 && (
              <nav aria-label={words.product} class={links.length > PHONE_ROW_LINKS ? "many" : undefined}>
                <ul>
                  <Links links={links} path={path} />
                </ul>
                {/* A phone folds a longer list into a menu (the desktop's row is hidden there, this one on a desktop). */}
                {links.length > PHONE_ROW_LINKS && (
                  <details class="menu">
                    <summary>
                      {words.menu}
                      {current && ` · ${current.label}`}
                    </summary>
                    <ul>
                      <Links links={links} path={path} />
                    </ul>
                  </details>
                )}
              </nav>
            )}
            <div class="account">
              {others.map((other) => (
                // A phone shows the language's code (FR, EN), so that the product's name fits beside it;
                // the full name stays for screen readers.
                <a href={switchTo(other)} hreflang={other} lang={other} title={languageTable(other).name}>
                  <span class="language-name">{languageTable(other).name}</span>
                  <span class="language-code" aria-hidden="true">
                    {other.toUpperCase()}
                  </span>
                </a>
              ))}
              {identity && (
                <form method="post" action={SIGN_OUT_PATH}>
                  <span class="who">
                    {words.signedInAs}{" "}
                    {nameWithRole(identity.name ?? identity.email ?? identity.id, identity.role, language)}
                  </span>{" "}
                  <button type="submit">{words.signOut}</button>
                </form>
              )}
            </div>
          </header>
          <main id="main">
            <h1>{title}</h1>
            {children}
          </main>
        </body>
      </html>
    </>
  );
}
