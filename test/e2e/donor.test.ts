// The donors' journeys in Chromium: donor A sees the activity it funds; donor B sees it nowhere.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAccessibility, launchBrowser, screenshot, signIn, startJourney } from "../support/browser";
import { startTestServer } from "../support/server";
import { JOURNEY_YEAR, journeyTitle, logActivity, moveActivity, type StoredActivity } from "./activities";
import { expectNoEnglish, look } from "./look";
import { PHONE_WIDTH, phoneScrollWidth } from "./phone-width";

/** Generous: on a loaded machine a journey with its photographs at both widths can take over two minutes. */
const JOURNEY_TIMEOUT = 300_000;

describe("the donors' journeys", async () => {
  const browser = await launchBrowser();
  const server = await startTestServer();
  const title = journeyTitle("Forensics training funded by donor A");
  let funded: StoredActivity;

  beforeAll(async () => {
    // Logged, submitted and validated through the JSON API; who funds it is said on the page below.
    const logged = await logActivity(server, "manager", title);
    const submitted = await moveActivity(server, "manager", logged, "submitted");
    funded = await moveActivity(server, "manager", submitted, "validated");
    expect(funded.donors).toEqual([]);
  });

  it(
    "lets a manager record on the donor's management page that donor A funds the activity",
    async () => {
      const { page } = await startJourney(browser);
      await signIn(page, server.baseUrl, "manager");
      await page.goto(`${server.baseUrl}/app/manage`);
      await page.locator("#manage-kinds").waitFor();
      await checkAccessibility(page, "manager-manage");
      await screenshot(page, "manager-manage");
      await Promise.all([page.waitForURL("**/app/manage/donors"), page.getByRole("link", { name: "Donors" }).click()]);
      await checkAccessibility(page, "manager-manage-donors");
      await screenshot(page, "manager-manage-donors");
      expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
      await Promise.all([
        page.waitForURL("**/app/manage/donors/demo-donor-a"),
        page.getByRole("link", { name: "Demo donor A" }).click(),
      ]);
      await page.locator("#funding-year").selectOption(String(JOURNEY_YEAR));
      await Promise.all([page.waitForURL(/year=/), page.getByRole("button", { name: "Show" }).click()]);
      const option = page.locator("#funding-activity option", { hasText: title });
      await page.locator("#funding-activity").selectOption((await option.getAttribute("value")) ?? "");
      await Promise.all([page.waitForURL(/funded=/), page.getByRole("button", { name: "Record the funding" }).click()]);
      await page.locator(`#donor-funding [data-activity-id="${funded.id}"]`).waitFor();
      const stored = (await (await server.api("manager", `/activities/${funded.id}`)).json()) as StoredActivity;
      expect(stored.donors).toEqual(["demo-donor-a"]);
      expect(stored.status).toBe("validated");
      await checkAccessibility(page, "manager-manage-donor");
      await screenshot(page, "manager-manage-donor");
      expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);

      // The other kinds, in both languages: each list with its form, and a mentor's page.
      for (const [kind, language] of [
        ["mentors", "fr"],
        ["labs", "en"],
        ["figures", "fr"],
        ["mentors", "en"],
      ] as const) {
        await page.goto(`${server.baseUrl}/app/manage/${kind}?lang=${language}`);
        await page.locator("#manage-create").waitFor();
        await checkAccessibility(page, `manager-manage-${kind}-${language}`);
        await screenshot(page, `manager-manage-${kind}-${language}`);
        expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
      }
      await page.locator("#manage-list a").first().click();
      await page.locator("#manage-edit").waitFor();
      await checkAccessibility(page, "manager-manage-mentor");
      await screenshot(page, "manager-manage-mentor");
      expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
    },
    JOURNEY_TIMEOUT,
  );

  const summary = (page: Page) => page.locator("#donor-summary");
  const listed = (page: Page) => page.locator(`#donor-activities [data-activity-id="${funded.id}"]`);

  it(
    "shows donor A the activity it funds, in English and in French",
    async () => {
      const { page } = await startJourney(browser);
      await signIn(page, server.baseUrl, "donor.a");
      expect(new URL(page.url()).pathname).toBe("/app/donor");
      await summary(page).waitFor();
      await checkAccessibility(page, "donor-a-home");
      await screenshot(page, "donor-a-home");

      await page.goto(`${server.baseUrl}/app/donor?year=${JOURNEY_YEAR}`);
      await listed(page).getByText(title).waitFor();
      expect(await summary(page).locator('[data-card="activities"]').innerText()).toMatch(/^\s*1\b/);
      await checkAccessibility(page, `donor-a-${JOURNEY_YEAR}`);
      await screenshot(page, `donor-a-${JOURNEY_YEAR}`);

      // Its country on the map beside the table, at its figure.
      expect(await page.locator('[id^="donor-countries-"][id$="-map"] path.shaded').count()).toBe(1);
      expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);

      await page.goto(`${server.baseUrl}/app/donor?year=${JOURNEY_YEAR}&lang=fr`);
      expect(await page.getAttribute("html", "lang")).toBe("fr");
      await listed(page).getByText(title).waitFor();
      await expectNoEnglish(page, `donor-a-${JOURNEY_YEAR}-fr`);
      await checkAccessibility(page, `donor-a-${JOURNEY_YEAR}-fr`);
      await screenshot(page, `donor-a-${JOURNEY_YEAR}-fr`);

      const status = await page.evaluate(async (id) => (await fetch(`/app/api/activities/${id}`)).status, funded.id);
      expect(status).toBe(200);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows donor A its page in Spanish when its browser prefers it, the year it funds and a year it funds nothing",
    async () => {
      const { page } = await startJourney(browser, { locale: "es-SV" });
      await signIn(page, server.baseUrl, "donor.a");
      for (const year of [JOURNEY_YEAR, 2019]) {
        const name = `donor-a-${year}-es`;
        // The year only: the browser's Accept-Language chooses the language.
        await page.goto(`${server.baseUrl}/app/donor?year=${year}`);
        expect(await page.getAttribute("html", "lang")).toBe("es");
        await summary(page).waitFor();
        if (year === JOURNEY_YEAR) await listed(page).getByText(title).waitFor();
        await expectNoEnglish(page, name);
        await checkAccessibility(page, name);
        // The phone's context has no Accept-Language of Spanish: the address says it.
        await page.goto(`${server.baseUrl}/app/donor?year=${year}&lang=es`);
        await summary(page).waitFor();
        await look(page, name, { header: false });
      }
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows donor B nothing of it: not on its page, and its address answers 404",
    async () => {
      const { page } = await startJourney(browser);
      await signIn(page, server.baseUrl, "donor.b");
      for (const query of ["", `?year=${JOURNEY_YEAR}`, `?year=${JOURNEY_YEAR}&lang=fr`]) {
        await page.goto(`${server.baseUrl}/app/donor${query}`);
        await summary(page).waitFor();
        expect(await listed(page).count()).toBe(0);
        expect(await page.locator("body").innerText()).not.toContain(title);
      }
      await checkAccessibility(page, `donor-b-${JOURNEY_YEAR}-fr`);
      await screenshot(page, `donor-b-${JOURNEY_YEAR}-fr`);

      const answers = await page.evaluate(
        async ({ id, year }) => {
          const one = await fetch(`/app/api/activities/${id}`);
          const list = await fetch(`/app/api/activities?donor=demo-donor-b&year=${year}&limit=100`);
          return { one: one.status, list: list.status, listed: await list.text() };
        },
        { id: funded.id, year: JOURNEY_YEAR },
      );
      expect(answers.one).toBe(404);
      expect(answers.list).toBe(200);
      expect(answers.listed).not.toContain(funded.id);
    },
    JOURNEY_TIMEOUT,
  );
});
