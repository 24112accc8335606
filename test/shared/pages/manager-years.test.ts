import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

/** The cells of a table's row, by its header. */
function row(page: string, table: string, label: string): string[] {
  const html = page.slice(page.indexOf(`id="${table}"`));
  const found = new RegExp(`<th scope="row"[^>]*>${label}</th>((?:<td[^>]*>[^<]*</td>)+)`).exec(html);
  return [...(found?.[1] ?? "").matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((match) => match[1] as string);
}

describe("the years side by side", async () => {
  const { app: manager, unauthenticated } = await testApp();

  async function validated(fields: Record<string, unknown>) {
    const created = await (await sendJson(manager, "POST", "/activities", { ...validActivity, ...fields })).json();
    const submitted = await (
      await sendJson(manager, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 })
    ).json();
    const res = await sendJson(manager, "POST", `/activities/${created.id}/status`, {
      status: "validated",
      version: submitted.version,
    });
    expect(res.status).toBe(200);
  }

  await validated({ startDate: "2021-02-01", endDate: "2021-02-02", participants: { total: 40, qualifier: "exact" } });
  await validated({ startDate: "2022-02-01", endDate: "2022-02-02", participants: { total: 25, qualifier: "exact" } });
  await validated({
    startDate: "2022-05-01",
    endDate: "2022-05-02",
    countries: ["SEN"],
    participants: { total: 10, qualifier: "approximately" },
  });
  await validated({
    kind: "awareness_campaign",
    theme: "prevention",
    startDate: "2022-06-01",
    endDate: "2022-06-01",
    participants: { total: 5000, qualifier: "exact" },
  });

  it("gives one measure by theme, its countries and the activities by theme, a column per year", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const res = await browser.get("/app/dashboard/years?lang=en");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<th scope="col" class="num">2021</th><th scope="col" class="num">2022</th>');
    expect(row(page, "years-people-table", "Cryptocurrency and darknet investigations")).toEqual([
      "40",
      "about\u00a035",
    ]);
    expect(row(page, "years-people-table", "Total")).toEqual(["40", "about\u00a035"]);
    // The campaign's pupils are another measure: not added to the practitioners.
    expect(page).not.toContain("5,035");
    expect(row(page, "years-countries-table", "Countries named")).toEqual(["2", "3"]);
    expect(row(page, "years-activities-table", "Prevention")).toEqual(["0", "1"]);
    expect(row(page, "years-activities-table", "Total")).toEqual(["1", "3"]);
  });

  it("shows another measure when asked, in French too", async () => {
    const browser = await signedInBrowser(unauthenticated, "manager");
    const page = await (await browser.get("/app/dashboard/years?lang=fr&measure=peopleReached")).text();
    expect(page).toContain("Les années côte à côte");
    expect(row(page, "years-people-table", "Prévention")).toEqual(["0", "5\u202f000"]);
    expect((await (await signedInBrowser(unauthenticated, "mentor.kenya")).get("/app/dashboard/years")).status).toBe(
      403,
    );
  });
});
