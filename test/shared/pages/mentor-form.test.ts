import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../shared/domain/countries";
import { PROFESSIONS, SEXES } from "../../../shared/domain/vocabulary";
import { MENTOR_WORDS } from "../../../shared/pages/mentor/words";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";

/** Every field of the form, by the JSON path its input is named after. */
const FIELDS = [
  "kind",
  "theme",
  "title",
  "startDate",
  "endDate",
  "countryCount",
  "region",
  "place",
  "partners",
  "participants.total",
  "participants.qualifier",
  ...SEXES.map((sex) => `participants.bySex.${sex}`),
  ...PROFESSIONS.map((profession) => `participants.byProfession.${profession}`),
  "topics",
  ...["indicator", "baseline", "value", "qualifier", "unit"].map((field) => `outcomes.0.${field}`),
  "narrative.fr",
  "narrative.en",
];

describe("the activity form", async () => {
  const { as, unauthenticated } = await testApp();
  const kenya = await signedInBrowser(unauthenticated, "mentor.kenya");

  async function formPage(lang: string) {
    const res = await kenya.get(`/app/activities/new?lang=${lang}`);
    expect(res.status).toBe(200);
    return res.text();
  }

  it.each(LANGUAGES)("labels every field and names every group in %s", async (lang) => {
    const page = await formPage(lang);
    const form = MENTOR_WORDS[lang].form;
    expect(page).toContain(`<html lang="${lang}">`);
    for (const legend of [form.countries, form.donors, form.bySex, form.byCountry, form.outcomes]) {
      expect(page).toContain(`<legend>${legend}</legend>`);
    }
    // Each step is folded under its name, which stands for its group's legend; so does a long
    // list's, folded until it holds something.
    const steps = [form.activity, form.where, form.withWhom, form.participants, form.topicsAndOutcomes, form.narrative];
    steps.forEach((step, index) => {
      expect(page).toContain(`<span class="step-title">${index + 1}. ${step}</span>`);
    });
    for (const legend of [form.activity, form.where, form.withWhom, form.participants, form.narrative]) {
      expect(page).toContain(`<legend class="vh">${legend}</legend>`);
    }
    expect(page).toContain(`<summary>${form.byProfession}</summary>`);
    // Only the first step is open on a new form.
    expect(page).toContain('<details class="step" id="step-activity" open="">');
    expect(page).toContain('<details class="step" id="step-where">');
    // The narrative's codes said in plain words, none in the metasyntax of the API's messages.
    expect(page).toContain("<code>{participants:judges}</code>");
    expect(page).not.toContain("&lt;profession");
    for (const path of FIELDS) {
      expect(page, path).toMatch(new RegExp(`<(input|select|textarea) id="field-${path}" name="${path}"`));
      expect(page, path).toContain(`<label for="field-${path}">`);
    }
    expect(page).toContain(`<label for="field-title">${form.activityTitle}<span class="req"> ${form.required}</span>`);
    expect(page).toContain('<label><input type="checkbox" name="countries" value="KEN"/> Kenya</label>');
    expect(page).toContain(form.partsRule);
    expect(page).toContain('aria-describedby="participants-rule sum-participants.bySex"');
    // No country is ticked yet: no field by country, only what to do, and the script's template.
    expect(page).not.toMatch(/<div class="grid" id="country-parts"><div/);
    expect(page).toContain(`<p class="hint" id="country-parts-empty">${form.byCountryEmpty}</p>`);
    expect(page).toContain(`<noscript><p class="hint">${form.byCountryNoScript}</p></noscript>`);
    expect(page).toMatch(
      /<template id="country-part-template"><div class="country-part" data-country="ISO3">.*?<input id="field-participants\.byCountry\.ISO3" name="participants\.byCountry\.ISO3" type="number"/s,
    );
  });

  it("names countries, kinds and themes in the page's language", async () => {
    const fr = await formPage("fr");
    // Sorted as French sorts: Afrique du Sud before Åland before Albanie.
    const [southAfrica, aland, albania] = ["ZAF", "ALA", "ALB"].map((code) => fr.indexOf(`value="${code}"/>`));
    expect(fr).toContain('value="ZAF"/> Afrique du Sud</label>');
    expect(southAfrica).toBeLessThan(aland ?? 0);
    expect(aland).toBeLessThan(albania ?? 0);
    // The names the report gives, not CLDR's « Côte-d'Ivoire ».
    expect(fr).toContain('value="CIV"/> Côte d’Ivoire</label>');
    expect(fr).toContain('<option value="training">Formation</option>');
    expect(fr).toContain("Enquêtes sur les cybermonnaies et le darknet");
    expect(fr).toContain("Agents des services de détection et de répression");
    const en = await formPage("en");
    expect(en).toContain('value="ZAF"/> South Africa</label>');
    expect(en).toContain("Cryptocurrency and darknet investigations");
  });

  it("offers the donors on record", async () => {
    const page = await formPage("en");
    expect(page).toContain('<input type="checkbox" name="donors" value="demo-donor-a"/> Demo donor A');
  });

  it("gives the browser tests their hooks and the script its settings", async () => {
    const page = await formPage("en");
    expect(page).toContain('<form id="activity-form" method="post" action="/app/activities/new" novalidate="">');
    expect(page).toContain('<section id="outbox" aria-live="polite"');
    expect(page).toMatch(/<div id="form-errors"[^>]* tabindex="-1"[^>]* hidden=""/);
    expect(page).toMatch(/<div id="form-success"[^>]* role="status"/);
    expect(page).toMatch(/<script src="\/assets\/activity-form\.js\?v=[\w-]+" defer="">/);
    const settings = /<script type="application\/json" id="form-settings">(.*?)<\/script>/.exec(page)?.[1];
    expect(JSON.parse(settings ?? "")).toMatchObject({ user: "mentor.kenya", words: MENTOR_WORDS.en.client });
  });

  describe("without the script", () => {
    const fields = {
      idempotencyKey: "0f8e4c1a-form-rendering",
      kind: "training",
      theme: "investigations_forensics",
      title: "First responders to digital evidence",
      startDate: "2026-02-02",
      endDate: "2026-02-04",
      countryCount: "",
      region: "",
      place: "Mombasa",
      partners: "INTERPOL, Kenya Police",
      "participants.total": "20",
      "participants.qualifier": "exact",
      "participants.bySex.women": "8",
      "participants.bySex.men": "12",
      "outcomes.0.indicator": "",
      "outcomes.0.value": "",
      "narrative.en": "{participants} officers trained.",
    };
    const post = (form: Record<string, string>, countries: string[] = ["KEN"]) => {
      const body = new URLSearchParams(form);
      for (const country of countries) body.append("countries", country);
      return unauthenticated.request("http://localhost/app/activities/new", {
        method: "POST",
        headers: {
          cookie: kenya.cookie,
          origin: "http://localhost",
          "content-type": "application/x-www-form-urlencoded",
        },
        body,
      });
    };

    it("stores the activity once however often the same form is sent", async () => {
      const first = await post(fields, ["KEN", "TZA"]);
      expect(first.status).toBe(303);
      const again = await post(fields, ["KEN", "TZA"]);
      expect(again.headers.get("location")).toBe(first.headers.get("location"));
      const id = /\/app\/activities\/([^?]+)\?created=1$/.exec(first.headers.get("location") ?? "")?.[1];
      const stored = await (await as("manager").request(`/activities/${id}`)).json();
      expect(stored).toMatchObject({
        mentorId: "mentor-kenya",
        countries: ["KEN", "TZA"],
        partners: ["INTERPOL", "Kenya Police"],
        participants: { total: 20, qualifier: "exact", bySex: { women: 8, men: 12 } },
        outcomes: [],
        narrative: { en: "{participants} officers trained." },
      });
      const page = await (await kenya.get(`/app/activities/${id}?created=1&lang=en`)).text();
      expect(page).toContain(MENTOR_WORDS.en.view.created);
    });

    it("stores the participants by country of the countries ticked", async () => {
      const res = await post({ ...fields, "participants.byCountry.KEN": "12", "participants.byCountry.TZA": "8" }, [
        "KEN",
        "TZA",
      ]);
      expect(res.status).toBe(303);
      const id = /\/app\/activities\/([^?]+)\?created=1$/.exec(res.headers.get("location") ?? "")?.[1];
      const stored = await (await as("manager").request(`/activities/${id}`)).json();
      expect(stored.participants).toEqual({
        total: 20,
        qualifier: "exact",
        bySex: { women: 8, men: 12 },
        byCountry: { KEN: 12, TZA: 8 },
      });
      // The activity's page says it in words; the edit page has a field for each, filled in.
      const shown = await (await kenya.get(`/app/activities/${id}?lang=en`)).text();
      expect(shown).toContain("<dt>By country</dt><dd>Kenya: 12, United Republic of Tanzania: 8</dd>");
      const french = await (await kenya.get(`/app/activities/${id}?lang=fr`)).text();
      expect(french).toContain("<dt>Par pays</dt><dd>Kenya\u00a0: 12, République-Unie de Tanzanie\u00a0: 8</dd>");
      const edit = await (await kenya.get(`/app/activities/${id}/edit?lang=en`)).text();
      expect(edit).toMatch(
        /<div class="country-part" data-country="KEN"><div class="field"><label for="field-participants\.byCountry\.KEN">Kenya<\/label>.*?<input id="field-participants\.byCountry\.KEN" name="participants\.byCountry\.KEN" type="number" value="12"/s,
      );
      expect(edit).toMatch(
        /id="field-participants\.byCountry\.TZA" name="participants\.byCountry\.TZA" type="number" value="8"/,
      );
      expect(edit).not.toContain('name="participants.byCountry.UGA"');
    });

    it("gives a field by country to each country ticked when the form comes back, and checks their sum", async () => {
      const res = await post({ ...fields, "participants.byCountry.KEN": "15", "participants.byCountry.TZA": "10" }, [
        "KEN",
        "TZA",
        "UGA",
      ]);
      expect(res.status).toBe(400);
      const page = await res.text();
      for (const [code, value] of [
        ["KEN", "15"],
        ["TZA", "10"],
        ["UGA", ""],
      ]) {
        expect(page).toMatch(
          new RegExp(
            `id="field-participants\\.byCountry\\.${code}" name="participants\\.byCountry\\.${code}" type="number" value="${value}"`,
          ),
        );
      }
      expect(page).not.toContain('name="participants.byCountry.ETH"');
      expect(page).toMatch(/<p class="hint" id="country-parts-empty" hidden="">/);
      expect(page).toMatch(
        /<p class="error" id="error-participants\.byCountry" data-focus="field-participants\.byCountry\.KEN">the parts add up to 25, more than the total of 20/,
      );
      expect(page).toContain('<a href="#error-participants.byCountry">By country — the parts add up to 25');
    });

    it("says next to a country's field that the country is not ticked, and keeps what was typed in it", async () => {
      const res = await post({ ...fields, "participants.byCountry.UGA": "5" }, ["KEN"]);
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toMatch(
        /<p class="error" id="error-participants\.byCountry\.UGA" data-focus="field-participants\.byCountry\.UGA">UGA is not one of the activity&#39;s countries<\/p>/,
      );
      expect(page).toMatch(
        /id="field-participants\.byCountry\.UGA" name="participants\.byCountry\.UGA" type="number" value="5"[^>]*aria-invalid="true" aria-describedby="participants-rule sum-participants\.byCountry hint-participants\.byCountry error-participants\.byCountry\.UGA"/,
      );
      expect(page).toContain('<a href="#error-participants.byCountry.UGA">By country — Uganda — UGA is not one');
    });

    it("shows the form again with what was typed and each error linked to its field", async () => {
      const res = await post({ ...fields, title: "", "participants.bySex.women": "15" });
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain('value="Mombasa"');
      expect(page).toContain('<input type="checkbox" name="countries" value="KEN" checked=""/> Kenya');
      expect(page).toContain('<p class="error" id="error-title" data-focus="field-title">');
      expect(page).toMatch(/id="field-title" name="title"[^>]*aria-invalid="true" aria-describedby="error-title"/);
      expect(page).toContain('<p class="error" id="error-participants.bySex"');
      expect(page).toContain("the parts add up to 27, more than the total of 20");
      expect(page).toMatch(/<div id="form-errors"[^>]*autofocus/);
      expect(page).toContain('<a href="#error-participants.bySex">By sex — the parts add up to 27');
      // The steps holding an error come back open; the others stay folded.
      expect(page).toContain('<details class="step" id="step-activity" open="">');
      expect(page).toContain('<details class="step" id="step-participants" open="">');
      expect(page).toContain('<details class="step" id="step-funding">');
    });
  });

  it("serves the form to managers, who may log activities too", async () => {
    const manager = await signedInBrowser(unauthenticated, "manager");
    expect((await manager.get("/app/activities/new")).status).toBe(200);
  });
});
