// Activities the journeys create through the JSON API, in a year no seed record has, so that any
// total of that year moves by exactly what a journey adds.
import { randomUUID } from "node:crypto";
import type { TestServer } from "../support/server";

export const JOURNEY_YEAR = 2026;

export type StoredActivity = { id: string; version: number; title: string; status: string; donors: string[] };

/** A unique title, so that a journey finds its own record among the seed's. */
export function journeyTitle(what: string): string {
  return `${what} ${randomUUID().slice(0, 8)}`;
}

export function activityInput(title: string, extra: Record<string, unknown> = {}) {
  return {
    kind: "training",
    theme: "cryptocurrency_darknet",
    title,
    startDate: `${JOURNEY_YEAR}-03-09`,
    endDate: `${JOURNEY_YEAR}-03-13`,
    countries: ["KEN"],
    participants: { total: 12, qualifier: "exact", bySex: { women: 5, men: 7 } },
    narrative: {
      fr: "Formation sur les enquêtes en cryptomonnaies.",
      en: "Training on cryptocurrency investigations.",
    },
    ...extra,
  };
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Logs an activity as `username` and moves it through the statuses given, as that user. */
export async function logActivity(
  server: TestServer,
  username: string,
  title: string,
  extra: Record<string, unknown> = {},
): Promise<StoredActivity> {
  const body = activityInput(title, extra);
  return json(await server.api(username, "/activities", { method: "POST", body }), `logging "${title}"`);
}

export async function moveActivity(
  server: TestServer,
  username: string,
  activity: StoredActivity,
  status: "submitted" | "validated",
): Promise<StoredActivity> {
  const response = await server.api(username, `/activities/${activity.id}/status`, {
    method: "POST",
    body: { status, version: activity.version },
  });
  return json(response, `moving "${activity.title}" to ${status}`);
}

/** Every activity of a mentor, page after page, as `username` sees them. */
export async function activitiesOfMentor(
  server: TestServer,
  username: string,
  mentorId: string,
): Promise<StoredActivity[]> {
  const items: StoredActivity[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ mentor: mentorId, limit: "100", ...(cursor && { cursor }) });
    const page = await json<{ items: StoredActivity[]; nextCursor?: string }>(
      await server.api(username, `/activities?${query}`),
      `listing ${mentorId}'s activities`,
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
