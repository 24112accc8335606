// The import page in Chromium: a manager uploads a file to import, lands on the job's page, whose
// script polls the job, moves the progress bar as the batches are written, and shows the report
// once the job is done, without a reload from the person. The job's writes are held by SDK
// middleware on the server's table until the page has shown its progress, so nothing depends on
// how fast the machine is.
import { describe, expect, it } from "vitest";
import { IMPORT_WORDS } from "../../shared/pages/import/words";
import { checkAccessibility, launchBrowser, signIn, startJourney } from "../support/browser";
import { startTestServer } from "../support/server";

const JOURNEY_TIMEOUT = 120_000;
const ROWS = 300;
const HEADER = "Reference,Kind,Theme,Title,Start date,End date,Countries,Participants,Women,Men";
/** Rows of the second batch (the first holds 250): their writes wait until the test lets them go. */
const held = (reference: string) => Number(reference.replace("E2E-IMPORT-", "")) >= 250;

function file(): Buffer {
  const rows = Array.from(
    { length: ROWS },
    (_, index) =>
      `E2E-IMPORT-${index},training,cryptocurrency_darknet,Imported training ${index},2024-05-06,2024-05-07,KEN,20,8,12`,
  );
  return Buffer.from(`${[HEADER, ...rows].join("\r\n")}\r\n`);
}

describe("the import page", async () => {
  const browser = await launchBrowser();
  const server = await startTestServer();

  it(
    "shows an import's progress as its batches are written, then its report, polling the job",
    async () => {
      // Every BatchWrite naming a row of the second batch waits for `release`.
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      server.db.client.middlewareStack.add(
        (next, context) => async (args) => {
          const input = JSON.stringify(args.input);
          if (context.commandName === "BatchWriteItemCommand" && (input.match(/E2E-IMPORT-\d+/g) ?? []).some(held)) {
            await released;
          }
          return next(args);
        },
        { step: "initialize", name: "holdSecondBatch" },
      );

      const { page } = await startJourney(browser);
      await signIn(page, server.baseUrl, "manager");
      await page.goto(`${server.baseUrl}/app/import?lang=en`);
      await page
        .locator("#import-file")
        .setInputFiles({ name: "field-office.csv", mimeType: "text/csv", buffer: file() });
      await Promise.all([
        page.waitForURL(/\/app\/import\/[0-9a-f-]{36}/),
        page.locator('button[name="action"][value="commit"]').click(),
      ]);
      const jobId = new URL(page.url()).pathname.split("/").at(-1) as string;

      // The first batch written, the second held: the bar says 250 of 300.
      const progress = page.locator("#import-progress progress");
      await page.waitForFunction(
        () => {
          const bar = document.querySelector("#import-progress progress") as HTMLProgressElement | null;
          return bar?.max === 300 && bar.value === 250;
        },
        undefined,
        { timeout: 60_000 },
      );
      expect(await progress.getAttribute("aria-label")).toBe(IMPORT_WORDS.en.title);
      await page.locator("[data-progress-text]").getByText("250").waitFor();
      await checkAccessibility(page, "import-progress");

      // Let the writes go: the page finds the job done and shows its report by itself.
      release();
      const report = page.locator('#import-report[data-committed="true"]');
      await report.waitFor({ timeout: 60_000 });
      await report.getByText(IMPORT_WORDS.en.were(ROWS, 0, 0)).waitFor();
      await expect(page.locator("#import-progress").count()).resolves.toBe(0);
      await checkAccessibility(page, "import-report");
      // The page asked the API how far the job was, rather than being reloaded by the person.
      expect(server.requests.filter((request) => request === `GET /app/api/imports/${jobId}`).length).toBeGreaterThan(
        0,
      );
      server.db.client.middlewareStack.remove("holdSecondBatch");
    },
    JOURNEY_TIMEOUT,
  );
});
