// The report page of a large year shows its paragraphs a page at a time, so that it stays far below
// Lambda's 6 MB response limit whatever the number of activities.
import { beforeAll, describe, expect, it } from "vitest";
import { loadYear } from "../../../local/bench/dataset";
import { REPORT_PAGE_PARAGRAPHS } from "../../../shared/pages/manager/report";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";

const YEAR = 2033;
const ACTIVITIES = 450;

const paragraphNumbers = (page: string) => [...page.matchAll(/id="para-(\d+)"/g)].map((m) => Number(m[1]));

describe("the report page of a large year", async () => {
  const { db, unauthenticated } = await testApp();

  beforeAll(async () => {
    // Validated activities with their narratives: one paragraph each in the report.
    await loadYear(db, YEAR, ACTIVITIES, () => {});
  }, 120_000);

  it("shows one page of paragraphs, links to the others, and keeps the report's numbers", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const first = await (await browser.get(`/app/report?year=${YEAR}&lang=en`)).text();
    const shown = paragraphNumbers(first);
    expect(shown.length).toBeGreaterThan(0);
    expect(Math.max(...shown)).toBe(REPORT_PAGE_PARAGRAPHS);
    expect(first).toContain('id="h-summary"');
    expect(first).toContain('<span aria-current="page">¶1–200</span>');
    expect(first).toContain(`href="/app/report?year=${YEAR}&amp;page=2#report-preview"`);
    expect(first).toContain(`href="/app/report?year=${YEAR}&amp;page=3#report-preview"`);

    const second = await (await browser.get(`/app/report?year=${YEAR}&page=2&lang=en`)).text();
    expect(paragraphNumbers(second)).toEqual(Array.from({ length: REPORT_PAGE_PARAGRAPHS }, (_, i) => 201 + i));
    expect(second).not.toContain('id="h-summary"');
    expect(second).toContain('<span aria-current="page">¶201–400</span>');
    // The last page ends on the report's last paragraph: every activity is told, once.
    const third = await (await browser.get(`/app/report?year=${YEAR}&page=3&lang=en`)).text();
    const last = paragraphNumbers(third);
    expect(last[0]).toBe(401);
    expect(new Set([...shown, ...paragraphNumbers(second), ...last]).size).toBe(last.at(-1));
    // A page that is not one shows the first.
    expect(paragraphNumbers(await (await browser.get(`/app/report?year=${YEAR}&page=99&lang=en`)).text())).toEqual(
      shown,
    );
  });
});
