import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { sendJson } from "../../support/requests";

const texts = {
  year: 2024,
  symbol: "E/CN.15/2025/9",
  texts: {
    fr: {
      titleBlock: { distribution: "Distr. générale", title: "Favoriser l’assistance technique" },
      blocks: { introduction: ["Premier paragraphe."], "expert-group:closing": ["Conclusions."] },
    },
  },
  groups: [{ activities: ["a-1", "a-2"], place: "capacity-building" }],
};

describe("report texts API", async () => {
  const { app, as } = await testApp();

  it("creates the year's texts under the year, reads, lists and replaces them at the version read", async () => {
    const created = await sendJson(app, "POST", "/report-texts", texts);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("/report-texts/2024");
    expect(await (await app.request("/report-texts/2024")).json()).toMatchObject({ ...texts, id: "2024", version: 1 });
    const list = await (await app.request("/report-texts")).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain("2024");
    const replaced = await sendJson(app, "PUT", "/report-texts/2024", { ...texts, groups: [], version: 1 });
    expect(await replaced.json()).toMatchObject({ groups: [], version: 2 });
    const stale = await sendJson(app, "PUT", "/report-texts/2024", { ...texts, version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).details).toEqual({ currentVersion: 2 });
    expect((await sendJson(app, "POST", "/report-texts", texts)).status).toBe(409);
  });

  it("answers 400 naming the field: an unknown block, an activity told in two groups, texts stored under another year", async () => {
    const badBlock = await sendJson(app, "POST", "/report-texts", {
      ...texts,
      year: 2025,
      texts: { fr: { blocks: { conclusion: ["…"] } } },
    });
    expect(badBlock.status).toBe(400);
    expect(JSON.stringify(await badBlock.json())).toContain("texts.fr.blocks");
    const twice = await sendJson(app, "POST", "/report-texts", {
      ...texts,
      year: 2025,
      groups: [{ activities: ["a-1"] }, { activities: ["a-1"] }],
    });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(await twice.json())).toContain("groups.1.activities.0");
    const other = await sendJson(app, "PUT", "/report-texts/2024", { ...texts, year: 2023, version: 2 });
    expect(other.status).toBe(400);
    expect(JSON.stringify(await other.json())).toContain('"path":"year"');
    // Nothing was written by the refused requests.
    expect((await app.request("/report-texts/2025")).status).toBe(404);
    expect((await (await app.request("/report-texts/2024")).json()).version).toBe(2);
  });

  it("is for managers to write: a mentor gets a 403 before the body is read", async () => {
    const res = await sendJson(as("mentor.kenya"), "POST", "/report-texts", texts);
    expect(res.status).toBe(403);
  });
});
