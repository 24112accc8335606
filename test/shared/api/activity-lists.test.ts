import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

describe("activity lists", async () => {
  const { app, as } = await testApp();
  const mentor = as("mentor.kenya");
  const ids: Record<string, string> = {};

  async function create(name: string, overrides: Record<string, unknown>, by = app) {
    const res = await sendJson(by, "POST", "/activities", { ...validActivity, title: name, ...overrides });
    expect(res.status).toBe(201);
    ids[name] = (await res.json()).id;
  }
  async function list(query: string) {
    const res = await app.request(`/activities?${query}`);
    const body = await res.json();
    return { res, body, titles: (body.items ?? []).map((a: { title: string }) => a.title) };
  }

  beforeAll(async () => {
    await sendJson(app, "POST", "/donors", { id: "donor-a", name: "Donor A" });
    // Logged by the Kenya mentor, who becomes their mentor of record.
    await create("crypto-kenya", { theme: "cryptocurrency_darknet", countries: ["KEN"], donors: ["donor-a"] }, mentor);
    await create("csea-kenya", {
      theme: "child_sexual_exploitation",
      countries: ["KEN", "TZA"],
      startDate: "2019-02-01",
      endDate: "2019-02-02",
    });
    await create("prevention-senegal", { theme: "prevention", countries: ["SEN"] }, mentor);
    await create("kenya-2020", {
      theme: "prevention",
      countries: ["KEN"],
      startDate: "2020-01-10",
      endDate: "2020-01-11",
      donors: ["donor-a"],
    });
  });

  it("lists a year's activities, theme by theme", async () => {
    // Sorted by theme, then start date: the order of the report's sections.
    expect((await list("year=2019")).titles).toEqual(["csea-kenya", "crypto-kenya", "prevention-senegal"]);
    expect((await list("year=2019&theme=prevention")).titles).toEqual(["prevention-senegal"]);
  });

  it("lists by country and year", async () => {
    expect((await list("country=KEN&year=2019")).titles).toEqual(["csea-kenya", "crypto-kenya"]);
    expect((await list("country=KEN&year=2020")).titles).toEqual(["kenya-2020"]);
    expect((await list("country=TZA&year=2019&theme=child_sexual_exploitation")).titles).toEqual(["csea-kenya"]);
  });

  it("lists by donor and year", async () => {
    expect((await list("donor=donor-a&year=2019")).titles).toEqual(["crypto-kenya"]);
    expect((await list("donor=donor-a&year=2020")).titles).toEqual(["kenya-2020"]);
  });

  it("lists a mentor's activities, and a mentor's year", async () => {
    expect((await list("mentor=mentor-kenya")).titles.sort()).toEqual(["crypto-kenya", "prevention-senegal"]);
    expect((await list("mentor=mentor-kenya&year=2020")).titles).toEqual([]);
  });

  it("pages with an opaque cursor until the last page", async () => {
    const first = await list("year=2019&limit=2");
    expect(first.titles).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await list(`year=2019&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.titles).toEqual(["prevention-senegal"]);
    const all = [...first.titles, ...second.titles];
    expect(all).toEqual(["csea-kenya", "crypto-kenya", "prevention-senegal"]);
  });

  it("pages country lists too", async () => {
    const first = await list("country=KEN&year=2019&limit=1");
    const second = await list(`country=KEN&year=2019&limit=1&cursor=${first.body.nextCursor}`);
    expect([...first.titles, ...second.titles]).toEqual(["csea-kenya", "crypto-kenya"]);
  });

  it("answers 400 to a cursor it did not issue, or one from another list", async () => {
    const bad = await list("year=2019&cursor=not-a-cursor");
    expect(bad.res.status).toBe(400);
    expect(bad.body.details.issues[0]).toEqual({ path: "cursor", message: "is not a cursor this list returned" });
    const kenya = await list("country=KEN&year=2019&limit=1");
    const mixed = await list(`country=SEN&year=2019&cursor=${kenya.body.nextCursor}`);
    expect(mixed.res.status).toBe(400);
  });

  it("answers 400 to filters no stored read pattern serves", async () => {
    const noKey = await list("theme=prevention");
    expect(noKey.res.status).toBe(400);
    expect(noKey.body.message).toBe("query: give a year, or a mentor");
    expect((await list("country=KEN")).body.message).toBe("query: country and donor lists need a year");
    expect((await list("year=2019&limit=500")).body.details.issues[0].path).toBe("query.limit");
    expect((await list("year=2019&country=ZZZ")).body.details.issues[0].path).toBe("query.country");
  });
});
