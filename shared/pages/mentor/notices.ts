// What changed on a mentor's records since their last visit to "My activities": those a manager
// returned for changes or validated. The last visit is remembered on the device, per account, in a
// cookie only the pages read; a first visit on a device has nothing to compare with and says nothing.
import { createHash } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Identity } from "../../auth/identity";
import type { Activity } from "../../domain/activity";
import type { AppEnv } from "../../http/context";
import { LIST_PATH } from "./paths";

export type Notices = { returned: Activity[]; validated: Activity[] };

const YEAR_SECONDS = 365 * 24 * 3600;

/** One cookie per account, so that two people on one device each have their own last visit. */
const cookieName = (identity: Identity) =>
  `seen-${createHash("sha256").update(identity.id).digest("base64url").slice(0, 16)}`;

/** The time of the last visit (undefined on the first), and now remembered as the last. */
export function lastVisit(c: Context<AppEnv>, identity: Identity, now = new Date()): string | undefined {
  const name = cookieName(identity);
  const seen = getCookie(c, name);
  setCookie(c, name, now.toISOString(), {
    path: LIST_PATH,
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    maxAge: YEAR_SECONDS,
  });
  return seen && !Number.isNaN(Date.parse(seen)) ? seen : undefined;
}

/** Records someone else returned or validated after `since`, most recent first. */
export function noticesSince(activities: Activity[], identity: Identity, since: string | undefined): Notices {
  if (!since) return { returned: [], validated: [] };
  const changed = activities
    .filter((activity) => activity.updatedBy !== identity.id && activity.updatedAt > since)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return {
    returned: changed.filter((activity) => activity.status === "draft" && activity.returnComment),
    validated: changed.filter((activity) => activity.status === "validated"),
  };
}
