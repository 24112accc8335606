import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson, validActivity } from "../../support/requests";

describe("the managers' pages for reference records", async () => {
  const { app: api, unauthenticated, db, as } = await testApp();
  const browser = await signedInBrowser(unauthenticated, "manager");
  const page = async (path: string) => {
    const res = await browser.get(path);
    return { status: res.status, text: await res.text() };
  };

  it("lists each kind of record, and is the managers' alone", async () => {
    const index = await page("/app/manage?lang=en");
    expect(index.status).toBe(200);
    for (const kind of ["mentors", "donors", "labs", "figures"])
      expect(index.text).toContain(`href="/app/manage/${kind}"`);
    const donors = await page("/app/manage/donors?lang=en");
    expect(donors.text).toContain('data-id="demo-donor-a"');
    expect(donors.text).toContain('<a href="/app/manage/donors/demo-donor-a">Demo donor A</a>');
    for (const user of ["mentor.kenya", "donor.a"]) {
      const other = await signedInBrowser(unauthenticated, user);
      expect((await other.get("/app/manage/donors")).status).toBe(403);
      expect((await other.post("/app/manage/donors", { id: "x", name: "X" })).status).toBe(403);
    }
  });

  it("adds a donor, refuses the same code twice and an invalid one, as the API does", async () => {
    const created = await browser.post("/app/manage/donors?lang=en", { id: "canada", name: "Government of Canada" });
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toBe("/app/manage/donors/canada?created=1");
    expect(((await (await api.request("/donors/canada")).json()) as { name: string }).name).toBe(
      "Government of Canada",
    );
    const again = await browser.post("/app/manage/donors?lang=en", { id: "canada", name: "Canada again" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("a record with the code “canada” already exists: choose another code");
    const bad = await browser.post("/app/manage/donors?lang=en", { id: "", name: "" });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('id="manage-create-errors"');
    expect(text).toMatch(/id="manage-create-name"[^>]*aria-invalid="true"/);
  });

  it("renames a donor at the version read, and keeps what was typed when someone saved in between", async () => {
    await browser.post("/app/manage/donors", { id: "sweden", name: "Sweden" });
    expect(
      (await browser.post("/app/manage/donors/sweden", { name: "Government of Sweden", version: "1" })).status,
    ).toBe(303);
    const stale = await browser.post("/app/manage/donors/sweden?lang=en", { name: "Kingdom of Sweden", version: "1" });
    expect(stale.status).toBe(409);
    const text = await stale.text();
    expect(text).toContain("it is now at version 2");
    expect(text).toContain('value="Kingdom of Sweden"');
    expect(text).toContain('<input type="hidden" name="version" value="2"/>');
  });

  it("adds a mentor with its duty station, countries and themes, and says what is missing", async () => {
    // The countries covered are found as on the activity form: a search over ticked boxes.
    const form = await page("/app/manage/mentors?lang=es");
    expect(form.text).toMatch(/<script src="\/assets\/country-list\.js\?v=[\w-]+" defer/);
    expect(form.text).toContain(
      '<div class="checks" id="country-list" data-chosen="Países marcados ({count}): {names}"',
    );
    expect(form.text).toContain('<label for="country-filter">Buscar un país</label>');
    expect(form.text).not.toContain("multiple");
    const missing = await browser.post("/app/manage/mentors?lang=en", { name: "Mentor, Dakar" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/id="manage-create-dutyStation-city"[^>]*aria-invalid="true"/);
    const res = await unauthenticated.request("http://localhost/app/manage/mentors", {
      method: "POST",
      headers: {
        cookie: browser.cookie,
        origin: "http://localhost",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams([
        ["name", "Mentor, Dakar"],
        ["dutyStation.city", "Dakar"],
        ["dutyStation.country", "SEN"],
        ["countriesCovered", "SEN"],
        ["countriesCovered", "CIV"],
        ["themes", "investigations_forensics"],
        ["period.start", "2024-01-01"],
      ]),
    });
    expect(res.status, await res.clone().text()).toBe(303);
    const edit = await page(`${res.headers.get("location")}&lang=fr`);
    expect(edit.text).toContain("«\u00a0Mentor, Dakar\u00a0» a été ajouté.");
    expect(edit.text).toContain("Dakar, Sénégal · Sénégal, Côte d’Ivoire");
  });

  it("refuses to delete a donor activities cite, with the API's reason", async () => {
    const logged = await (
      await sendJson(api, "POST", "/activities", { ...validActivity, donors: ["demo-donor-b"] })
    ).json();
    expect(logged.donors).toEqual(["demo-donor-b"]);
    const res = await browser.post("/app/manage/donors/demo-donor-b/delete?lang=en", { version: "1" });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("1 activity cites this record: it cannot be deleted");
    const es = await browser.post("/app/manage/donors/demo-donor-b/delete?lang=es", { version: "1" });
    expect(await es.text()).toContain("1 actividad cita este registro: no puede eliminarse");
  });

  it("says how many activities cite each mentor and donor, read for the whole list at once", async () => {
    await sendJson(api, "POST", "/activities", { ...validActivity, donors: ["demo-donor-b"] });
    const cites = async (path: string) => {
      const text = (await page(path)).text;
      return [...text.matchAll(/data-id="([^"]+)"[\s\S]*?<p class="hint">([^<]*)<\/p>/g)].map(([, id, hint]) => ({
        id,
        hint,
      }));
    };
    const donors = await cites("/app/manage/donors?lang=en");
    expect(donors.find((donor) => donor.id === "demo-donor-b")?.hint).toMatch(
      /^demo-donor-b · cited by [1-9]\d* activit/,
    );
    expect(donors.find((donor) => donor.id === "demo-donor-a")?.hint).toBe("demo-donor-a");
    const french = await page("/app/manage/donors/demo-donor-b?lang=fr");
    expect(french.text).toMatch(/demo-donor-b · cité par \d+\u00a0activités?/);

    // A mentor cited by the activity they log: one BatchGet of every mentor's shards, no read per mentor.
    await sendJson(as("mentor.kenya"), "POST", "/activities", validActivity);
    const requests: Record<string, number> = {};
    const name = `count-manage-${Math.random()}`;
    db.client.middlewareStack.add(
      (next, context) => async (args) => {
        requests[String(context.commandName)] = (requests[String(context.commandName)] ?? 0) + 1;
        return next(args);
      },
      { step: "initialize", name },
    );
    const mentors = await cites("/app/manage/mentors?lang=es");
    db.client.middlewareStack.remove(name);
    expect(mentors.length).toBeGreaterThan(1);
    expect(mentors.find((mentor) => mentor.id === "mentor-kenya")?.hint).toMatch(/ · citado por [1-9]\d* actividad/);
    expect(requests).toEqual({ QueryCommand: 1, BatchGetItemCommand: 1 });
  });

  it("records that a donor funds an activity, and that it no longer does, on the activity", async () => {
    const activity = await (
      await sendJson(api, "POST", "/activities", {
        ...validActivity,
        title: "Funded by A",
        startDate: "2024-03-01",
        endDate: "2024-03-02",
      })
    ).json();
    const before = await page("/app/manage/donors/demo-donor-a?year=2024&lang=en");
    expect(before.text).toContain("It funds no activity of 2024.");
    expect(before.text).toMatch(
      new RegExp(`<option value="${activity.id}:1">Funded by A \\(1\\W+2 March 2024\\)</option>`),
    );
    const added = await browser.post("/app/manage/donors/demo-donor-a/funding", {
      activity: `${activity.id}:1`,
      funds: "true",
      year: "2024",
    });
    expect(added.status).toBe(303);
    const stored = await (await api.request(`/activities/${activity.id}`)).json();
    expect(stored).toMatchObject({ donors: ["demo-donor-a"], version: 2, title: "Funded by A" });
    const after = await page(`${(added.headers.get("location") ?? "").split("#")[0]}&lang=en`);
    expect(after.text).toContain("“Funded by A” is now recorded as funded by this donor.");
    expect(after.text).toContain(`data-activity-id="${activity.id}"`);
    // The page showed version 1: a second change from it is refused, and nothing is lost.
    const stale = await browser.post("/app/manage/donors/demo-donor-a/funding?lang=en", {
      activity: `${activity.id}:1`,
      funds: "false",
      year: "2024",
    });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("“Funded by A” was changed by someone else in the meantime");
    const removed = await browser.post("/app/manage/donors/demo-donor-a/funding", {
      activity: `${activity.id}:2`,
      funds: "false",
      year: "2024",
    });
    expect(removed.status).toBe(303);
    expect((await (await api.request(`/activities/${activity.id}`)).json()).donors).toEqual([]);
    const history = await (await api.request(`/activities/${activity.id}/history`)).json();
    expect(history.items.map((entry: { action: string }) => entry.action)).toEqual(["create", "update", "update"]);
  });

  it("says in the page's language why a funding cannot be recorded: an activity with ten donors already", async () => {
    const donors = Array.from({ length: 10 }, (_, index) => `funder-${index}`);
    for (const id of donors)
      expect((await sendJson(api, "POST", "/donors", { id, name: `Funder ${id}` })).status).toBe(201);
    const activity = await (
      await sendJson(api, "POST", "/activities", {
        ...validActivity,
        title: "Funded ten times",
        startDate: "2024-04-01",
        endDate: "2024-04-02",
        donors,
      })
    ).json();
    const said = async (language: string) => {
      const res = await browser.post(`/app/manage/donors/demo-donor-a/funding?lang=${language}`, {
        activity: `${activity.id}:1`,
        funds: "true",
        year: "2024",
      });
      expect(res.status).toBe(409);
      return res.text();
    };
    expect(await said("fr")).toContain(
      "«\u00a0Funded ten times\u00a0» n’a pas été modifiée, rien n’a été enregistré\u00a0: ses donateurs\u00a0: 10 au plus.",
    );
    expect(await said("es")).toContain(
      "“Funded ten times” no se modificó, no se guardó nada: sus donantes: 10 como máximo.",
    );
    expect(await said("en")).toContain(
      "“Funded ten times” was not changed, nothing was saved: its donors: choose at most 10.",
    );
    expect((await (await api.request(`/activities/${activity.id}`)).json()).version).toBe(1);
  });

  it("adds a lab and a published figure, keeping the rules of the API", async () => {
    const lab = await browser.post("/app/manage/labs?lang=en", {
      institution: "Cybercrime unit",
      country: "GHA",
      type: "national_lab",
      setUpOn: "2024-05-02",
      year: "2023",
    });
    expect(lab.status).toBe(400);
    expect(await lab.text()).toContain("differs from the year of the set-up date");
    const fixed = await browser.post("/app/manage/labs", {
      institution: "Cybercrime unit",
      country: "GHA",
      type: "national_lab",
      setUpOn: "2024-05-02",
    });
    expect(fixed.status).toBe(303);
    const figure = await browser.post("/app/manage/figures", {
      id: "2024-practitioners",
      year: "2024",
      indicator: "practitioners_trained",
      value: "1200",
      qualifier: "approximately",
      unit: "practitioners",
      "label.en": "Practitioners trained",
      "source.document": "E/CN.15/2025/10",
      "source.paragraph": "12",
    });
    expect(figure.status).toBe(303);
    const list = await page("/app/manage/figures?lang=en");
    expect(list.text).toContain("Practitioners trained");
    expect(list.text).toContain("2024 · about\u00a01,200 · E/CN.15/2025/10, ¶12");
    const notNumber = await browser.post("/app/manage/figures/2024-practitioners?lang=en", {
      year: "2024",
      indicator: "practitioners_trained",
      value: "many",
      qualifier: "approximately",
      unit: "practitioners",
      "label.en": "Practitioners trained",
      "source.document": "E/CN.15/2025/10",
      "source.paragraph": "12",
      version: "1",
    });
    expect(notNumber.status).toBe(400);
    expect(await notNumber.text()).toMatch(/id="manage-edit-value"[^>]*aria-invalid="true"/);
  });

  it("says what is wrong in the page's language, field by field, as the API's rules find it", async () => {
    // Spanish: nothing filled in, a date that is no date, an end before the start.
    const mentor = await browser.post("/app/manage/mentors?lang=es", {
      name: "",
      "period.start": "2024-02-30",
      "period.end": "2023-01-01",
    });
    expect(mentor.status).toBe(400);
    const es = await mentor.text();
    expect(es).toContain('<a href="#manage-create-name">Nombre</a> — es obligatorio');
    expect(es).toContain('<a href="#manage-create-dutyStation-country">Lugar de destino: país</a> — es obligatorio');
    expect(es).toContain("indique una fecha con la forma AAAA-MM-DD");
    const ends = await browser.post("/app/manage/mentors?lang=es", {
      name: "Mentor",
      "dutyStation.city": "San Salvador",
      "dutyStation.country": "SLV",
      "period.start": "2024-02-01",
      "period.end": "2023-01-01",
    });
    expect(await ends.text()).toContain("Destinado hasta</a> — termina antes de empezar");
    // French: a code with a space, a figure that is no number, a year out of range, a code taken.
    const donor = await browser.post("/app/manage/donors?lang=fr", { id: "new donor", name: "Nouveau" });
    expect(await donor.text()).toContain("de 1 à 64 lettres, chiffres");
    const figure = await browser.post("/app/manage/figures?lang=fr", {
      id: "2024-reach",
      year: "1999",
      indicator: "practitioners_trained",
      value: "beaucoup",
      qualifier: "exact",
      unit: "personnes",
      "source.document": "E/CN.15/2025/10",
      "source.paragraph": "3",
    });
    const fr = await figure.text();
    expect(fr).toContain("Année</a> — indiquez 2000 ou plus");
    expect(fr).toContain("Valeur</a> — indiquez un nombre");
    expect(fr).toContain("Libellé en français</a> — à remplir");
    const taken = await browser.post("/app/manage/donors?lang=fr", { id: "demo-donor-a", name: "A" });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain(
      "un enregistrement porte déjà le code «\u00a0demo-donor-a\u00a0»\u00a0: choisissez-en un autre",
    );
    // The API itself keeps its English, for clients and logs.
    const api409 = await sendJson(api, "POST", "/donors", { id: "demo-donor-a", name: "A" });
    expect(((await api409.json()) as { message: string }).message).toBe('Donor "demo-donor-a" already exists');
  });
});
