import { describe, expect, it } from "vitest";
import { listSubmittedActivities } from "../../../shared/data/activities";
import { getActivity } from "../../../shared/data/activity-item";
import type { Database } from "../../../shared/data/client";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

/** Counts the requests the client sends, by command, from now on. */
function countRequests(db: Database): Record<string, number> {
  const requests: Record<string, number> = {};
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      requests[String(context.commandName)] = (requests[String(context.commandName)] ?? 0) + 1;
      return next(args);
    },
    { step: "initialize", name: `countRequests-${Math.random()}` },
  );
  return requests;
}

describe("listSubmittedActivities", async () => {
  const { app, db } = await testApp();

  async function created(title: string) {
    const res = await sendJson(app, "POST", "/activities", { ...validActivity, title });
    expect(res.status).toBe(201);
    return res.json();
  }
  const move = (id: string, body: Record<string, unknown>) =>
    sendJson(app, "POST", `/activities/${id}/status`, body).then((res) => res.json());

  it("lists submitted activities only, oldest submission first, and drops them once decided", async () => {
    const draft = await created("Still a draft");
    const first = await created("Submitted first");
    const second = await created("Submitted second");
    const third = await created("Submitted third");
    await move(first.id, { status: "submitted", version: 1 });
    await move(second.id, { status: "submitted", version: 1 });
    await move(third.id, { status: "submitted", version: 1 });

    const queue = await listSubmittedActivities(db, { limit: 25 });
    expect(queue.items.map((activity) => activity.title)).toEqual([
      "Submitted first",
      "Submitted second",
      "Submitted third",
    ]);
    expect(queue.items.map((activity) => activity.id)).not.toContain(draft.id);
    // The index attributes stay in the table: records read back are the records.
    expect(Object.keys(queue.items[0] ?? {}).filter((key) => key.startsWith("gsi"))).toEqual([]);

    await move(first.id, { status: "validated", version: 2 });
    await move(second.id, { status: "draft", version: 2, comment: "Add the participants by sex." });
    const after = await listSubmittedActivities(db, { limit: 25 });
    expect(after.items.map((activity) => activity.id)).toEqual([third.id]);
    expect(Object.keys(await getActivity(db, third.id)).filter((key) => key.startsWith("gsi"))).toEqual([]);
  });

  it("comes back when a returned record is submitted again, at the end of the queue", async () => {
    const returned = await created("Returned then resubmitted");
    const waiting = await created("Waiting");
    await move(returned.id, { status: "submitted", version: 1 });
    await move(waiting.id, { status: "submitted", version: 1 });
    await move(returned.id, { status: "draft", version: 2, comment: "Give the source paragraph." });
    await move(returned.id, { status: "submitted", version: 3 });
    const ids = (await listSubmittedActivities(db, { limit: 25 })).items.map((activity) => activity.id);
    expect(ids.indexOf(returned.id)).toBeGreaterThan(ids.indexOf(waiting.id));
  });

  it("reads a page with one Query, and pages on with the cursor", async () => {
    const requests = countRequests(db);
    const page = await listSubmittedActivities(db, { limit: 1 });
    expect(requests).toEqual({ QueryCommand: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toBeDefined();
    const next = await listSubmittedActivities(db, { limit: 1, cursor: page.nextCursor });
    expect(next.items[0]?.id).not.toBe(page.items[0]?.id);
    expect(requests).toEqual({ QueryCommand: 2 });
  });
});
