// A year nobody has written: 300 random activities without narratives, as a manager would find them
// in 2031. The report must read as a drafter's text, not a list: grouped paragraphs of sentences
// with a verb for each kind, figures in UN style, French typography, nothing pasted from the records'
// English titles or topics.
import { describe, expect, it } from "vitest";
import type { Activity } from "../../../shared/domain/activity";
import { computeTotals } from "../../../shared/domain/aggregates";
import {
  ACTIVITY_KINDS,
  type CountQualifier,
  PROFESSIONS,
  type Profession,
  THEMES,
} from "../../../shared/domain/vocabulary";
import { LANGUAGES, type Language } from "../../../shared/language/languages";
import { buildReport } from "../../../shared/report/build-report";
import { KIND_PHRASES } from "../../../shared/report/kind-phrases";
import type { Paragraph, ReportModel } from "../../../shared/report/model";

const YEAR = 2031;
const COUNT = 300;
const COUNTRIES = [
  "KEN",
  "UGA",
  "TZA",
  "SEN",
  "EGY",
  "SLV",
  "GTM",
  "PER",
  "BRA",
  "THA",
  "PHL",
  "VNM",
  "AUT",
  "MDA",
  "FJI",
];
const QUALIFIERS: CountQualifier[] = ["exact", "exact", "approximately", "at_least"];
const PARTNERS = ["INTERPOL", "EAPCCO", "ASEAN", "UNICEF"];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)] as T;
  const some = <T>(values: readonly T[], count: number): T[] =>
    [...values].sort(() => next() - 0.5).slice(0, Math.max(1, count));
  return { next, int, pick, some };
}

function syntheticActivity(r: ReturnType<typeof random>, index: number): Activity {
  const kind = r.pick(ACTIVITY_KINDS);
  // Countries of one region mostly, as a project's are; a few span regions.
  const start = r.int(COUNTRIES.length - 2);
  const countries = r.next() < 0.8 ? COUNTRIES.slice(start, start + 1 + r.int(3)) : r.some(COUNTRIES, 2);
  const total = r.next() < 0.2 ? 0 : 1 + r.int(400);
  const byProfession: Partial<Record<Profession, number>> = {};
  if (total > 0 && r.next() < 0.6) {
    let left = total;
    for (const profession of r.some(PROFESSIONS, 1 + r.int(3))) {
      const n = r.int(left + 1);
      if (n > 0) byProfession[profession] = n;
      left -= n;
    }
  }
  const at = `${YEAR}-0${1 + r.int(9)}-1${r.int(9)}`;
  return {
    id: `synthetic-${index}`,
    kind,
    theme: r.pick(THEMES),
    title: `Synthetic ${kind} on cyber resilience ${index}`,
    startDate: at,
    endDate: at,
    year: YEAR,
    countries,
    partners: r.next() < 0.3 ? r.some(PARTNERS, 1 + r.int(2)) : [],
    donors: [],
    topics: [`English topic ${index}`],
    outcomes:
      r.next() < 0.1
        ? [
            {
              indicator: `English indicator ${index}`,
              baseline: 2,
              value: 16,
              qualifier: "exact",
              unit: "investigators",
              text: {
                fr: "L’unité spécialisée est passée de deux à 16 enquêteurs.",
                en: "The specialized unit grew from two to 16 investigators.",
              },
            },
          ]
        : [],
    ...(total > 0 ? { participants: { total, qualifier: r.pick(QUALIFIERS), byProfession } } : {}),
    status: "validated",
    version: 1,
    createdAt: `${at}T00:00:00.000Z`,
    createdBy: "test",
    updatedAt: `${at}T00:00:00.000Z`,
    updatedBy: "test",
  };
}

const r = random(2031);
const activities = Array.from({ length: COUNT }, (_, index) => syntheticActivity(r, index));

function report(language: Language): ReportModel {
  return buildReport({
    year: YEAR,
    language,
    preview: false,
    activities,
    labs: [],
    totals: computeTotals(YEAR, activities, []).validated,
    publishedFigures: [],
    generatedAt: "2032-01-15T00:00:00.000Z",
  });
}

const textOf = (p: Paragraph) => p.content.map((inline) => inline.text).join("");
/** The paragraphs of III–VI, where the activities are told. */
const told = (model: ReportModel) =>
  model.sections
    .filter((section) => ["III", "IV", "V", "VI"].includes(section.number))
    .flatMap((section) => [...section.paragraphs, ...section.subsections.flatMap((sub) => sub.paragraphs)])
    .filter((p) => p.records.length > 0);

describe.each(LANGUAGES)("a synthetic year of 300 activities, in %s", (language) => {
  const model = report(language);
  const paragraphs = told(model);
  const byId = new Map(activities.map((activity) => [activity.id, activity]));

  it("tells every activity once, in at most about forty paragraphs", () => {
    expect(paragraphs.flatMap((p) => p.records).sort()).toEqual(
      model.sections
        .flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((sub) => sub.paragraphs)])
        .flatMap((p) => p.records)
        .sort(),
    );
    expect(new Set(paragraphs.flatMap((p) => p.records)).size).toBe(COUNT - countOfExpertGroup(model));
    expect(paragraphs.length).toBeLessThanOrEqual(45);
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
