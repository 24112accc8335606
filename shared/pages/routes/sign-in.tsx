// Signing in and out of the pages: the development identity provider's users locally, Cognito's
// hosted sign-in (authorization code with PKCE) on AWS. Either way the ID token becomes the session.
import { createHash, randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import type { Role } from "../../auth/identity";
import { endSession, PAGES_PATH, SIGN_OUT_PATH, startSession } from "../../auth/session";
import type { AppEnv, Deps } from "../../http/context";
import { isRoleWord, pageLanguage, WORDS } from "../i18n";
import { Page } from "../layout";

const PKCE_COOKIE = "pkce";
const PkceCookieSchema = z.object({ verifier: z.string().min(43).max(128), next: z.string().max(2048) });

const TokenResponseSchema = z.object({ id_token: z.string().min(1), expires_in: z.number().int().positive() });

/** The verifier and return path this server set, or undefined for anything else a browser sends. */
function readPkceCookie(value: string): z.infer<typeof PkceCookieSchema> | undefined {
  try {
    return PkceCookieSchema.safeParse(JSON.parse(value)).data;
  } catch {
    return undefined;
  }
}

/** Only paths of the pages may be returned to after sign-in: never another site. */
function safeNext(next: string | undefined): string {
  return next?.startsWith(`${PAGES_PATH}`) ? next : PAGES_PATH;
}

export function signInRoutes({ devIdentity, config }: Deps) {
  const app = new Hono<AppEnv>();

  app.get("/", (c) => c.redirect(PAGES_PATH, 303));

  app.get("/sign-in", (c) => {
    const language = pageLanguage(c);
    const words = WORDS[language];
    const next = safeNext(c.req.query("next"));
    if (devIdentity) {
      return c.html(
        <Page title={words.signInTitle} language={language} path="/sign-in">
          <p>{words.signInLocal}</p>
          <form method="post" action="/auth/dev-sign-in" class="users">
            <input type="hidden" name="next" value={next} />
            {devIdentity.users.map((user) => (
              <button type="submit" name="username" value={user.username}>
                {isRoleWord(user.name, user.role) ? "" : `${user.name} — `}
                {words.roles[user.role]} ({user.username})
              </button>
            ))}
          </form>
        </Page>,
      );
    }
    const hosted = config.auth?.signInDomain;
    if (!hosted || !config.auth) return c.text("Sign-in is not configured: AUTH_SIGN_IN_DOMAIN is not set", 500);
    // PKCE: the verifier stays in a short-lived cookie, the challenge goes to Cognito.
    const verifier = randomBytes(32).toString("base64url");
    setCookie(c, PKCE_COOKIE, JSON.stringify({ verifier, next }), {
      path: "/auth",
      httpOnly: true,
      sameSite: "Lax",
      secure: true,
      maxAge: 600,
    });
    const authorize = new URL("/oauth2/authorize", hosted);
    authorize.search = new URLSearchParams({
      response_type: "code",
      client_id: config.auth.audience,
      redirect_uri: new URL("/auth/callback", c.req.url).toString(),
      scope: "openid email profile",
      code_challenge: createHash("sha256").update(verifier).digest("base64url"),
      code_challenge_method: "S256",
    }).toString();
    return c.redirect(authorize.toString(), 303);
  });

  app.post("/auth/dev-sign-in", async (c) => {
    if (!devIdentity) return c.notFound();
    const form = await c.req.parseBody();
    const username = typeof form.username === "string" ? form.username : "";
    const token = await devIdentity.issue(username);
    startSession(c, token, 3600);
    return c.redirect(safeNext(typeof form.next === "string" ? form.next : undefined), 303);
  });

  app.get("/auth/callback", async (c) => {
    const hosted = config.auth?.signInDomain;
    const saved = getCookie(c, PKCE_COOKIE);
    const code = c.req.query("code");
    const pkce = saved === undefined ? undefined : readPkceCookie(saved);
    if (!hosted || !config.auth || !pkce || !code) return signInFailed(c);
    const { verifier, next } = pkce;
    deleteCookie(c, PKCE_COOKIE, { path: "/auth" });
    const response = await fetch(new URL("/oauth2/token", hosted), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        client_id: config.auth.audience,
        code,
        redirect_uri: new URL("/auth/callback", c.req.url).toString(),
        code_verifier: verifier,
      }),
    });
    const tokens = response.ok
      ? TokenResponseSchema.safeParse(await response.json().catch(() => undefined))
      : undefined;
    if (!tokens?.success) return signInFailed(c);
    startSession(c, tokens.data.id_token, tokens.data.expires_in);
    return c.redirect(safeNext(next), 303);
  });

  app.post(SIGN_OUT_PATH, (c) => {
    endSession(c);
    return c.redirect("/sign-in", 303);
  });

  return app;
}

/**
 * A sign-in that came back without its code or verifier (an old or reused link, cookies refused)
 * or whose code Cognito refused: said in the visitor's language, with the way to start again.
 */
function signInFailed(c: Context<AppEnv>) {
  const language = pageLanguage(c);
  const words = WORDS[language];
  return c.html(
    <Page title={words.signInTitle} language={language} path="/sign-in">
      <p class="notice bad" role="alert">
        {words.signInFailed}
      </p>
      <p>
        <a href="/sign-in">{words.signIn}</a>
      </p>
    </Page>,
    400,
  );
}

/** Where each role starts. */
export function homeOf(role: Role): string {
  if (role === "donor") return `${PAGES_PATH}/donor`;
  if (role === "mentor") return `${PAGES_PATH}/activities`;
  return `${PAGES_PATH}/dashboard`;
}
