import { describe, expect, it } from "vitest";
import { activities2019 } from "../../../seed/2019/activities";
import type { Identity } from "../../../shared/auth/identity";
import { assertCanEdit, canEdit } from "../../../shared/auth/policy";
import { type Activity, ActivityInputSchema } from "../../../shared/domain/activity";
import { formInput } from "../../../shared/pages/client/form-input";
import { activityEntries } from "../../../shared/pages/mentor/activity-entries";
import { withUnshownFields } from "../../../shared/pages/mentor/unshown-fields";
import { MENTOR_WORDS } from "../../../shared/pages/mentor/words";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";
import { sendJson } from "../../support/requests";

/** A record that fills every field of the form, with its countries in the list's order. */
const fullActivity = {
  kind: "training",
  theme: "cryptocurrency_darknet",
  title: "Tracing cryptocurrency in Nairobi",
  startDate: "2026-03-02",
  endDate: "2026-03-06",
  countries: ["KEN", "UGA"],
  countryCount: 3,
  region: "014",
  place: "Nairobi",
  partners: ["INTERPOL", "Council of Europe"],
  donors: ["demo-donor-a"],
  participants: {
    total: 30,
    qualifier: "at_least",
    bySex: { women: 12, men: 18 },
    byProfession: { law_enforcement: 25, prosecutors: 5 },
    byCountry: { KEN: 20, UGA: 8 },
  },
  topics: ["Blockchain analysis", "Seizing wallets"],
  outcomes: [
    { indicator: "Investigators able to trace", baseline: 2, value: 11.5, qualifier: "approximately", unit: "people" },
    { indicator: "Cases opened", value: 4, qualifier: "exact", unit: "cases" },
  ],
  narrative: { fr: "{participants} enquêteurs formés.", en: "{participants} investigators trained." },
};

/** What the form holds of an activity: everything but notes, source, reporting year and outcome texts. */
function formFields(activity: Record<string, unknown>) {
  const input = ActivityInputSchema.parse(activity);
  const { notes: _notes, source: _source, year: _year, ...shown } = input;
  return { ...shown, outcomes: shown.outcomes.map(({ text: _text, ...outcome }) => outcome) };
}

const fromHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attributes = (text: string) =>
  new Map([...text.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((match) => [match[1], fromHtml(match[2] ?? "")]));

/** What a browser would send of the page's activity form, in document order, as it shows it. */
function submitted(page: string): [string, string][] {
  const form = /<form id="activity-form".*?<\/form>/s.exec(page)?.[0] ?? "";
  const controls = form.matchAll(/<input([^>]*)>|<select([^>]*)>(.*?)<\/select>|<textarea([^>]*)>(.*?)<\/textarea>/gs);
  return [...controls].flatMap(([, input, select, options = "", textarea, text = ""]): [string, string][] => {
    const attrs = attributes(input ?? select ?? textarea ?? "");
    const name = attrs.get("name");
    if (!name) return [];
    if (input !== undefined) {
      if (attrs.get("type") === "checkbox" && !attrs.has("checked")) return [];
      return [[name, attrs.get("value") ?? ""]];
    }
    if (select !== undefined) {
      const chosen = [...options.matchAll(/<option([^>]*)>/g)].map((option) => attributes(option[1] ?? ""));
      return [[name, (chosen.find((option) => option.has("selected")) ?? chosen[0])?.get("value") ?? ""]];
    }
    return [[name, fromHtml(text)]];
  });
}

describe("activityEntries", () => {
  it("gives back, through formInput, every field of an activity the form shows", () => {
    const activity = ActivityInputSchema.parse(fullActivity);
    const { input } = formInput(activityEntries(activity));
    expect(ActivityInputSchema.parse(input)).toEqual(formFields(fullActivity));
  });

  it.each(activities2019.map(({ id, mentorId: _, ...seed }) => [id, seed] as const))(
    "round-trips the seeded activity %s",
    (_, seed) => {
      const { input } = formInput(activityEntries(ActivityInputSchema.parse(seed)));
      expect(ActivityInputSchema.parse(input)).toEqual(formFields(seed));
    },
  );
});

describe("withUnshownFields", () => {
  const stored = (extra: Record<string, unknown>) =>
    ({ ...ActivityInputSchema.parse({ ...fullActivity, ...extra }), year: 2026 }) as Activity;
  const typed = (extra: Record<string, unknown> = {}) => ActivityInputSchema.parse({ ...fullActivity, ...extra });

  it("keeps an explicit reporting year, and lets one implied by the dates follow them", () => {
    expect(withUnshownFields({ ...stored({}), year: 2025 }, typed()).year).toBe(2025);
    expect(withUnshownFields(stored({}), typed({ startDate: "2027-01-04", endDate: "2027-01-05" })).year).toBe(
      undefined,
    );
  });

  it("keeps the record's order of countries, newly ticked ones after", () => {
    const kept = withUnshownFields(stored({ countries: ["UGA", "KEN"] }), typed({ countries: ["ETH", "KEN", "UGA"] }));
    expect(kept.countries).toEqual(["UGA", "KEN", "ETH"]);
  });
});

describe("canEdit", () => {
  const identities: Identity[] = [
    { id: "manager", role: "manager" },
    { id: "admin", role: "admin" },
    { id: "mentor.kenya", role: "mentor", mentorId: "mentor-kenya" },
    { id: "mentor.elsalvador", role: "mentor", mentorId: "mentor-elsalvador" },
    { id: "unbound", role: "mentor" },
    { id: "donor.a", role: "donor", donorId: "demo-donor-a" },
  ];
  const records = (["draft", "submitted", "validated"] as const).flatMap((status) =>
    [undefined, "mentor-kenya"].flatMap((mentorId) =>
      [[], ["demo-donor-a"]].map(
        (donors) =>
          ({
            ...ActivityInputSchema.parse({ ...fullActivity, donors }),
            id: "a1",
            year: 2026,
            status,
            ...(mentorId && { mentorId }),
            version: 1,
            createdAt: "2026-03-07T00:00:00.000Z",
            createdBy: "x",
            updatedAt: "2026-03-07T00:00:00.000Z",
            updatedBy: "x",
          }) satisfies Activity,
      ),
    ),
  );
  const allowed = (identity: Identity, activity: Activity) => {
    try {
      assertCanEdit(identity, activity);
      return true;
    } catch {
      return false;
    }
  };

  it("agrees with assertCanEdit for every role, owner and status", () => {
    for (const identity of identities) {
      for (const activity of records) {
        expect(canEdit(identity, activity), `${identity.id} on ${activity.status} of ${activity.mentorId}`).toBe(
          allowed(identity, activity),
        );
      }
    }
    const kenya = identities[2] as Identity;
    expect(records.filter((activity) => canEdit(kenya, activity)).map((activity) => activity.status)).toEqual([
      "draft",
      "draft",
      "submitted",
      "submitted",
    ]);
  });
});

describe("the edit page", async () => {
  const { as, unauthenticated } = await testApp();
  const kenya = await signedInBrowser(unauthenticated, "mentor.kenya");
  const elSalvador = await signedInBrowser(unauthenticated, "mentor.elsalvador");
  const manager = as("manager");

  async function logAs(username: string, overrides: Record<string, unknown> = {}) {
    const res = await sendJson(as(username), "POST", "/activities", { ...fullActivity, ...overrides });
    expect(res.status).toBe(201);
    return (await res.json()) as Activity;
  }
  const stored = async (id: string) => (await (await manager.request(`/activities/${id}`)).json()) as Activity;
  const move = (id: string, status: string, version: number, comment?: string) =>
    sendJson(manager, "POST", `/activities/${id}/status`, { status, version, comment });
  /** Sends the edit form as a browser would, repeated names (countries) and all. */
  const post = (id: string, entries: [string, string][], browser = kenya) =>
    unauthenticated.request(`http://localhost/app/activities/${id}/edit?lang=en`, {
      method: "POST",
      headers: {
        cookie: browser.cookie,
        origin: "http://localhost",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(entries),
    });
  const withValue = (entries: [string, string][], name: string, value: string) =>
    entries.map(([field, old]): [string, string] => [field, field === name ? value : old]);

  it("prefills the form with every field of the record, at its version", async () => {
    const activity = await logAs("mentor.kenya");
    const res = await kenya.get(`/app/activities/${activity.id}/edit?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const page = await res.text();
    expect(page).toContain("<h1>Correct an activity</h1>");
    expect(page).toContain(
      `<form id="activity-form" method="post" action="/app/activities/${activity.id}/edit" novalidate="" data-mode="edit">`,
    );
    expect(page).toContain('<input type="hidden" name="version" value="1"/>');
    expect(page).toMatch(/<input id="field-title" name="title" type="text" value="Tracing cryptocurrency in Nairobi"/);
    expect(page).toContain('<input type="checkbox" name="countries" value="UGA" checked=""/> Uganda');
    expect(page).toContain('<option value="at_least" selected="">At least</option>');
    expect(page).toMatch(
      /id="field-participants\.byCountry\.UGA" name="participants\.byCountry\.UGA" type="number" value="8"/,
    );
    expect(page).toMatch(
      /<input id="field-outcomes\.1\.indicator" name="outcomes\.1\.indicator" type="text" value="Cases opened"/,
    );
    expect(page).not.toContain('name="outcomes.2.indicator"');
    expect(page).toMatch(/<textarea id="field-topics"[^>]*>Blockchain analysis\nSeizing wallets<\/textarea>/);
    expect(page).toContain(`<a href="/app/activities/${activity.id}">Back to the activity without saving</a>`);
    expect(page).not.toContain('id="outbox"');
    // Sent back untouched, the form holds the record.
    const sent = submitted(page);
    expect(sent).toContainEqual(["version", "1"]);
    expect(ActivityInputSchema.parse(formInput(sent).input)).toEqual(formFields(fullActivity));
  });

  it("shows the manager's comment above the form, in French", async () => {
    const activity = await logAs("mentor.kenya");
    await move(activity.id, "submitted", 1);
    await move(activity.id, "draft", 2, "Ajoutez le nombre de femmes formées");
    const page = await (await kenya.get(`/app/activities/${activity.id}/edit?lang=fr`)).text();
    expect(page).toContain("<h1>Corriger une activité</h1>");
    const comment = page.indexOf("Commentaire du gestionnaire\u00A0:</strong> Ajoutez le nombre de femmes formées");
    expect(comment).toBeGreaterThan(0);
    expect(comment).toBeLessThan(page.indexOf('<form id="activity-form"'));
    expect(page).toContain('<input type="hidden" name="version" value="3"/>');
    expect(page).toContain("Enregistrer les modifications");
  });

  it("saves the changes, keeps what the form does not show, and says so on the activity's page", async () => {
    const activity = await logAs("mentor.kenya", {
      countries: ["UGA", "KEN"],
      year: 2025,
      notes: "Second session of the course.",
      source: { document: "E/CN.15/2027/12", paragraph: "22" },
      outcomes: [{ ...fullActivity.outcomes[0], text: { en: "Two investigators could trace before." } }],
    });
    await move(activity.id, "submitted", 1);
    await move(activity.id, "draft", 2, "Add the number of women trained");
    const page = await (await kenya.get(`/app/activities/${activity.id}/edit`)).text();
    const entries = withValue(submitted(page), "title", "Tracing cryptocurrency in Mombasa");
    const res = await post(activity.id, withValue(entries, "participants.bySex.women", "11"));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/app/activities/${activity.id}?saved=1`);
    const saved = await stored(activity.id);
    expect(saved).toMatchObject({
      title: "Tracing cryptocurrency in Mombasa",
      version: 4,
      status: "draft",
      returnComment: "Add the number of women trained",
      countries: ["UGA", "KEN"],
      year: 2025,
      notes: "Second session of the course.",
      source: { document: "E/CN.15/2027/12", paragraph: "22" },
      outcomes: [{ indicator: "Investigators able to trace", text: { en: "Two investigators could trace before." } }],
      participants: { total: 30, bySex: { women: 11, men: 18 } },
      updatedBy: "mentor.kenya@example.org",
    });
    const shown = await (await kenya.get(`/app/activities/${activity.id}?saved=1&lang=en`)).text();
    expect(shown).toContain('<p class="notice ok" role="status" data-once="true">Changes saved.</p>');
    expect(shown).toContain("<h1>Tracing cryptocurrency in Mombasa</h1>");
  });

  it("shows the form again with what was typed and each error next to its field", async () => {
    const activity = await logAs("mentor.kenya");
    const page = await (await kenya.get(`/app/activities/${activity.id}/edit`)).text();
    let entries = withValue(submitted(page), "title", "");
    entries = withValue(entries, "place", "Kisumu");
    const res = await post(activity.id, withValue(entries, "participants.bySex.women", "15"));
    expect(res.status).toBe(400);
    const again = await res.text();
    expect(again).toMatch(/id="field-place" name="place" type="text" value="Kisumu"/);
    expect(again).toMatch(
      /id="field-participants\.bySex\.women" name="participants\.bySex\.women" type="number" value="15"/,
    );
    expect(again).toMatch(/id="field-title" name="title"[^>]*aria-invalid="true" aria-describedby="error-title"/);
    expect(again).toMatch(
      /<p class="error" id="error-participants\.bySex"[^>]*>the parts add up to 33, more than the total of 30/,
    );
    expect(again).toContain('<a href="#error-participants.bySex">By sex — the parts add up to 33');
    expect(again).toMatch(/<div id="form-errors"[^>]*autofocus/);
    expect(again).toContain('<input type="hidden" name="version" value="1"/>');
    expect(await stored(activity.id)).toMatchObject({ title: fullActivity.title, place: "Nairobi", version: 1 });
  });

  it("keeps what was typed when someone saved the record in between, and saves it once told", async () => {
    const activity = await logAs("mentor.kenya");
    const page = await (await kenya.get(`/app/activities/${activity.id}/edit`)).text();
    const put = await sendJson(manager, "PUT", `/activities/${activity.id}`, {
      ...fullActivity,
      title: "Renamed by the manager",
      version: 1,
    });
    expect(put.status).toBe(200);
    const typed = withValue(submitted(page), "title", "Renamed by the mentor");
    const res = await post(activity.id, typed);
    expect(res.status).toBe(409);
    const again = await res.text();
    expect(again).toMatch(/<div id="form-conflict" class="notice bad" role="alert" tabindex="-1" autofocus="">/);
    expect(again).toContain(MENTOR_WORDS.en.edit.conflict);
    expect(again).toContain(`<a href="/app/activities/${activity.id}" target="_blank" rel="noopener">`);
    expect(again).toMatch(/id="field-title" name="title" type="text" value="Renamed by the mentor"/);
    expect(await stored(activity.id)).toMatchObject({ title: "Renamed by the manager", version: 2 });
    const resent = submitted(again);
    expect(resent).toContainEqual(["version", "2"]);
    expect((await post(activity.id, resent)).status).toBe(303);
    expect(await stored(activity.id)).toMatchObject({ title: "Renamed by the mentor", version: 3 });
  });

  it("says next to the donors that one ticked was removed from the record in between", async () => {
    expect((await sendJson(manager, "POST", "/donors", { id: "short-lived", name: "Short-lived donor" })).status).toBe(
      201,
    );
    const activity = await logAs("mentor.kenya");
    const page = await (await kenya.get(`/app/activities/${activity.id}/edit`)).text();
    expect(page).toContain('<input type="checkbox" name="donors" value="short-lived"/> Short-lived donor');
    expect((await manager.request("/donors/short-lived?version=1", { method: "DELETE" })).status).toBe(204);
    const res = await post(activity.id, [...submitted(page), ["donors", "short-lived"]]);
    expect(res.status).toBe(400);
    const again = await res.text();
    expect(again).toMatch(/<p class="error" id="error-donors"[^>]*>unknown donor &quot;short-lived&quot;<\/p>/);
    expect(again).toContain('<a href="#error-donors">Donors — unknown donor &quot;short-lived&quot;</a>');
    expect(await stored(activity.id)).toMatchObject({ donors: ["demo-donor-a"], version: 1 });
  });

  it("answers 403 and 404 pages to those who may not change the record", async () => {
    const activity = await logAs("mentor.kenya");
    const page = await (await kenya.get(`/app/activities/${activity.id}/edit`)).text();
    const other = await elSalvador.get(`/app/activities/${activity.id}/edit`);
    expect(other.status).toBe(403);
    expect(other.headers.get("content-type")).toContain("text/html");
    expect(await other.text()).toContain("a mentor changes only the records they logged, until they are validated");
    const forged = await post(activity.id, withValue(submitted(page), "title", "Not yours"), elSalvador);
    expect(forged.status).toBe(403);
    const donor = await signedInBrowser(unauthenticated, "donor.a");
    expect((await donor.get(`/app/activities/${activity.id}/edit`)).status).toBe(403);
    expect((await kenya.get("/app/activities/no-such-activity/edit")).status).toBe(404);
    await move(activity.id, "submitted", 1);
    await move(activity.id, "validated", 2);
    expect((await kenya.get(`/app/activities/${activity.id}/edit`)).status).toBe(403);
    expect((await post(activity.id, withValue(submitted(page), "version", "3"))).status).toBe(403);
    expect(await stored(activity.id)).toMatchObject({ title: fullActivity.title, version: 3 });
    const managerBrowser = await signedInBrowser(unauthenticated, "manager");
    expect((await managerBrowser.get(`/app/activities/${activity.id}/edit`)).status).toBe(200);
  });

  it("is linked from the activity's page and the list where the visitor may edit", async () => {
    const draft = await logAs("mentor.kenya", { title: "Editable draft" });
    const link = `<a class="button secondary" href="/app/activities/${draft.id}/edit">`;
    expect(await (await kenya.get(`/app/activities/${draft.id}?lang=en`)).text()).toContain(`${link}Edit</a>`);
    expect(await (await kenya.get(`/app/activities/${draft.id}?lang=fr`)).text()).toContain(`${link}Modifier</a>`);
    const list = await (await kenya.get("/app/activities?lang=en")).text();
    expect(list).toContain(`${link}Edit<span class="vh">: Editable draft</span></a>`);
    expect(await (await elSalvador.get(`/app/activities/${draft.id}`)).text()).not.toContain(link);
    await move(draft.id, "submitted", 1);
    await move(draft.id, "validated", 2);
    expect(await (await kenya.get(`/app/activities/${draft.id}`)).text()).not.toContain(link);
  });
});
