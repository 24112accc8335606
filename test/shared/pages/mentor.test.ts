import { describe, expect, it } from "vitest";
import { MENTOR_WORDS } from "../../../shared/pages/mentor/words";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

describe("the mentor's pages", async () => {
  const { as, unauthenticated, identity } = await testApp();
  const kenya = await signedInBrowser(unauthenticated, "mentor.kenya");
  const elSalvador = await signedInBrowser(unauthenticated, "mentor.elsalvador");

  async function logAs(username: string, overrides: Record<string, unknown> = {}) {
    const res = await sendJson(as(username), "POST", "/activities", { ...validActivity, ...overrides });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; version: number; title: string };
  }
  const statusOf = async (id: string) => (await (await as("manager").request(`/activities/${id}`)).json()).status;

  describe("My activities", () => {
    it("lists the signed-in mentor's activities and not another mentor's", async () => {
      await logAs("mentor.kenya", { title: "Darknet markets in Nairobi" });
      await logAs("mentor.elsalvador", { title: "Evidencia electrónica en San Salvador" });
      const res = await kenya.get("/app/activities?lang=en");
      const page = await res.text();
      expect(res.status).toBe(200);
      expect(page).toContain("Darknet markets in Nairobi");
      expect(page).not.toContain("Evidencia electrónica en San Salvador");
      expect(page).toContain('<h2 id="records-heading">Your activities, most recent first</h2>');
      // Each a card with its status in words (and named as such for a screen reader).
      expect(page).toMatch(
        /<li class="record-card" id="activity-[^"]+"><h3><a href="\/app\/activities\/[^"]+">Darknet markets in Nairobi</,
      );
      expect(page).toContain('<p class="status status-draft"><span class="vh">Status: </span>Draft</p>');
      expect(page).toContain('href="/app/activities/new"');
    });

    it("shows a returned record's comment in words, in the page's language", async () => {
      const activity = await logAs("mentor.kenya", { title: "Returned training" });
      const manager = as("manager");
      await sendJson(manager, "POST", `/activities/${activity.id}/status`, { status: "submitted", version: 1 });
      await sendJson(manager, "POST", `/activities/${activity.id}/status`, {
        status: "draft",
        version: 2,
        comment: "Add the number of women trained",
      });
      const page = await (await kenya.get("/app/activities?lang=fr")).text();
      expect(page).toContain("Renvoyée pour correction");
      expect(page).toContain("Commentaire du gestionnaire\u00A0:</strong> Add the number of women trained");
    });

    it("says what was returned or validated since the last visit on the device, once", async () => {
      const kept = await logAs("mentor.kenya", { title: "Kept as it was" });
      const toValidate = await logAs("mentor.kenya", { title: "Validated since" });
      const toReturn = await logAs("mentor.kenya", { title: "Returned since" });
      const visit = async (cookie: string) => {
        const res = await unauthenticated.request("http://localhost/app/activities?lang=en", { headers: { cookie } });
        const seen =
          res.headers
            .getSetCookie()
            .find((cookie) => cookie.startsWith("seen-"))
            ?.split(";")[0] ?? "";
        return { page: await res.text(), seen };
      };
      // A first visit on this device has nothing to compare with.
      const first = await visit(kenya.cookie);
      expect(first.page).not.toContain('id="notices"');
      expect(first.seen).toMatch(/^seen-[\w-]+=/);
      const manager = as("manager");
      await sendJson(manager, "POST", `/activities/${toValidate.id}/status`, { status: "submitted", version: 1 });
      await sendJson(manager, "POST", `/activities/${toValidate.id}/status`, { status: "validated", version: 2 });
      await sendJson(manager, "POST", `/activities/${toReturn.id}/status`, { status: "submitted", version: 1 });
      await sendJson(manager, "POST", `/activities/${toReturn.id}/status`, {
        status: "draft",
        version: 2,
        comment: "Give the number of judges",
      });
      // The mentor's own change is no news to them.
      await sendJson(as("mentor.kenya"), "POST", `/activities/${kept.id}/status`, { status: "submitted", version: 1 });
      const second = await visit(`${kenya.cookie}; ${first.seen}`);
      const notices = /<section id="notices".*?<\/section>/s.exec(second.page)?.[0] ?? "";
      expect(notices).toContain("Since your last visit");
      expect(notices).toContain(
        `<strong>Returned for changes:</strong> <a href="/app/activities/${toReturn.id}">Returned since</a> — Give the number of judges`,
      );
      expect(notices).toContain(
        `<strong>Validated:</strong> <a href="/app/activities/${toValidate.id}">Validated since</a>`,
      );
      expect(notices).not.toContain("Kept as it was");
      // Seen: the next visit says nothing more, and another account on the device has its own last visit.
      expect((await visit(`${kenya.cookie}; ${second.seen}`)).page).not.toContain('id="notices"');
      expect(second.seen.split("=")[0]).toBe(first.seen.split("=")[0]);
      expect((await visit(elSalvador.cookie)).seen.split("=")[0]).not.toBe(first.seen.split("=")[0]);
    });

    it("tells a manager without a mentor record where their activities are", async () => {
      const manager = await signedInBrowser(unauthenticated, "manager");
      const page = await (await manager.get("/app/activities?lang=en")).text();
      expect(page).toContain(MENTOR_WORDS.en.list.managerNote);
      expect(page).toContain('href="/app/dashboard"');
    });

    it("is not open to donors", async () => {
      const donor = await signedInBrowser(unauthenticated, "donor.a");
      expect((await donor.get("/app/activities")).status).toBe(403);
      expect((await donor.get("/app/activities/new")).status).toBe(403);
    });
  });

  describe("submitting a draft", () => {
    it("moves the mentor's draft to submitted and comes back with a notice", async () => {
      const activity = await logAs("mentor.kenya", { title: "Forensics lab handover" });
      const res = await kenya.post(`/app/activities/${activity.id}/submit`, { version: "1" });
      expect(res.status).toBe(303);
      const location = res.headers.get("location") ?? "";
      expect(location).toBe(`/app/activities?submitted=${activity.id}#activity-${activity.id}`);
      expect(await statusOf(activity.id)).toBe("submitted");
      const page = await (await kenya.get(`${location.split("#")[0]}&lang=en`)).text();
      expect(page).toContain("“Forensics lab handover” was submitted for validation.");
    });

    it("refuses another mentor's record with a 403 page", async () => {
      const activity = await logAs("mentor.kenya");
      const res = await elSalvador.post(`/app/activities/${activity.id}/submit`, { version: "1" });
      expect(res.status).toBe(403);
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(await res.text()).toContain("a mentor changes only the records they logged, until they are validated");
      expect(await statusOf(activity.id)).toBe("draft");
    });

    it("says so when the record changed since the list was shown", async () => {
      const activity = await logAs("mentor.kenya");
      const res = await kenya.post(`/app/activities/${activity.id}/submit`, { version: "7" });
      expect(res.headers.get("location")).toBe("/app/activities?problem=stale");
      expect(await statusOf(activity.id)).toBe("draft");
    });
  });

  describe("one activity", () => {
    it("shows the record with the submit button while it is a draft", async () => {
      const activity = await logAs("mentor.kenya", { title: "Mentoring the cybercrime unit" });
      const page = await (await kenya.get(`/app/activities/${activity.id}?lang=en`)).text();
      expect(page).toContain("<h1>Mentoring the cybercrime unit</h1>");
      expect(page).toContain("Kenya, Uganda");
      expect(page).toContain(`action="/app/activities/${activity.id}/submit"`);
    });

    it("offers no Submit or Edit to a mentor account bound to no mentor record, on a draft a manager logged", async () => {
      const activity = await logAs("manager", { title: "A manager's own draft" });
      // The account's session, as Cognito would issue it to a mentor nobody bound to a record yet.
      const token = await identity.issue("mentor.kenya", { "custom:mentorId": undefined, sub: "unbound" });
      const page = await unauthenticated.request(`http://localhost/app/activities/${activity.id}?lang=en`, {
        headers: { cookie: `session=${token}` },
      });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("<h1>A manager&#39;s own draft</h1>");
      expect(html).not.toContain(`action="/app/activities/${activity.id}/submit"`);
      expect(html).not.toContain(`href="/app/activities/${activity.id}/edit"`);
    });

    it("says who took part and what came of it in words, in the page's language", async () => {
      const activity = await logAs("mentor.kenya", {
        title: "Unit growth",
        countries: ["CIV"],
        outcomes: [{ indicator: "Enquêteurs de l’unité", baseline: 2, value: 16, unit: "enquêteurs" }],
      });
      const page = await (await kenya.get(`/app/activities/${activity.id}?lang=fr`)).text();
      // Countries as the report names them.
      expect(page).toContain("<dd>Côte d’Ivoire</dd>");
      expect(page).toContain("<dd>environ 30 (12 femmes, 18 hommes)</dd>");
      expect(page).toContain("<dd>25 agents des services de détection et de répression, 5 procureurs</dd>");
      expect(page).toContain("<dd>Enquêteurs de l’unité\u00A0: 2 → 16 enquêteurs</dd>");
    });

    it("answers a 404 page for an unknown id", async () => {
      const res = await kenya.get("/app/activities/no-such-activity");
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("text/html");
    });
  });
});
