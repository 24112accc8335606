// The manager's journey in Chromium: validate a mentor's submitted activity and see it counted
// on the dashboard and in the annual report.
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAccessibility, launchBrowser, screenshot, signIn, startJourney } from "../support/browser";
import { startTestServer } from "../support/server";
import { JOURNEY_YEAR, journeyTitle, logActivity, moveActivity, type StoredActivity } from "./activities";
import { englishPhrases, expectNoEnglish, look, pageTables } from "./look";
import { measurePageWeight } from "./page-weight";
import { PHONE_WIDTH, phoneScrollWidth } from "./phone-width";

/** Generous: on a loaded machine the first journey alone, with its photographs, can take two minutes. */
const JOURNEY_TIMEOUT = 300_000;
/** A file with fourteen problems, one or more of each kind: a misspelt country, a serial date, a formula… */
const TEN_ERRORS = resolve(import.meta.dirname, "../fixtures/import-ten-errors.csv");
/** Some ten pages, each checked, photographed at both widths and opened again on a phone. */
const LANGUAGES_TIMEOUT = 360_000;

/** A page, the element it is ready with, and the languages no other journey opens it in. */
type ManagerPage = [name: string, path: string, ready: string, languages: readonly ("es" | "fr" | "en")[]];

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

/** A first visit's weight, on a page of its own, so that its listener leaves the journey's page alone. */
async function weigh(page: Page, url: string) {
  const own = await page.context().newPage();
  try {
    return await measurePageWeight(own, url);
  } finally {
    await own.close();
  }
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
      const dashboardWeight = await weigh(page, `${server.baseUrl}/app/dashboard?year=2019`);
      console.info(`Dashboard 2019, first visit: ${dashboardWeight.total.transferBytes} bytes transferred`);
      await page.locator("#dashboard-totals").waitFor();
      await checkAccessibility(page, "manager-dashboard");
      await screenshot(page, "manager-dashboard");

      await page.goto(`${server.baseUrl}/app/dashboard?year=2019&lang=fr`);
      await page.locator("#chart-theme").waitFor();
      await checkAccessibility(page, "manager-dashboard-2019-fr");
      await screenshot(page, "manager-dashboard-2019-fr");

      // The map beside the table of countries, and the years side by side.
      // Shaded where the records attribute people to the country alone, hatched where they name it only.
      expect(await page.locator("#map-country path.shaded").count()).toBeGreaterThan(0);
      expect(await page.locator("#map-country path.named").count()).toBeGreaterThan(5);
      expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
      await Promise.all([
        page.waitForURL("**/app/dashboard/years**"),
        page.getByRole("link", { name: "Voir les années côte à côte" }).click(),
      ]);
      await page.locator("#years-people-table").waitFor();
      await checkAccessibility(page, "manager-years-fr");
      await screenshot(page, "manager-years-fr");
      expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
      await page.goto(`${server.baseUrl}/app/dashboard/years?lang=en`);
      await page.locator("#years-activities-table").waitFor();
      await checkAccessibility(page, "manager-years");
      await screenshot(page, "manager-years");

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

      // The report tells of it: its figure links to the record (titles are in the working annex).
      const told = `#report-preview a.figure[data-records~="${submitted.id}"]`;
      await page.goto(`${server.baseUrl}/app/report?year=${JOURNEY_YEAR}`);
      await page.locator(told).first().waitFor();
      await checkAccessibility(page, `manager-report-${JOURNEY_YEAR}`);
      await screenshot(page, `manager-report-${JOURNEY_YEAR}`);

      await page.goto(`${server.baseUrl}/app/report?year=${JOURNEY_YEAR}&lang=fr`);
      await page.locator(told).first().waitFor();
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

  it(
    "finds a record by a word of its narrative, opens it and reads its history",
    async () => {
      const { page } = await startJourney(browser);
      await signIn(page, server.baseUrl, "manager");
      const narrativeWord = "steganography";
      const corrected = journeyTitle("Steganography clinic");
      const logged = await logActivity(server, "mentor.elsalvador", corrected, {
        countries: ["SLV"],
        narrative: { en: `Hands-on ${narrativeWord} exercises.`, fr: "Exercices pratiques." },
      });
      const renamed = await server.api("manager", `/activities/${logged.id}`, {
        method: "PUT",
        body: { ...(await (await server.api("manager", `/activities/${logged.id}`)).json()), title: `${corrected} II` },
      });
      expect(renamed.status).toBe(200);

      const weight = await weigh(page, `${server.baseUrl}/app/records?year=${JOURNEY_YEAR}`);
      await page.goto(`${server.baseUrl}/app/records?year=${JOURNEY_YEAR}`);
      console.info(`All activities page, first visit: ${weight.total.transferBytes} bytes transferred`);
      await page.getByRole("link", { name: "All activities" }).first().waitFor();
      await page.getByLabel("Words to look for").fill(narrativeWord.toUpperCase());
      await page.locator("#records-country").selectOption("SLV");
      await Promise.all([page.waitForURL(/q=STEGANOGRAPHY/), page.getByRole("button", { name: "Search" }).click()]);
      const found = page.locator(`#records-list [data-activity-id="${logged.id}"]`);
      await found.waitFor();
      expect(await page.locator("#records-list > li").count()).toBe(1);
      await checkAccessibility(page, "manager-records");
      await screenshot(page, "manager-records");
      expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);

      await page.goto(`${page.url()}&lang=fr`);
      await found.waitFor();
      await checkAccessibility(page, "manager-records-fr");
      await screenshot(page, "manager-records-fr");

      await Promise.all([page.waitForURL(`**/app/activities/${logged.id}`), found.getByRole("link").first().click()]);
      await page.getByRole("heading", { name: `${corrected} II` }).waitFor();
      await Promise.all([
        page.waitForURL(`**/app/activities/${logged.id}/history`),
        page.getByRole("link", { name: "Historique" }).click(),
      ]);
      const change = page.locator('#history [data-action="update"] tr[data-field="title"]');
      expect(await change.locator(".before").innerText()).toBe(corrected);
      expect(await change.locator(".after").innerText()).toBe(`${corrected} II`);
      await checkAccessibility(page, "manager-history-fr");
      await screenshot(page, "manager-history-fr");
      expect(await phoneScrollWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
      await page.goto(`${server.baseUrl}/app/activities/${logged.id}/history?lang=en`);
      await checkAccessibility(page, "manager-history");
      await screenshot(page, "manager-history");
    },
    JOURNEY_TIMEOUT,
  );
  describe("every manager page in Spanish to a manager whose browser prefers it, and in French and English where no other journey opens it", () => {
    let inQueue: StoredActivity;
    beforeAll(async () => {
      const title = journeyTitle("Pruebas electrónicas para fiscales");
      const logged = await logActivity(server, "mentor.elsalvador", title, { countries: ["SLV"] });
      const stored = await (await server.api("manager", `/activities/${logged.id}`)).json();
      const renamed = await server.api("manager", `/activities/${logged.id}`, {
        method: "PUT",
        body: { ...stored, title: `${title} II` },
      });
      expect(renamed.status).toBe(200);
      inQueue = await moveActivity(server, "mentor.elsalvador", (await renamed.json()) as StoredActivity, "submitted");
    });

    /** Signs in with a browser that prefers Spanish (es-SV), which the landing page then speaks. */
    async function spanishManager() {
      const { page } = await startJourney(browser, { locale: "es-SV" });
      await signIn(page, server.baseUrl, "manager");
      // No ?lang=: the browser's Accept-Language chooses.
      expect(await page.locator("html").getAttribute("lang")).toBe("es");
      return page;
    }

    /** Checks the file on the import page in `language` and waits for its report. */
    async function checkFile(page: Page, language: "es" | "fr" | "en") {
      await page.goto(`${server.baseUrl}/app/import?lang=${language}`);
      await page.locator("#import-file").setInputFiles(TEN_ERRORS);
      await Promise.all([
        page.waitForURL(/\/app\/import\/[0-9a-f-]{36}/),
        page.locator('#import-form button[value="check"]').click(),
      ]);
      // The job's page polls until the report replaces its progress.
      await page.locator("#import-problems li").first().waitFor({ timeout: 60_000 });
      return page.locator("#import-problems li").allInnerTexts();
    }

    /**
     * Opens each page in each of its languages (no ?lang= suffix in the screenshot's name for
     * English): no English left in French or Spanish, accessibility, and both widths.
     */
    async function visit(page: Page, pages: ManagerPage[]) {
      for (const [base, path, ready, languages] of pages) {
        for (const language of languages) {
          const name = language === "en" ? base : `${base}-${language}`;
          await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${language}`);
          await page.locator(ready).first().waitFor();
          expect(await page.locator("html").getAttribute("lang"), name).toBe(language);
          if (language !== "en") await expectNoEnglish(page, name);
          await checkAccessibility(page, name);
          await look(page, name, { header: false });
        }
      }
    }

    it(
      "the dashboard, the years side by side, all activities, a record and its history",
      async () => {
        const id = encodeURIComponent(inQueue.id);
        await visit(await spanishManager(), [
          ["manager-dashboard", "/app/dashboard?year=2019", "#chart-country", ["es"]],
          ["manager-years", "/app/dashboard/years", "#years-activities-table", ["es"]],
          [
            "manager-records",
            `/app/records?year=${JOURNEY_YEAR}&country=SLV`,
            `[data-activity-id="${inQueue.id}"]`,
            ["es"],
          ],
          ["manager-activity", `/app/activities/${id}`, "#main h1", ["es", "fr", "en"]],
          ["manager-history", `/app/activities/${id}/history`, '#history [data-action="update"]', ["es"]],
        ]);
      },
      LANGUAGES_TIMEOUT,
    );

    it(
      "the validation queue, the import page and the report, the 2019 one composed from the records",
      async () => {
        const page = await spanishManager();
        await visit(page, [
          ["manager-validation", "/app/validation", `#validation-queue [data-activity-id="${inQueue.id}"]`, ["es"]],
          ["manager-import", "/app/import", "#import-form", ["es", "fr", "en"]],
          ["manager-report", `/app/report?year=${JOURNEY_YEAR}`, "#report-preview", ["es"]],
        ]);
        // Too long to photograph: checked only.
        await page.goto(`${server.baseUrl}/app/report?year=2019&lang=es`);
        await page.locator("#report-preview").waitFor();
        await expectNoEnglish(page, "manager-report-2019-es");
        await checkAccessibility(page, "manager-report-2019-es");
      },
      LANGUAGES_TIMEOUT,
    );

    it(
      "a report figure's working annex and the records it counts",
      async () => {
        const cell = encodeURIComponent("measure:practitionersTrained:participants");
        const kenya = encodeURIComponent("country:KEN:activities");
        const page = await spanishManager();
        await visit(page, [
          ["manager-report-records", `/app/report/records?year=2019&cell=${cell}`, "#figure-records li", ["es", "fr"]],
          [
            "manager-report-records-country",
            `/app/report/records?year=2019&cell=${kenya}`,
            "#figure-records li",
            ["fr"],
          ],
          ["manager-report-annex", "/app/report/annex?year=2019", "main, body", ["es"]],
        ]);
        // From the annex's sources, a figure's drill-down is headed with what the figure is, in the page's language.
        const heading = page.getByRole("heading", { level: 1 });
        for (const [language, name] of [
          ["fr", "Praticiens de la justice pénale formés"],
          ["en", "Criminal justice practitioners trained"],
        ] as const) {
          await page.goto(`${server.baseUrl}/app/report/annex?year=2019&lang=${language}`);
          await Promise.all([
            page.waitForURL("**/app/report/records?**"),
            page.locator(`a[href*="cell=${cell}"]`).first().click(),
          ]);
          expect(await heading.innerText()).toBe(name);
        }
        for (const [language, name] of [
          ["fr", "Activités avec la participation du Kenya"],
          ["en", "Activities in which Kenya took part"],
        ] as const) {
          await page.goto(`${server.baseUrl}/app/report/records?year=2019&cell=${kenya}&lang=${language}`);
          expect(await heading.innerText()).toBe(name);
          expect(await page.title()).toContain(name);
        }
      },
      LANGUAGES_TIMEOUT,
    );

    it(
      "the reference records, and a mentor's countries covered found by typing, as on the activity form",
      async () => {
        const page = await spanishManager();
        await visit(page, [
          ["manager-manage", "/app/manage", "#manage-kinds", ["es", "fr"]],
          ["manager-manage-mentors", "/app/manage/mentors", "#manage-create", ["es"]],
          ["manager-manage-mentor", "/app/manage/mentors/mentor-el-salvador", "#manage-edit", ["es", "fr"]],
          ["manager-manage-donors", "/app/manage/donors", "#manage-create", ["es", "fr"]],
          [
            "manager-manage-donor",
            `/app/manage/donors/demo-donor-a?year=${JOURNEY_YEAR}`,
            "#donor-funding",
            ["es", "fr"],
          ],
          ["manager-manage-labs", "/app/manage/labs", "#manage-create", ["es", "fr"]],
          ["manager-manage-figures", "/app/manage/figures", "#manage-create", ["es", "en"]],
        ]);
        await page.goto(`${server.baseUrl}/app/manage/mentors/mentor-el-salvador?lang=es`);
        await page.locator("#country-filter").fill("guate");
        await page.locator('#country-list input[value="GTM"]').check();
        await page.locator("#countries-chosen").getByText("Guatemala").waitFor();
        await Promise.all([page.waitForURL(/saved=1/), page.locator("#manage-edit button[type=submit]").click()]);
        const mentor = (await (await server.api("manager", "/mentors/mentor-el-salvador")).json()) as {
          countriesCovered: string[];
        };
        expect(mentor.countriesCovered).toContain("GTM");
      },
      LANGUAGES_TIMEOUT,
    );

    it(
      "the import's problems, a funding that cannot be saved, and the pages not found or not open, with no English left",
      async () => {
        const page = await spanishManager();
        // The English problems, cut at what the file holds (quoted values, numbers), are what may not be left.
        const english = (await checkFile(page, "en")).flatMap((line) =>
          line
            .replace(/^row \d+(, [^:]+)?: /, "")
            .split(/'[^']*'|=\S+|\d+|—/)
            .map((piece) => piece.trim())
            .filter((piece) => piece.length >= 12),
        );
        expect(english).toContain("is not a country");
        const phrases = [...englishPhrases(...pageTables("en")), ...english];
        for (const language of ["es", "fr"] as const) {
          const lines = await checkFile(page, language);
          expect(lines.length).toBe(14);
          await expectNoEnglish(page, `manager-import-problems-${language}`, phrases);
          await checkAccessibility(page, `manager-import-problems-${language}`);
          await look(page, `manager-import-problems-${language}`, { header: false });
        }

        // An activity with ten donors takes no eleventh: the page says why, in its language.
        const donors = Array.from({ length: 10 }, (_, index) => `journey-funder-${index}`);
        for (const id of donors) {
          const created = await server.api("manager", "/donors", {
            method: "POST",
            body: { id, name: `Funder ${id}` },
          });
          expect([201, 409]).toContain(created.status);
        }
        const full = await logActivity(server, "manager", journeyTitle("Funded ten times"), { donors });
        for (const language of ["es", "fr"] as const) {
          await page.goto(`${server.baseUrl}/app/manage/donors/demo-donor-a?year=${JOURNEY_YEAR}&lang=${language}`);
          await page.locator("#funding-activity").selectOption(`${full.id}:${full.version}`);
          await page.locator("#funding-add button[type=submit]").click();
          const problem = page.locator("#main .notice.bad");
          await problem.waitFor();
          expect(await problem.innerText()).toContain(full.title);
          await expectNoEnglish(page, `manager-manage-donor-refused-${language}`);
          await checkAccessibility(page, `manager-manage-donor-refused-${language}`);
        }

        // An address no page answers, and a page not open to a donor.
        const donor = (await startJourney(browser, { locale: "es-SV" })).page;
        await signIn(donor, server.baseUrl, "donor.a");
        for (const [who, path, name] of [
          [page, "/app/no-such-page", "manager-not-found"],
          [page, "/app/activities/no-such-record/history", "manager-record-not-found"],
          [donor, "/app/validation", "donor-forbidden"],
        ] as const) {
          for (const language of ["es", "fr"] as const) {
            const response = await who.goto(`${server.baseUrl}${path}?lang=${language}`);
            expect(response?.status(), `${name}-${language}`).toBe(name.endsWith("forbidden") ? 403 : 404);
            await who.locator("#main .notice.bad").waitFor();
            await expectNoEnglish(who, `${name}-${language}`);
            await checkAccessibility(who, `${name}-${language}`);
            await look(who, `${name}-${language}`, { header: false });
          }
        }
      },
      LANGUAGES_TIMEOUT,
    );
  });
});
