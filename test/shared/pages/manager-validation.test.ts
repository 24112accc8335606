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
  const app = unauthenticated;
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

  it("narrows the queue by year, country, mentor and kind", async () => {
    const nairobi = await submitted("Filter: Nairobi 2021", { startDate: "2021-03-01", endDate: "2021-03-02" });
    const salvador = as("mentor.elsalvador");
    const created = await (
      await sendJson(salvador, "POST", "/activities", {
        ...validActivity,
        title: "Filter: San Salvador meeting",
        kind: "meeting",
        countries: ["SLV"],
        startDate: "2021-04-01",
        endDate: "2021-04-01",
      })
    ).json();
    await sendJson(salvador, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    const browser = await signedInBrowser(unauthenticated, "manager");
    const shown = async (query: string) => queued(await (await browser.get(`/app/validation?lang=en&${query}`)).text());
    expect(await shown("year=2021")).toEqual([nairobi.id, created.id]);
    expect(await shown("year=2021&country=SLV")).toEqual([created.id]);
    expect(await shown("year=2021&mentor=mentor-kenya")).toEqual([nairobi.id]);
    expect(await shown("kind=meeting")).toEqual([created.id]);
    expect(await shown("year=2021&kind=meeting&country=KEN")).toEqual([]);
    const page = await (await browser.get("/app/validation?lang=en&year=2021&country=SLV")).text();
    expect(page).toContain("1 record waits among those filtered.");
    expect(page).toMatch(/<option value="SLV" selected="">El Salvador<\/option>/);
  });

  it("validates the ticked records one by one: a stale one is reported, the others are validated", async () => {
    const first = await submitted("Bulk: first", { startDate: "2022-01-10", endDate: "2022-01-11" });
    const second = await submitted("Bulk: second", { startDate: "2022-01-12", endDate: "2022-01-13" });
    const third = await submitted("Bulk: third", { startDate: "2022-01-14", endDate: "2022-01-15" });
    // The second changes after the page was read: its version is now 3.
    const { id, version, status, mentorId, createdAt, createdBy, updatedAt, updatedBy, year, ...input } = await read(
      second.id,
    );
    await sendJson(kenya, "PUT", `/activities/${id}`, { ...input, title: "Bulk: second (v3)", version });
    const browser = await signedInBrowser(unauthenticated, "manager");
    const listing = await (await browser.get("/app/validation?year=2022&lang=en")).text();
    expect(listing).toContain(`name="item" value="${first.id}:2" form="bulk-validate"`);
    expect(listing).toContain('action="/app/validation/bulk"');
    const res = await app.request("http://localhost/app/validation/bulk?lang=en", {
      method: "POST",
      headers: {
        cookie: browser.cookie,
        origin: "http://localhost",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams([
        ["item", `${first.id}:2`],
        ["item", `${second.id}:2`],
        ["item", `${third.id}:2`],
        ["year", "2022"],
      ]),
    });
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(page).toContain("2 records were validated and now count in the official figures.");
    expect(page).toContain("This record was changed since the page was opened (it is now at version 3).");
    expect(queued(page)).toEqual([second.id]);
    expect((await read(first.id)).status).toBe("validated");
    expect((await read(second.id)).status).toBe("submitted");
    expect((await read(third.id)).status).toBe("validated");
  });

  it("comes back to the filtered queue naming each record validated when all went through", async () => {
    const one = await submitted("Bulk all: one", { startDate: "2020-05-01", endDate: "2020-05-01" });
    const two = await submitted("Bulk all: two", { startDate: "2020-05-02", endDate: "2020-05-02" });
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await app.request("http://localhost/app/validation/bulk", {
      method: "POST",
      headers: {
        cookie: browser.cookie,
        origin: "http://localhost",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams([
        ["item", `${one.id}:2`],
        ["item", `${two.id}:2`],
        ["year", "2020"],
      ]),
    });
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toBe(`/app/validation?year=2020&validated=${one.id}%2C${two.id}`);
    const page = await (await browser.get(`${location}&lang=en`)).text();
    expect(page).toContain("“Bulk all: one” is validated");
    expect(page).toContain("“Bulk all: two” is validated");
    const none = await browser.post("/app/validation/bulk?lang=en", {});
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Tick at least one record to validate.");
  });

  it("is for managers: a mentor gets a 403 page and cannot validate", async () => {
    const activity = await submitted("Mentor tries");
    const mentor = await signedInBrowser(unauthenticated, "mentor.kenya");
    expect((await mentor.get("/app/validation")).status).toBe(403);
    expect((await mentor.post(`/app/validation/${activity.id}/validate`, { version: "2" })).status).toBe(403);
    expect((await mentor.post("/app/validation/bulk", { item: `${activity.id}:2` })).status).toBe(403);
    expect((await read(activity.id)).status).toBe("submitted");
  });
});
