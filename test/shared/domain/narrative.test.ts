// Placeholder names say what they are in no language: {countries:of}, {countries:in}. Records
// stored before hold the former French names, {countries:de} and {countries:en}: they still read,
// and say the same, but no help or message offers them any more.
import { describe, expect, it } from "vitest";
import { type Activity, ActivityInputSchema } from "../../../shared/domain/activity";
import {
  PLACEHOLDER_HELP,
  parseNarrative,
  parsePlaceholder,
  unknownPlaceholders,
} from "../../../shared/domain/narrative";
import { LANGUAGES } from "../../../shared/language/languages";
import { activityText } from "../../../shared/report/activity-text";
import { validActivity } from "../../support/requests";
import { seedActivities } from "../../support/seed-report";

const plain = (activity: Activity, language: (typeof LANGUAGES)[number]) =>
  activityText(activity, language)
    .map((inline) => inline.text)
    .join("");

describe("country placeholders", () => {
  it("are named of and in, and the bare one names the countries with their articles", () => {
    expect(parsePlaceholder("countries")).toEqual({ field: "countries", form: "the" });
    expect(parsePlaceholder("countries:of")).toEqual({ field: "countries", form: "of" });
    expect(parsePlaceholder("countries:in")).toEqual({ field: "countries", form: "in" });
    expect(parsePlaceholder("countries:to")).toBeUndefined();
    expect(parsePlaceholder("countries:of:x")).toBeUndefined();
  });

  it("still read the former names {countries:de} and {countries:en} as of and in", () => {
    expect(parsePlaceholder("countries:de")).toEqual(parsePlaceholder("countries:of"));
    expect(parsePlaceholder("countries:en")).toEqual(parsePlaceholder("countries:in"));
    expect(unknownPlaceholders("{participants} agents {countries:de}, formés {countries:en}")).toEqual([]);
    expect(parseNarrative("x {countries:de}")).toEqual([
      { text: "x " },
      { placeholder: { field: "countries", form: "of" }, source: "{countries:de}" },
    ]);
  });

  it("offer only the new names in the help and in the API's message", () => {
    expect(PLACEHOLDER_HELP).toContain("{countries:of}");
    expect(PLACEHOLDER_HELP).toContain("{countries:in}");
    expect(PLACEHOLDER_HELP).not.toMatch(/countries:(de|en)\b/);
    const result = ActivityInputSchema.safeParse({ ...validActivity, narrative: { fr: "{countries:du}" } });
    const message = result.success ? "" : (result.error.issues[0]?.message ?? "");
    expect(message).toContain("unknown placeholder {countries:du}; use");
    expect(message).toContain("{countries:of}, {countries:in}");
    expect(message).not.toMatch(/countries:(de|en)\b/);
  });

  it("accept a stored narrative with the former names", () => {
    const stored = { ...validActivity, narrative: { fr: "Agents {countries:de}, formés {countries:en}." } };
    expect(ActivityInputSchema.safeParse(stored).success).toBe(true);
  });

  it.each(LANGUAGES)("render a narrative with the former names exactly as with the new ones (%s)", (language) => {
    const eastAfrica = seedActivities.find((a) => a.id === "2019-p19-eastern-africa-digital-evidence-training");
    if (!eastAfrica) expect.fail("no ¶19 activity in the seed");
    const narrative = (of: string, inside: string) =>
      `{participants} agents {${of}}; trainings held {${inside}}; named {countries}.`;
    const former = { ...eastAfrica, narrative: { [language]: narrative("countries:de", "countries:en") } };
    const current = { ...eastAfrica, narrative: { [language]: narrative("countries:of", "countries:in") } };
    expect(plain(former, language)).toBe(plain(current, language));
    expect(activityText(former, language)).toEqual(activityText(current, language));
  });

  it("render the ¶19 narrative stored with the former name as the report prints it", () => {
    const eastAfrica = seedActivities.find((a) => a.id === "2019-p19-eastern-africa-digital-evidence-training");
    if (!eastAfrica?.narrative?.fr) expect.fail("no French ¶19 narrative in the seed");
    const stored = {
      ...eastAfrica,
      narrative: { fr: eastAfrica.narrative.fr.replace("{countries:of}", "{countries:de}") },
    };
    expect(stored.narrative.fr).toContain("{countries:de}");
    expect(plain(stored, "fr")).toBe(
      "Dans le cadre de ces activités, environ 85 agents des services de détection et de répression de l’Érythrée, " +
        "de l’Éthiopie, du Kenya, de l’Ouganda et de la République-Unie de Tanzanie ont été formés à l’exploitation " +
        "de preuves numériques et aux techniques d’enquête en ligne.",
    );
  });
});
