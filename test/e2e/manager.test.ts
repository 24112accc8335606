// The manager's journey in Chromium: validate a mentor's submitted activity and see it counted
// on the dashboard and in the annual report.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAccessibility, launchBrowser, screenshot, signIn, startJourney } from "../support/browser";
import { startTestServer } from "../support/server";
import { JOURNEY_YEAR, journeyTitle, logActivity, moveActivity, type StoredActivity } from "./activities";

const JOURNEY_TIMEOUT = 120_000;

/** The dashboard's total cards, by name: one per measure (practitionersTrained…), countries, activities, labs. */
async function totals(page: Page): Promise<Record<string, number>> {
  const cards = page.locator("#dashboard-totals [data-card]");
  await cards.first().waitFor();
  const figures: Record<string, number> = {};
  for (const card of await cards.all()) {
    const name = (await card.getAttribute("data-card")) ?? "";
    figures[name] = Number((await card.locator(".figure").innerText()).replace(/\D/g, ""));
  }
  return figures;
}

describe("the manager's journey", async () => {
  const browser = await launchBrowser();
  const server = await startTestServer();
  const title = journeyTitle("Digital evidence workshop");
  let submitted: StoredActivity;

  beforeAll(async () => {
    // The mentor logs and submits, through the JSON API with a development token.
    submitted = await moveActivity(
      server,
      "mentor.kenya",
      await logActivity(server, "mentor.kenya", title),
      "submitted",
    );
  });

  it(
    "validates a submitted activity, then finds it in the year's totals and report",
    async () => {
      const { page } = await startJourney(browser);
      await signIn(page, server.baseUrl, "manager");
      expect(new URL(page.url()).pathname).toBe("/app/dashboard");
      await page.locator("#dashboard-totals").waitFor();
      await checkAccessibility(page, "manager-dashboard");
      await screenshot(page, "manager-dashboard");

      await page.goto(`${server.baseUrl}/app/dashboard?year=2019&lang=fr`);
      await page.locator("#chart-theme").waitFor();
      await checkAccessibility(page, "manager-dashboard-2019-fr");
      await screenshot(page, "manager-dashboard-2019-fr");

      await page.goto(`${server.baseUrl}/app/dashboard?year=${JOURNEY_YEAR}&lang=en`);
      await page.locator("#dashboard-totals").waitFor();
      const before = await totals(page);

      await page.goto(`${server.baseUrl}/app/validation`);
      const item = page.locator(`#validation-queue [data-activity-id="${submitted.id}"]`);
      await item.waitFor();
      await checkAccessibility(page, "manager-validation");
      await screenshot(page, "manager-validation");
      const queueUrl = page.url();
      await Promise.all([
        page.waitForURL((url) => url.href !== queueUrl),
        item.getByRole("button", { name: /^validate/i }).click(),
      ]);
      await item.waitFor({ state: "detached" });
      const status = async () =>
        ((await (await server.api("manager", `/activities/${submitted.id}`)).json()) as StoredActivity).status;
      await expect.poll(status, { timeout: 10_000 }).toBe("validated");
      await checkAccessibility(page, "manager-validation-done");
      await screenshot(page, "manager-validation-done");

      await page.goto(`${server.baseUrl}/app/dashboard?year=${JOURNEY_YEAR}`);
      await page.locator("#dashboard-totals").waitFor();
      const after = await totals(page);
      expect(after.activities).toBe((before.activities ?? 0) + 1);
      expect(after.practitionersTrained).toBe((before.practitionersTrained ?? 0) + 12);
      await checkAccessibility(page, `manager-dashboard-${JOURNEY_YEAR}`);
      await screenshot(page, `manager-dashboard-${JOURNEY_YEAR}`);

      await page.goto(`${server.baseUrl}/app/report?year=${JOURNEY_YEAR}`);
      await page.locator("#report-preview").getByText(title).first().waitFor();
      await checkAccessibility(page, `manager-report-${JOURNEY_YEAR}`);
      await screenshot(page, `manager-report-${JOURNEY_YEAR}`);

      await page.goto(`${server.baseUrl}/app/report?year=${JOURNEY_YEAR}&lang=fr`);
      await page.locator("#report-preview").getByText(title).first().waitFor();
      await checkAccessibility(page, `manager-report-${JOURNEY_YEAR}-fr`);
      await screenshot(page, `manager-report-${JOURNEY_YEAR}-fr`);

      // The whole 2019 report is checked too; at some 56,000 pixels long, it is not photographed.
      await page.goto(`${server.baseUrl}/app/report?year=2019&lang=fr`);
      await page.locator("#report-preview").waitFor();
      await checkAccessibility(page, "manager-report-2019-fr");

      // The queue is empty now: its list is there, with nothing in it to show.
      await page.goto(`${server.baseUrl}/app/validation?lang=fr`);
      await page.locator("#validation-queue").waitFor({ state: "attached" });
      await checkAccessibility(page, "manager-validation-fr");
      await screenshot(page, "manager-validation-fr");
    },
    JOURNEY_TIMEOUT,
  );
});
