import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

const mentor = {
  name: "Cybercrime mentor, San Salvador",
  dutyStation: { city: "San Salvador", country: "SLV" },
  countriesCovered: ["SLV", "GTM", "HND"],
  themes: ["child_sexual_exploitation"],
  period: { start: "2019-01-01" },
};

describe("mentors, donors and labs API", async () => {
  const { app } = await testApp();

  describe("mentors", () => {
    it("creates, reads, replaces, lists and deletes a mentor", async () => {
      const created = await sendJson(app, "POST", "/mentors", mentor);
      expect(created.status).toBe(201);
      const { id } = await created.json();
      expect(await (await app.request(`/mentors/${id}`)).json()).toMatchObject({ ...mentor, id, version: 1 });

      const replaced = await sendJson(app, "PUT", `/mentors/${id}`, {
        ...mentor,
        name: "Mentor, Guatemala City",
        version: 1,
      });
      expect(await replaced.json()).toMatchObject({ name: "Mentor, Guatemala City", version: 2 });
      expect((await sendJson(app, "PUT", `/mentors/${id}`, { ...mentor, version: 1 })).status).toBe(409);

      const list = await (await app.request("/mentors")).json();
      expect(list.items.map((m: { id: string }) => m.id)).toContain(id);

      expect((await app.request(`/mentors/${id}?version=2`, { method: "DELETE" })).status).toBe(204);
      expect((await app.request(`/mentors/${id}`)).status).toBe(404);
    });

    it("answers 400 to a period that ends before it starts", async () => {
      const res = await sendJson(app, "POST", "/mentors", {
        ...mentor,
        period: { start: "2019-05-01", end: "2019-01-01" },
      });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues).toEqual([{ path: "period.end", message: "ends before it starts" }]);
    });
  });

  describe("donors", () => {
    it("uses the donor's code as its id and refuses a second donor with the same code", async () => {
      expect((await sendJson(app, "POST", "/donors", { id: "canada", name: "Government of Canada" })).status).toBe(201);
      const again = await sendJson(app, "POST", "/donors", { id: "canada", name: "Someone else" });
      expect(again.status).toBe(409);
      expect((await (await app.request("/donors/canada")).json()).name).toBe("Government of Canada");
    });

    it("lists donors by name", async () => {
      await sendJson(app, "POST", "/donors", { id: "zz-first-by-name", name: "Aardvark Foundation" });
      const list = await (await app.request("/donors?limit=100")).json();
      expect(list.items[0]).toMatchObject({ id: "zz-first-by-name", name: "Aardvark Foundation" });
    });

    it("renames a donor without changing its code", async () => {
      await sendJson(app, "POST", "/donors", { id: "japan", name: "Japan" });
      const res = await sendJson(app, "PUT", "/donors/japan", { name: "Government of Japan", version: 1 });
      expect(await res.json()).toMatchObject({ id: "japan", name: "Government of Japan", version: 2 });
      expect((await sendJson(app, "PUT", "/donors/japan", { id: "other", name: "x", version: 2 })).status).toBe(400);
    });

    it("refuses to delete a donor that activities cite, and allows it once they are gone", async () => {
      await sendJson(app, "POST", "/donors", { id: "norway", name: "Norway" });
      const activity = await (
        await sendJson(app, "POST", "/activities", { ...validActivity, donors: ["norway"] })
      ).json();
      const refused = await app.request("/donors/norway?version=1", { method: "DELETE" });
      expect(refused.status).toBe(409);
      expect((await refused.json()).message).toBe('Donor "norway" is cited by 1 activity: it cannot be deleted');
      // Renaming a cited donor keeps the citation count.
      await sendJson(app, "PUT", "/donors/norway", { name: "Kingdom of Norway", version: 1 });
      expect((await app.request("/donors/norway?version=2", { method: "DELETE" })).status).toBe(409);
      await app.request(`/activities/${activity.id}?version=1`, { method: "DELETE" });
      expect((await app.request("/donors/norway?version=2", { method: "DELETE" })).status).toBe(204);
    });
  });

  describe("labs", () => {
    it("lists labs by country", async () => {
      const activity = await (await sendJson(app, "POST", "/activities", validActivity)).json();
      const kenya = {
        country: "KEN",
        institution: "DCI forensic lab",
        type: "national_lab",
        activityIds: [activity.id],
      };
      expect((await sendJson(app, "POST", "/labs", kenya)).status).toBe(201);
      await sendJson(app, "POST", "/labs", { country: "SEN", institution: "Plateforme", type: "regional_unit" });
      const list = await (await app.request("/labs?country=KEN")).json();
      expect(list.items.map((l: { institution: string }) => l.institution)).toEqual(["DCI forensic lab"]);
      const all = await (await app.request("/labs")).json();
      expect(all.items).toHaveLength(2);
    });

    it("reads, replaces and deletes a lab at the version read", async () => {
      const lab = { country: "LAO", institution: "Police digital forensics lab", type: "national_lab" };
      const created = await (await sendJson(app, "POST", "/labs", lab)).json();
      expect(await (await app.request(`/labs/${created.id}`)).json()).toMatchObject({ ...lab, version: 1 });
      const replaced = await sendJson(app, "PUT", `/labs/${created.id}`, { ...lab, setUpOn: "2019-11-01", version: 1 });
      expect(await replaced.json()).toMatchObject({ setUpOn: "2019-11-01", version: 2 });
      expect((await app.request(`/labs/${created.id}?version=1`, { method: "DELETE" })).status).toBe(409);
      expect((await app.request(`/labs/${created.id}?version=2`, { method: "DELETE" })).status).toBe(204);
      expect((await app.request(`/labs/${created.id}`)).status).toBe(404);
    });

    it("answers 400 naming an activity that does not exist, and stores nothing", async () => {
      const res = await sendJson(app, "POST", "/labs", {
        country: "GTM",
        institution: "Ministerio Público",
        type: "national_lab",
        activityIds: ["missing-activity"],
      });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues).toEqual([
        { path: "activityIds.0", message: 'unknown activity "missing-activity"' },
      ]);
      expect((await (await app.request("/labs?country=GTM")).json()).items).toEqual([]);
    });
  });

  describe("published figures", () => {
    it("keeps a manager's note on how a published figure and the records relate, and the report shows it", async () => {
      const figure = {
        id: "2031-practitioners",
        year: 2031,
        indicator: "practitioners_trained",
        value: 120,
        qualifier: "exact",
        unit: "criminal justice practitioners",
        label: { en: "Practitioners trained", fr: "Praticiens formés" },
        source: { document: "E/CN.15/2032/12", paragraph: "18" },
      };
      expect((await sendJson(app, "POST", "/published-figures", figure)).status).toBe(201);
      const note = {
        en: "The published total includes a regional workshop.",
        fr: "Le total publié comprend un atelier régional.",
      };
      const res = await sendJson(app, "PUT", `/published-figures/${figure.id}`, {
        ...figure,
        id: undefined,
        note,
        version: 1,
      });
      expect(res.status).toBe(200);
      expect((await res.json()).note).toEqual(note);
      const report = await (await app.request("/reports/annual/2031?lang=en&format=json")).json();
      expect(report.reconciliation[0]).toMatchObject({ note: note.en, difference: 120, recorded: { value: 0 } });
    });
  });
});
