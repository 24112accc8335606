// A year nobody has written: 300 random activities without narratives, as a manager would find them
// in 2031. The report must read as a drafter's text, not a list: grouped paragraphs of sentences
// with a verb for each kind, figures in UN style, French typography, nothing pasted from the records'
// English titles or topics.
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../../../shared/language/languages";
import { KIND_PHRASES } from "../../../shared/report/kind-phrases";
import type { ReportModel } from "../../../shared/report/model";
import { activities, COUNT, report, textOf, told } from "../../support/synthetic-year";

describe.each(LANGUAGES)("a synthetic year of 300 activities, in %s", (language) => {
  const model = report(language);
  const paragraphs = told(model);
  const byId = new Map(activities.map((activity) => [activity.id, activity]));

  it("tells every activity once, in at most forty paragraphs", () => {
    expect(paragraphs.flatMap((p) => p.records).sort()).toEqual(
      model.sections
        .flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((sub) => sub.paragraphs)])
        .flatMap((p) => p.records)
        .sort(),
    );
    expect(new Set(paragraphs.flatMap((p) => p.records)).size).toBe(COUNT - countOfExpertGroup(model));
    expect(paragraphs.length).toBeLessThanOrEqual(40);
  });

  it("writes sentences with the verb of each kind they tell, never a list", () => {
    for (const paragraph of paragraphs) {
      const text = textOf(paragraph);
      expect(text).not.toMatch(/ — |^[^.]*: /);
      const kinds = new Set(paragraph.records.map((id) => byId.get(id)?.kind));
      for (const kind of kinds) {
        if (!kind) continue;
        const verbs = KIND_PHRASES[language][kind].verbs;
        expect(
          verbs.some((verb) => text.includes(verb)),
          `${kind}: ${text}`,
        ).toBe(true);
      }
      expect(text).toMatch(/[.!?]$/);
    }
  });

  it("never opens a sentence on a numeral, and writes numbers below ten in words", () => {
    for (const paragraph of paragraphs) {
      const text = textOf(paragraph);
      expect(text).not.toMatch(/(?:^|[.!?]\s+)\d/);
      // A lone digit is a number below ten written in figures.
      expect(text).not.toMatch(/(?<![\d\u202F,.])\b\d\b(?![\d\u202F,.])/);
    }
  });

  it("pastes no title or topic recorded in English", () => {
    const all = paragraphs.map(textOf).join("\n");
    expect(all).not.toMatch(/Synthetic|English topic|English indicator|cyber resilience/);
  });

  it("summarises the topics in the report's own words", () => {
    const all = paragraphs.map(textOf).join("\n");
    const said: Record<Language, string[]> = {
      fr: ["portant notamment sur", "les preuves électroniques", "les enquêtes sur la cryptomonnaie"],
      en: ["covering, among other things,", "electronic evidence", "cryptocurrency investigations"],
      es: ["entre otras cosas,", "las pruebas electrónicas", "las investigaciones sobre criptomonedas"],
    };
    for (const words of said[language]) expect(all).toContain(words);
  });

  it("says each topic once in a paragraph, however many kinds dealt with it", () => {
    const phrase: Record<Language, string> = {
      fr: "les enquêtes sur la cryptomonnaie",
      en: "cryptocurrency investigations",
      es: "las investigaciones sobre criptomonedas",
    };
    for (const paragraph of paragraphs) {
      const text = textOf(paragraph);
      expect(text.split(phrase[language]).length - 1, text).toBeLessThanOrEqual(1);
    }
  });

  it("names professions and keeps each figure's qualifier", () => {
    const all = paragraphs.map(textOf).join("\n");
    const words: Record<Language, string[]> = {
      fr: ["procureurs", "juges", "plus de", "environ"],
      en: ["prosecutors", "judges", "more than", "about"],
      es: ["fiscales", "jueces", "más de", "alrededor de"],
    };
    for (const word of words[language]) expect(all).toContain(word);
  });
});

describe("the synthetic year's French typography", () => {
  const all = told(report("fr")).map(textOf).join("\n");

  it("puts a narrow no-break space before ; ! ? and a no-break space before : and inside « »", () => {
    expect(all).not.toMatch(/[^\u202F][;!?]/);
    expect(all).not.toMatch(/[^\u00A0]:/);
    expect(all).not.toMatch(/«[^\u00A0]|[^\u00A0]»/);
  });
});

function countOfExpertGroup(model: ReportModel): number {
  return model.sections.filter((s) => s.number === "VII").flatMap((s) => s.paragraphs.flatMap((p) => p.records)).length;
}
