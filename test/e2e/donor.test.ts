// The donors' journeys in Chromium: donor A sees the activity it funds; donor B sees it nowhere.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAccessibility, launchBrowser, screenshot, signIn, startJourney } from "../support/browser";
import { startTestServer } from "../support/server";
import {
  activityInput,
  JOURNEY_YEAR,
  journeyTitle,
  logActivity,
  moveActivity,
  type StoredActivity,
} from "./activities";

const JOURNEY_TIMEOUT = 120_000;

describe("the donors' journeys", async () => {
  const browser = await launchBrowser();
  const server = await startTestServer();
  const title = journeyTitle("Forensics training funded by donor A");
  let funded: StoredActivity;

  beforeAll(async () => {
    // A manager, through the JSON API with a development token, records donor A's funding.
    const logged = await logActivity(server, "manager", title);
    const response = await server.api("manager", `/activities/${logged.id}`, {
      method: "PUT",
      body: { ...activityInput(title), donors: ["demo-donor-a"], version: logged.version },
    });
    expect(response.status).toBe(200);
    const submitted = await moveActivity(server, "manager", (await response.json()) as StoredActivity, "submitted");
    funded = await moveActivity(server, "manager", submitted, "validated");
    expect(funded.donors).toEqual(["demo-donor-a"]);
  });

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

      await page.goto(`${server.baseUrl}/app/donor?year=${JOURNEY_YEAR}&lang=fr`);
      expect(await page.getAttribute("html", "lang")).toBe("fr");
      await listed(page).getByText(title).waitFor();
      await checkAccessibility(page, `donor-a-${JOURNEY_YEAR}-fr`);
      await screenshot(page, `donor-a-${JOURNEY_YEAR}-fr`);

      const status = await page.evaluate(async (id) => (await fetch(`/app/api/activities/${id}`)).status, funded.id);
      expect(status).toBe(200);
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
