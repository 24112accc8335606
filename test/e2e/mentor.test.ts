// The mentor's journey in Chromium: sign in, log an activity online, then one offline that waits in
// the outbox through a reload and is sent once, exactly once, when the network is back; correct the
// first one, offline then online, and submit it.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { MENTOR_WORDS } from "../../shared/pages/mentor/words";
import { checkAccessibility, launchBrowser, signIn, startJourney } from "../support/browser";
import { startTestServer } from "../support/server";
import {
  activitiesOfMentor,
  activityInput,
  JOURNEY_YEAR,
  journeyTitle,
  logActivity,
  moveActivity,
  type StoredActivity,
} from "./activities";
import { englishPhrases, expectNoEnglish, look } from "./look";
import { setOffline } from "./network";
import { measurePageWeight } from "./page-weight";

/** Generous: on a loaded machine a journey with its photographs at both widths can take over two minutes. */
const JOURNEY_TIMEOUT = 300_000;
const FORM = "/app/activities/new";
const OUTBOX_STORE = "activity-outbox-v1";
/**
 * Stops the page's clock. Its time ran from the machine's since the clock was installed, so a
 * moment a little ahead of the machine's is still to come on the page, however loaded the machine.
 */
const holdClock = (page: Page) => page.clock.pauseAt(Date.now() + 1_000);

/** The outbox's first automatic retry comes about two seconds after a failure, never later than this. */
const RETRY_WITHIN_MS = 3_000;
/** A submission's first automatic retry comes about five seconds after a failure, never later than this. */
const SUBMIT_RETRY_WITHIN_MS = 6_500;

/** Opens a folded step of the form (activity, where, funding, participants, outcomes, narrative), as a tap on its name does. */
async function openStep(page: Page, step: string) {
  const details = page.locator(`#step-${step}`);
  if ((await details.getAttribute("open")) === null) await details.locator("> summary").click();
}

/** Finds a country by typing its name, as the list shows only the countries ticked, and ticks it. */
async function tickCountry(page: Page, name: string, code: string, tick = true) {
  await openStep(page, "where");
  await page.locator("#country-filter").fill(name);
  const box = page.locator(`input[name="countries"][value="${code}"]`);
  await (tick ? box.check() : box.uncheck());
}

/** Fills the form's required fields, a country, the participants (12: 5 women, 7 men) and the French narrative. */
async function fillActivity(page: Page, title: string) {
  // The form's script must handle the submission, or the browser posts the form itself.
  const form = page.locator("#activity-form[data-enhanced]");
  await form.waitFor();
  await openStep(page, "activity");
  await form.locator('[name="kind"]').selectOption("training");
  await form.locator('[name="theme"]').selectOption("cryptocurrency_darknet");
  await form.locator('[name="title"]').fill(title);
  await form.locator('[name="startDate"]').fill(`${JOURNEY_YEAR}-03-09`);
  await form.locator('[name="endDate"]').fill(`${JOURNEY_YEAR}-03-13`);
  await tickCountry(page, "Kenya", "KEN");
  await openStep(page, "participants");
  await form.locator('[name="participants.total"]').fill("12");
  await form.locator('[name="participants.bySex.women"]').fill("5");
  await form.locator('[name="participants.bySex.men"]').fill("7");
  await openStep(page, "narrative");
  await form.locator('[name="narrative.fr"]').fill("Formation de douze enquêteurs aux enquêtes en cryptomonnaies.");
}

/** Presses the form's button: checks, then (online) the last look before sending. */
const submit = (page: Page) => page.locator("#activity-form button[type=submit]").click();

/** Presses the form's button and sends what the last look shows. */
async function saveReviewed(page: Page) {
  await submit(page);
  const review = page.locator("#form-review");
  await review.waitFor();
  await review.getByRole("button", { name: /^Save/ }).click();
  await review.waitFor({ state: "hidden" });
}

/** The outbox's line for an activity waiting on this device. */
const queued = (page: Page, title: string) => page.locator("#outbox li").filter({ hasText: title });

/** The entries waiting in this browser's outbox. */
const waiting = (page: Page) =>
  page.evaluate((store) => JSON.parse(localStorage.getItem(store) ?? "[]") as { title: string }[], OUTBOX_STORE);

describe("the mentor's journey", async () => {
  const browser = await launchBrowser();
  const server = await startTestServer();

  it(
    "logs an activity, keeps one offline through a reload, sends it once back online, corrects the first and submits it offline",
    async () => {
      const { context, page } = await startJourney(browser);
      // The outbox's retries run on the page's clock, which the test holds still and moves on.
      await context.clock.install();
      await page.goto(`${server.baseUrl}/sign-in?lang=fr`);
      await checkAccessibility(page, "sign-in-fr");
      await look(page, "sign-in-fr");
      await page.goto(`${server.baseUrl}/sign-in?lang=en`);
      await checkAccessibility(page, "sign-in");
      await look(page, "sign-in");

      await signIn(page, server.baseUrl, "mentor.kenya");
      expect(new URL(page.url()).pathname).toBe("/app/activities");
      await checkAccessibility(page, "mentor-activities");
      await look(page, "mentor-activities");

      // Online: the form sends the activity and says so.
      await page.goto(`${server.baseUrl}${FORM}?lang=fr`);
      await checkAccessibility(page, "mentor-new-activity-fr");
      await look(page, "mentor-new-activity-fr");
      await page.goto(`${server.baseUrl}${FORM}?lang=en`);
      await checkAccessibility(page, "mentor-new-activity");
      const online = journeyTitle("Cryptocurrency tracing for Kenyan investigators");
      await fillActivity(page, online);
      // Errors are said as they are typed and go as soon as they are put right.
      const form = page.locator("#activity-form");
      await openStep(page, "activity");
      await form.locator('[name="endDate"]').fill(`${JOURNEY_YEAR}-03-01`);
      const endError = page.locator('[id="error-endDate"]');
      await endError.getByText("The end date is before the start date.").waitFor();
      await form.locator('[name="endDate"]').fill(`${JOURNEY_YEAR}-03-13`);
      await endError.waitFor({ state: "hidden" });
      const women = form.locator('[name="participants.bySex.women"]');
      const womenError = page.locator('[id="error-participants.bySex.women"]');
      await women.fill("-3");
      await womenError.getByText("Give a whole number, zero or more.").waitFor();
      // The sum leaves out what is no count, and says what the parts make of the total in words.
      const sexSum = page.locator('[id="sum-participants.bySex"]');
      await sexSum.getByText("7 of the 12 counted here; 5 not recorded.").waitFor();
      await women.fill("5");
      await womenError.waitFor({ state: "hidden" });
      await sexSum.getByText("All 12 counted here.").waitFor();
      await look(page, "mentor-new-activity-filled", { sameContext: true });
      // The last look before sending: every step, as the person filled it.
      await submit(page);
      const review = page.locator("#form-review");
      await review.getByText(online).waitFor();
      await review.getByText("Kenya", { exact: true }).waitFor();
      await checkAccessibility(page, "mentor-new-activity-review");
      await look(page, "mentor-new-activity-review", { sameContext: true });
      await review.getByRole("button", { name: /^Save/ }).click();
      await page.locator("#form-success").getByText(online).waitFor();
      const onlinePage = await page.locator("#form-success a").getAttribute("href");
      await checkAccessibility(page, "mentor-activity-logged");
      await look(page, "mentor-activity-logged", { sameContext: true });

      // Offline: the activity waits in the outbox, and still does after a reload (the service worker).
      await page.evaluate(() => navigator.serviceWorker.ready);
      await setOffline(context, server, true);
      const offline = journeyTitle("Darknet investigations in Mombasa");
      await fillActivity(page, offline);
      await saveReviewed(page);
      await queued(page, offline).waitFor();
      expect((await waiting(page)).map((entry) => entry.title)).toEqual([offline]);
      await checkAccessibility(page, "mentor-outbox-offline");
      await look(page, "mentor-outbox-offline", { sameContext: true });

      await page.reload();
      await page.locator("#activity-form").waitFor();
      await queued(page, offline).waitFor();
      expect(
        (await waiting(page)).map((entry) => entry.title),
        "waiting after the reload",
      ).toEqual([offline]);
      await look(page, "mentor-outbox-after-reload", { sameContext: true });

      // Back online the outbox sends it by itself; the first answer is lost on the way back, so the
      // outbox says when it tries again and then sends it again with the same Idempotency-Key, and
      // the server keeps one. The page's clock stands still until the test moves it: no retry can
      // come early or late.
      let lost = 0;
      await context.route("**/app/api/activities", async (route) => {
        if (route.request().method() === "POST" && lost === 0) {
          lost += 1;
          await route.fetch();
          return route.abort("connectionreset");
        }
        return route.fallback();
      });
      await holdClock(page);
      await setOffline(context, server, false);
      await page
        .locator("#outbox")
        .getByText(/^Next try at /)
        .waitFor();
      expect(lost).toBe(1);
      expect(await waiting(page), "the entry whose answer was lost").toHaveLength(1);
      await page.clock.runFor(RETRY_WITHIN_MS);
      await page.locator("#outbox a").getByText(offline).waitFor();
      await page.clock.resume();
      expect(await waiting(page)).toEqual([]);
      await look(page, "mentor-outbox-sent", { sameContext: true });

      const posts = server.requests.filter((request) => request === "POST /app/api/activities");
      expect(
        posts,
        `the online POST, the one whose answer was lost, and its retry (cut off: ${server.cutOff.join("; ")})`,
      ).toHaveLength(3);
      const listed = await page.evaluate(async () => {
        const response = await fetch("/app/api/activities?mentor=mentor-kenya&limit=100");
        return ((await response.json()) as { items: { title: string }[] }).items.map((item) => item.title);
      });
      expect(listed.filter((title) => title === offline)).toHaveLength(1);
      expect(listed.filter((title) => title === online)).toHaveLength(1);
      const all = await activitiesOfMentor(server, "manager", "mentor-kenya");
      expect(all.filter((activity) => activity.title === offline)).toHaveLength(1);

      await page.goto(`${server.baseUrl}/app/activities?lang=fr`);
      await page.getByText(offline).first().waitFor();
      await checkAccessibility(page, "mentor-activities-fr");
      await look(page, "mentor-activities-fr");

      // The first activity, opened and submitted for validation from its own page.
      expect(onlinePage).toMatch(/^\/app\/activities\/[^/]+$/);
      await page.goto(`${server.baseUrl}${onlinePage}?lang=en`);
      await page.getByRole("heading", { name: online }).waitFor();
      await checkAccessibility(page, "mentor-activity");
      await look(page, "mentor-activity");

      // Corrected from its page: the form holds the record; offline it is not sent and keeps what
      // was typed, online the browser sends it and the activity's page says the changes were saved.
      await page.getByRole("link", { name: "Edit", exact: true }).click();
      const edit = page.locator('#activity-form[data-mode="edit"][data-enhanced]');
      await edit.waitFor();
      expect(await edit.locator('[name="title"]').inputValue()).toBe(online);
      expect(await edit.locator('[name="participants.bySex.women"]').inputValue()).toBe("5");
      const editUrl = page.url();
      await page.goto(`${editUrl}?lang=fr`);
      await checkAccessibility(page, "mentor-edit-activity-fr");
      await page.goto(`${editUrl}?lang=en`);
      await checkAccessibility(page, "mentor-edit-activity");
      await look(page, "mentor-edit-activity");
      const corrected = journeyTitle("Cryptocurrency tracing for Kenyan and Ugandan investigators");
      await edit.locator('[name="title"]').fill(corrected);
      await tickCountry(page, "Uganda", "UGA");
      await openStep(page, "participants");
      // Participants by country: the country just ticked gets its field, and the sum is checked as typed.
      const uganda = edit.locator('[name="participants.byCountry.UGA"]');
      await uganda.waitFor();
      const countrySum = edit.locator('[id="sum-participants.byCountry"]');
      await edit.locator('[name="participants.byCountry.KEN"]').fill("8");
      await uganda.fill("6");
      await countrySum.getByText("These add up to 14: 2 more than the total of 12.").waitFor();
      await uganda.fill("4");
      await countrySum.getByText("All 12 counted here.").waitFor();
      // Unticked, its field goes (and would not be sent); ticked again, it comes back as it was.
      await tickCountry(page, "Uganda", "UGA", false);
      await uganda.waitFor({ state: "hidden" });
      await countrySum.getByText("8 of the 12 counted here; 4 not recorded.").waitFor();
      await tickCountry(page, "Uganda", "UGA");
      await uganda.waitFor();
      expect(await uganda.inputValue()).toBe("4");
      await setOffline(context, server, true);
      await submit(page);
      await page.locator("#form-offline").getByText("your changes have not been saved").waitFor();
      expect(page.url()).toBe(`${editUrl}?lang=en`);
      expect(await edit.locator('[name="title"]').inputValue()).toBe(corrected);
      await checkAccessibility(page, "mentor-edit-offline");
      await look(page, "mentor-edit-offline", { sameContext: true });
      await setOffline(context, server, false);
      await Promise.all([page.waitForURL((url) => url.search === "?saved=1"), saveReviewed(page)]);
      await page.getByRole("heading", { name: corrected }).waitFor();
      await page.getByRole("status").getByText("Changes saved.").waitFor();
      await page.getByText("Kenya: 8, Uganda: 4").waitFor();
      const savedId = decodeURIComponent(onlinePage?.split("/").pop() ?? "");
      const saved = (await (await server.api("manager", `/activities/${savedId}`)).json()) as {
        participants: { byCountry?: Record<string, number> };
      };
      expect(saved.participants.byCountry).toEqual({ KEN: 8, UGA: 4 });
      await checkAccessibility(page, "mentor-activity-saved");

      // Offline: the activity's page and the list open as last seen, Submit waits on the device,
      // and a page never opened here is the app's own offline page. The record stays a draft.
      const id = decodeURIComponent(onlinePage?.split("/").pop() ?? "");
      const status = async () =>
        ((await (await server.api("manager", `/activities/${id}`)).json()) as { status: string }).status;
      await setOffline(context, server, true);
      await page.goto(`${server.baseUrl}${onlinePage}`);
      await page.getByRole("heading", { name: corrected }).waitFor();
      const pending = page.locator("#pending[data-ready]");
      await pending.getByText("No connection: this page is shown as it was when last opened").waitFor();
      await look(page, "mentor-activity-offline", { sameContext: true });
      await page.getByRole("button", { name: "Submit for validation" }).click();
      await pending
        .getByText(`“${corrected}” will be submitted for validation as soon as the network is back.`)
        .waitFor();
      await checkAccessibility(page, "mentor-activity-submit-queued");
      await look(page, "mentor-activity-submit-queued", { sameContext: true });
      await page.goto(`${server.baseUrl}/app/activities/never-opened-on-this-device`);
      await page.getByRole("heading", { name: "No connection" }).waitFor();
      await checkAccessibility(page, "mentor-offline-page");
      await look(page, "mentor-offline-page", { sameContext: true });
      // The list as last seen, which was in French.
      await page.goto(`${server.baseUrl}/app/activities`);
      await pending.getByText("En attente de soumission (1)").waitFor();
      // Last seen before the correction: the title it had then.
      await page.locator(`[id="activity-${id}"] h3`).getByText(online).waitFor();
      await look(page, "mentor-activities-offline", { sameContext: true });
      expect(await status(), "the record while the submission waits on the device").toBe("draft");

      // Back online the submission goes by itself, once, on the version it was made on.
      await setOffline(context, server, false);
      await pending.getByText(`« ${corrected} » a été soumise pour validation.`).waitFor();
      expect(await status()).toBe("submitted");
      const submissions = server.requests.filter((request) => request === `POST /app/api/activities/${id}/status`);
      expect(submissions, `submissions that reached the server (cut off: ${server.cutOff.join("; ")})`).toHaveLength(1);
      await checkAccessibility(page, "mentor-activity-submitted");
      await look(page, "mentor-activity-submitted");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows a submission made offline that meets a change on its return, and changes nothing; then what was returned",
    async () => {
      const { context, page } = await startJourney(browser, { serviceWorkers: "block" });
      await signIn(page, server.baseUrl, "mentor.kenya");
      const title = journeyTitle("Cybercrime legislation workshop in Nakuru");
      const activity = await logActivity(server, "mentor.kenya", title);
      await page.goto(`${server.baseUrl}/app/activities/${activity.id}?lang=en`);
      const pending = page.locator("#pending[data-ready]");
      await pending.waitFor({ state: "attached" });
      await setOffline(context, server, true);
      await page.getByRole("button", { name: "Submit for validation" }).click();
      await pending.getByText(`“${title}” will be submitted for validation`).waitFor();
      // Meanwhile the record is corrected from another device.
      const revised = `${title} (revised)`;
      const put = await server.api("mentor.kenya", `/activities/${activity.id}`, {
        method: "PUT",
        body: { ...activityInput(revised), version: activity.version },
      });
      expect(put.status).toBe(200);
      await setOffline(context, server, false);
      const conflict = pending.getByRole("alert");
      await conflict.getByText(`“${title}” was not submitted: someone changed it after you pressed Submit.`).waitFor();
      const stored = (await (await server.api("manager", `/activities/${activity.id}`)).json()) as StoredActivity;
      expect(stored.status, "the record was not submitted").toBe("draft");
      expect(stored.title, "the other change stands").toBe(revised);
      await checkAccessibility(page, "mentor-submit-conflict");
      await look(page, "mentor-submit-conflict", { sameContext: true });
      await conflict.getByRole("button", { name: "Dismiss" }).click();
      await conflict.waitFor({ state: "detached" });
      expect(await page.evaluate(() => localStorage.getItem("activity-submit-queue-v1"))).toBe("[]");

      // Submitted again and returned by the manager: My activities says so on the next visit (the
      // sign-in's landing on it was the last).
      const submitted = await moveActivity(server, "mentor.kenya", stored, "submitted");
      const returned = await server.api("manager", `/activities/${activity.id}/status`, {
        method: "POST",
        body: { status: "draft", version: submitted.version, comment: "Say how many judges took part." },
      });
      expect(returned.status).toBe(200);
      await page.goto(`${server.baseUrl}/app/activities?lang=en`);
      const notices = page.locator("#notices");
      await notices.getByText("Since your last visit").waitFor();
      await notices.getByRole("link", { name: revised }).waitFor();
      await notices.getByText("Say how many judges took part.").waitFor();
      await checkAccessibility(page, "mentor-notices");
      await look(page, "mentor-notices", { sameContext: true });
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "submits once when the answer to Submit is lost on the way back",
    async () => {
      const { context, page } = await startJourney(browser, { serviceWorkers: "block" });
      await context.clock.install();
      await signIn(page, server.baseUrl, "mentor.kenya");
      const title = journeyTitle("Electronic evidence for magistrates in Eldoret");
      const activity = await logActivity(server, "mentor.kenya", title);
      const statusPath = `/app/api/activities/${activity.id}/status`;
      let lost = 0;
      await context.route(`**${statusPath}`, async (route) => {
        if (lost === 0) {
          lost += 1;
          await route.fetch();
          return route.abort("connectionreset");
        }
        return route.fallback();
      });
      await page.goto(`${server.baseUrl}/app/activities/${activity.id}?lang=en`);
      const pending = page.locator("#pending[data-ready]");
      await pending.waitFor({ state: "attached" });
      await holdClock(page);
      await page.getByRole("button", { name: "Submit for validation" }).click();
      // The server took it, but the page never heard: it waits, and tries again by itself.
      await pending.getByText(`The server did not answer: “${title}” will be submitted for validation`).waitFor();
      expect(lost).toBe(1);
      await page.clock.runFor(SUBMIT_RETRY_WITHIN_MS);
      await pending.getByText(`“${title}” was submitted for validation.`).waitFor();
      const stored = (await (await server.api("manager", `/activities/${activity.id}`)).json()) as StoredActivity;
      expect(stored.status).toBe("submitted");
      expect(stored.version, "one change of status").toBe(activity.version + 1);
      expect(server.requests.filter((request) => request === `POST ${statusPath}`)).toHaveLength(2);
      // The server's refusal of the second try is no news: nothing waits, nothing needs attention.
      expect(await page.evaluate(() => localStorage.getItem("activity-submit-queue-v1"))).toBe("[]");
      expect(await pending.getByRole("alert").count()).toBe(0);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows every mentor page in Spanish to a mentor whose browser prefers it, and in French when asked",
    async () => {
      const { page } = await startJourney(browser, { serviceWorkers: "block", locale: "es-SV" });
      await signIn(page, server.baseUrl, "mentor.elsalvador");
      const title = journeyTitle("Evidencia digital para fiscales en San Salvador");
      const activity = await logActivity(server, "mentor.elsalvador", title, { countries: ["SLV"] });
      const english = englishPhrases(MENTOR_WORDS.en);
      const pages: [string, string][] = [
        ["mentor-activities-es", "/app/activities"],
        ["mentor-new-activity-es", FORM],
        ["mentor-activity-es", `/app/activities/${activity.id}`],
        ["mentor-edit-activity-es", `/app/activities/${activity.id}/edit`],
        ["mentor-offline-page-es", "/app/offline"],
      ];
      for (const [name, path] of pages) {
        // No ?lang=: the browser's Accept-Language (es-SV) chooses.
        await page.goto(`${server.baseUrl}${path}`);
        expect(await page.locator("html").getAttribute("lang"), name).toBe("es");
        if (path === FORM) {
          // The form's own words too: the script's button, and what it says of a form sent empty.
          await page.locator("#activity-form[data-enhanced]").waitFor();
          await page.getByRole("button", { name: "Revisar y guardar" }).click();
          await page.locator("#form-errors").getByText("Corrija lo siguiente antes de guardar:").waitFor();
        }
        await expectNoEnglish(page, name, english);
        await checkAccessibility(page, name);
        await look(page, name, { sameContext: true });
      }
      // The last look before sending, in Spanish, then in French.
      for (const [language, save] of [
        ["es", "Guardar"],
        ["fr", "Enregistrer"],
      ] as const) {
        const name = `mentor-new-activity-review-${language}`;
        await page.goto(`${server.baseUrl}${FORM}?lang=${language}`);
        await fillActivity(page, journeyTitle("Rastreo de criptomonedas"));
        await submit(page);
        const review = page.locator("#form-review");
        await review.getByRole("button", { name: new RegExp(`^${save}`) }).waitFor();
        await expectNoEnglish(page, name, english);
        await checkAccessibility(page, name);
        await look(page, name, { sameContext: true });
        await review.getByRole("button", { name: new RegExp(`^${save}`) }).click();
        await page.locator("#form-success").waitFor();
      }
      await page.goto(`${server.baseUrl}/app/offline?lang=fr`);
      await page.getByRole("heading", { name: "Pas de connexion" }).waitFor();
      await checkAccessibility(page, "mentor-offline-page-fr");
      await look(page, "mentor-offline-page-fr", { sameContext: true });
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "sends a waiting activity at once when “Send now” is pressed",
    async () => {
      // No service worker: one that takes control of the page part-way would carry its requests
      // past the test's route, and the server's refusal would never be staged.
      const { context, page } = await startJourney(browser, { serviceWorkers: "block" });
      // Time stands still on the page: only the button can make the outbox send before its retry.
      await context.clock.install();
      await signIn(page, server.baseUrl, "mentor.kenya");
      await page.goto(`${server.baseUrl}${FORM}?lang=en`);
      let refused = 0;
      await context.route("**/app/api/activities", async (route) => {
        if (route.request().method() === "POST" && refused === 0) {
          refused += 1;
          return route.fulfill({ status: 503, headers: { "retry-after": "1" }, body: "{}" });
        }
        return route.fallback();
      });
      await holdClock(page);
      const title = journeyTitle("Digital evidence first responders in Kisumu");
      await fillActivity(page, title);
      await saveReviewed(page);
      await queued(page, title).waitFor();
      await page
        .locator("#outbox")
        .getByText(/^Next try at /)
        .waitFor();
      await look(page, "mentor-outbox-retry", { sameContext: true });
      const before = server.requests.filter((request) => request === "POST /app/api/activities").length;

      await page.getByRole("button", { name: "Send now" }).click();
      await page.locator("#outbox a").getByText(title).waitFor();
      const after = server.requests.filter((request) => request === "POST /app/api/activities").length;
      expect(refused).toBe(1);
      expect(after - before, "requests the button sent").toBe(1);
      expect(await waiting(page)).toEqual([]);
      const all = await activitiesOfMentor(server, "manager", "mentor-kenya");
      expect(all.filter((activity) => activity.title === title)).toHaveLength(1);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "weighs the new-activity form on a first visit",
    async () => {
      const { context, page } = await startJourney(browser, { serviceWorkers: "block" });
      await signIn(page, server.baseUrl, "mentor.kenya");
      const weight = await measurePageWeight(page, `${server.baseUrl}${FORM}`);
      await context.close();
      const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
      const parts = weight.resources.map((resource) => `${resource.url} ${kB(resource.transferBytes)}`);
      console.log(`Page weight of ${FORM}: ${kB(weight.total.transferBytes)} transferred (${parts.join(", ")})`);
      expect(weight.total.transferBytes).toBeGreaterThan(0);
      expect(weight.resources.map((resource) => resource.type)).toContain("document");
    },
    JOURNEY_TIMEOUT,
  );
});
