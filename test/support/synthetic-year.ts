// A year nobody has written: random activities without narratives, as a manager would find them
// in 2031, and the report's paragraphs of III–VI that tell them. Deterministic, so that a failure
// can be replayed and a paragraph quoted.
import type { Activity } from "../../shared/domain/activity";
import { computeTotals } from "../../shared/domain/aggregates";
import {
  ACTIVITY_KINDS,
  type CountQualifier,
  PROFESSIONS,
  type Profession,
  THEMES,
} from "../../shared/domain/vocabulary";
import type { Language } from "../../shared/language/languages";
import { buildReport } from "../../shared/report/build-report";
import type { Paragraph, ReportModel } from "../../shared/report/model";
import { random } from "./random";

export const YEAR = 2031;
export const COUNT = 300;
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
const TYPED_TOPICS = ["electronic evidence", "cryptocurrency investigations", "Darknet", "mutual legal assistance"];

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
    // Topics as a mentor types them: some the report can say in every language, others it cannot.
    topics: [r.pick(TYPED_TOPICS), `English topic ${index}`],
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
export const activities: Activity[] = Array.from({ length: COUNT }, (_, index) => syntheticActivity(r, index));

export function report(language: Language): ReportModel {
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

export const textOf = (p: Paragraph) => p.content.map((inline) => inline.text).join("");
/** The paragraphs of III–VI, where the activities are told. */
export const told = (model: ReportModel) =>
  model.sections
    .filter((section) => ["III", "IV", "V", "VI"].includes(section.number))
    .flatMap((section) => [...section.paragraphs, ...section.subsections.flatMap((sub) => sub.paragraphs)])
    .filter((p) => p.records.length > 0);
