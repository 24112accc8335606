// The signed-in browser's session: its ID token in an HttpOnly cookie that only page routes read.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const SESSION_COOKIE = "session";

/** Pages and the API they call live under /app, the only paths where the cookie is read. */
export const PAGES_PATH = "/app";
/** Where the pages' sign-out button posts; the service worker forgets the pages it kept on it. */
export const SIGN_OUT_PATH = "/auth/sign-out";

export function startSession(c: Context, idToken: string, maxAgeSeconds: number) {
  setCookie(c, SESSION_COOKIE, idToken, {
    path: "/",
    httpOnly: true,
    // Lax keeps the cookie off cross-site form posts and scripts; Secure wherever the page is https.
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    maxAge: maxAgeSeconds,
  });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function endSession(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}
