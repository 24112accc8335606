import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

/** The ids of the records in the queue, in the order shown. */
function queued(page: string): string[] {
  const queue = page.slice(page.indexOf('id="validation-queue"'));
  return [...queue.matchAll(/data-activity-id="([^"]+)"/g)].map((match) => match[1] as string);
}

describe("the validation queue", async () => {
  const { app: manager, unauthenticated, as } = await testApp();
  const kenya = as("mentor.kenya");

  async function submitted(title: string, fields: Record<string, unknown> = {}) {
    const body = { ...validActivity, ...fields, title };
    const created = await (await sendJson(kenya, "POST", "/activities", body)).json();
    const res = await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    expect(res.status).toBe(200);
    return res.json();
  }
  const read = async (id: string) => (await manager.request(`/activities/${id}`)).json();

  it("lists submitted records with their key fields, narrative and both forms", async () => {
    const activity = await submitted("Darknet investigations, Nairobi", {
      outcomes: [{ indicator: "Investigators in the unit", baseline: 2, value: 16, unit: "investigators" }],
    });
    const draft = await (await sendJson(kenya, "POST", "/activities", { ...validActivity, title: "A draft" })).json();
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.get("/app/validation?lang=en");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(queued(page)).toContain(activity.id);
    expect(queued(page)).not.toContain(draft.id);
    expect(page).toContain("Darknet investigations, Nairobi");
    expect(page).toContain("<dd>Kenya, Uganda</dd>");
    expect(page).toContain("<dd>about 30 (12 women, 18 men)</dd>");
    // People by name, not by id.
    expect(page).toContain("<dt>By profession</dt><dd>25 law enforcement officers, 5 prosecutors</dd>");
    expect(page).toContain("<dt>Outcomes</dt><dd>Investigators in the unit: 2 → 16 investigators</dd>");
    expect(page).toContain("<dt>Mentor</dt><dd>Mentor, Nairobi</dd>");
    expect(page).toContain('<blockquote lang="fr"><p>Formation sur les cryptomonnaies.');
    expect(page).toContain('<blockquote lang="en"><p>Training on cryptocurrencies.');
    expect(page).toContain(`action="/app/validation/${activity.id}/validate"`);
    expect(page).toContain(`action="/app/validation/${activity.id}/return"`);
    expect(page).toContain('<input type="hidden" name="version" value="2"/>');
    expect(page).toContain(`<label for="activity-${activity.id}-comment">Comment for the mentor (required)</label>`);
    expect(page).toMatch(/<button type="submit"[^>]*>Validate<\/button>/);
    expect(page).toMatch(/<button type="submit"[^>]*>Return to mentor<\/button>/);
  });

  it("validates a record, says so, and the record leaves the queue", async () => {
    const activity = await submitted("To validate");
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.post(`/app/validation/${activity.id}/validate`, { version: "2" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/app/validation?validated=${activity.id}`);
    expect((await read(activity.id)).status).toBe("validated");
    const page = await (await browser.get(`/app/validation?validated=${activity.id}&lang=en`)).text();
    expect(page).toContain("“To validate” is validated and now counts in the official figures.");
    expect(queued(page)).not.toContain(activity.id);
  });

  it("returns a record with the comment, and the record leaves the queue", async () => {
    const activity = await submitted("To return");
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.post(`/app/validation/${activity.id}/return`, {
      version: "2",
      comment: "Give the number of women and men.",
    });
    expect(res.status).toBe(303);
    const stored = await read(activity.id);
    expect(stored).toMatchObject({ status: "draft", returnComment: "Give the number of women and men." });
    const page = await (await browser.get(`/app/validation?returned=${activity.id}&lang=en`)).text();
    expect(page).toContain("“To return” was returned to its mentor with your comment.");
    expect(queued(page)).not.toContain(activity.id);
  });

  it("refuses a return without a comment, next to the field, and keeps the record queued", async () => {
    const activity = await submitted("Return without a word");
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.post(`/app/validation/${activity.id}/return?lang=en`, { version: "2", comment: "  " });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain(`id="activity-${activity.id}-comment-error" role="alert">Say why the record is returned`);
    expect(page).toMatch(new RegExp(`id="activity-${activity.id}-comment"[^>]*aria-invalid="true"`));
    expect(queued(page)).toContain(activity.id);
    expect((await read(activity.id)).status).toBe("submitted");
  });

  it("answers a stale version with 409 and a clear message, showing the record as it is now", async () => {
    const activity = await submitted("Changed meanwhile");
    // The mentor edits the record after the manager opened the page (version 2 → 3).
    const { id, version, status, mentorId, createdAt, createdBy, updatedAt, updatedBy, year, ...input } = await read(
      activity.id,
    );
    expect(
      (await sendJson(kenya, "PUT", `/activities/${id}`, { ...input, title: "Changed meanwhile (v3)", version }))
        .status,
    ).toBe(200);
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.post(`/app/validation/${activity.id}/validate?lang=en`, { version: "2" });
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(page).toContain("This record was changed since the page was opened (it is now at version 3).");
    expect(page).toContain("Changed meanwhile (v3)");
    expect(page).toContain('<input type="hidden" name="version" value="3"/>');
    expect((await read(activity.id)).status).toBe("submitted");
  });

  it("says when the record was decided by someone else already", async () => {
    const activity = await submitted("Decided twice");
    const browser = await signedInBrowser(unauthenticated, "manager");
    expect((await browser.post(`/app/validation/${activity.id}/validate`, { version: "2" })).status).toBe(303);
    const res = await browser.post(`/app/validation/${activity.id}/validate?lang=en`, { version: "3" });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("This record is no longer waiting for validation");
  });

  it("does not claim a decision a forged link names", async () => {
    const activity = await submitted("Not validated");
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get(`/app/validation?validated=${activity.id}&lang=en`)).text();
    expect(page).not.toContain("is validated and now counts");
  });

  it("is for managers: a mentor gets a 403 page and cannot validate", async () => {
    const activity = await submitted("Mentor tries");
    const mentor = await signedInBrowser(unauthenticated, "mentor.kenya");
    expect((await mentor.get("/app/validation")).status).toBe(403);
    expect((await mentor.post(`/app/validation/${activity.id}/validate`, { version: "2" })).status).toBe(403);
    expect((await read(activity.id)).status).toBe("submitted");
  });
});
