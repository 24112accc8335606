import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";

const ORIGIN = "http://localhost";
const TEN_ERRORS = readFileSync(resolve(import.meta.dirname, "../../fixtures/import-ten-errors.csv"), "utf8");
const GOOD = [
  "Reference,Kind,Theme,Title,Start date,End date,Countries,Participants",
  "PAGE-1,training,prevention,Imported from the page,2019-05-02,2019-05-03,KEN,12",
  "",
].join("\r\n");

describe("the import page", async () => {
  const { unauthenticated: app } = await testApp();

  /** Sends the form, then opens the job's page as a browser without scripts would, by its link, until the report is there. */
  async function upload(username: string, file: string, action: "check" | "commit", query = "") {
    const browser = await signedInBrowser(app, username);
    const form = new FormData();
    form.set("file", new File([file], "activities.csv", { type: "text/csv" }));
    form.set("action", action);
    const sent = await app.request(`${ORIGIN}/app/import${query}`, {
      method: "POST",
      headers: { cookie: browser.cookie, origin: ORIGIN },
      body: form,
    });
    expect(sent.status).toBe(303);
    const jobPage = sent.headers.get("location") as string;
    expect(jobPage).toMatch(/^\/app\/import\/[0-9a-f-]{36}\?lang=/);
    for (;;) {
      const page = await browser.get(jobPage);
      const html = await page.clone().text();
      if (!html.includes('id="import-progress"')) return Object.assign(page, { path: jobPage });
      // While it runs: the progress, the script that polls the API, and a link back to the same page.
      expect(html).toMatch(/<script src="\/assets\/import-progress\.js\?v=[^"]+" defer/);
      expect(html).toContain(`data-poll="/app/api/imports/${jobPage.split("/")[3]?.split("?")[0]}"`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("is linked from the navigation of managers and mentors, with the templates", async () => {
    for (const user of ["manager", "mentor.kenya"]) {
      const page = await (await (await signedInBrowser(app, user)).get("/app/import")).text();
      expect(page).toContain('href="/app/import"');
      expect(page).toContain('href="/app/api/imports/template?lang=en&amp;format=xlsx"');
      expect(page).toMatch(/<form id="import-form"[^>]*enctype="multipart\/form-data"/);
    }
    expect((await (await signedInBrowser(app, "donor.a")).get("/app/import")).status).toBe(403);
  });

  it("lists every problem of a checked file and writes nothing", async () => {
    const res = await upload("manager", TEN_ERRORS, "check");
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('data-committed="false"');
    expect(page).toContain("row 2, Countries: &#39;Kenja&#39; is not a country — did you mean Kenya (KEN)?");
    expect(page).toContain("14 problems: nothing was written");
  });

  it("checks a good file, then imports it as the mentor's own record, in the page's language", async () => {
    const checked = await (await upload("mentor.kenya", GOOD, "check", "?lang=fr")).text();
    expect(checked).toContain("1 serait créé, 0 modifié, 0 inchangé.");
    const browser = await signedInBrowser(app, "mentor.kenya");
    expect((await browser.get("/app/api/activities/PAGE-1")).status).toBe(404);
    const imported = await upload("mentor.kenya", GOOD, "commit");
    expect(imported.status).toBe(200);
    // Another mentor does not see it.
    const other = await signedInBrowser(app, "mentor.elsalvador");
    expect((await other.get(imported.path)).status).toBe(404);
    expect(await imported.text()).toContain("1 created, 0 updated, 0 unchanged.");
    const record = await (await browser.get("/app/api/activities/PAGE-1")).json();
    expect(record).toMatchObject({ title: "Imported from the page", mentorId: "mentor-kenya", status: "draft" });
  });
});
