// The golden output: the 2019 report generated from the seed states every figure of
// E/CN.15/2020/12 ¶12–46 in its sentence, with its qualifier, countries and partners.
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../shared/report/build-report";
import { renderMarkdown } from "../../../shared/report/render/markdown";
import { reportInput } from "../../support/seed-report";

/** Writes "1_817" with the narrow no-break space French puts in numbers. */
const fr = (text: string) => text.replaceAll("_", "\u202F");

const FRENCH: [paragraph: number, sentence: string][] = [
  [18, "En 2019, l’ONUDC a formé 1_817 praticiens de la justice pénale de 36 pays."],
  [12, "Le mentor spécialisé en cybercriminalité en poste en Autriche"],
  [12, "Le mentor spécialisé en cybercriminalité en poste au Sénégal"],
  [
    13,
    "les mentors de l’ONUDC pour la cybercriminalité en poste au Caire ont continué d’appuyer l’Algérie, l’Égypte, la Jordanie, le Liban, la Libye, le Maroc, le Soudan, la Tunisie et l’État de Palestine",
  ],
  [14, "contre la cybercriminalité au Costa Rica"],
  [
    19,
    "Dans le cadre de ces activités, environ 85 agents des services de détection et de répression de l’Érythrée, de l’Éthiopie, du Kenya, de l’Ouganda et de la République-Unie de Tanzanie ont été formés",
  ],
  [19, "En association avec INTERPOL, l’ONUDC a également formé 19 agents de police de toute l’Afrique"],
  [
    19,
    "En coopération avec INTERPOL et l’Organisation de coopération des chefs de police de l’Afrique de l’Est (EAPCCO)",
  ],
  [20, "l’ONUDC a formé plus de 200 juges salvadoriens"],
  [20, "a été réduit à moins de 10 jours"],
  [21, "de 5 États membres de l’ASEAN (l’Indonésie, la Malaisie, les Philippines, la Thaïlande et le Viet Nam)"],
  [24, "a élargi son personnel de 2 à 16 enquêteurs"],
  [26, "En 2019, plus de 200 agents de services de détection et de répression"],
  [
    29,
    "l’ONUDC a formé plus de 250 praticiens de la justice pénale de la Barbade, du Belize, du Chili, du Costa Rica, d’El Salvador, du Honduras, du Panama et du Pérou",
  ],
  [30, "ont collaboré pour identifier 66 enfants et 14 délinquants"],
  [31, "l’ONUDC a aidé 6 pays (le Cambodge, la Malaisie, le Myanmar"],
  [34, "environ 60 praticiens exerçant en première ligne dans 12 pays d’Afrique de l’Est"],
  [35, "a été dispensée à environ 40 enquêteurs financiers"],
  [37, "les capacités de plus de 200 praticiens de la justice pénale"],
  [40, "le portail contenait plus de 1_300 textes de loi sur la cybercriminalité ainsi que 39 cas de jurisprudence"],
  [41, "plus de 2_800_000 impressions Twitter"],
  [43, "plus de 7_200 étudiants du monde entier"],
  [43, "des professeurs de 40 universités"],
  [44, "compte 8_110 abonnés et, avec une moyenne de 220 tweets par mois, il a cumulé 2_500_000 impressions Twitter"],
  [45, "3_222 enseignants, 37_361 étudiants et 12_511 parents"],
  [45, "188_477 étudiants et 9_042 enseignants"],
  [46, "une série de 10 droits et devoirs"],
];

const ENGLISH = [
  "In 2019, UNODC trained 1,817 criminal justice practitioners from 36 countries.",
  "about 85 law enforcement officers from Eritrea, Ethiopia, Kenya, Uganda and the United Republic of Tanzania were trained",
  "cut to fewer than 10 days",
  "grew from 2 to 16 investigators",
  "UNODC trained more than 250 criminal justice practitioners from Barbados, Belize, Chile, Costa Rica, El Salvador, Honduras, Panama and Peru",
  "to identify 66 children and 14 offenders",
  "about 60 front-line practitioners from 12 Eastern African countries",
  "more than 1,300 pieces of cybercrime legislation and 39 cases of case law",
  "more than 7,200 students",
  "8,110 followers",
  "3,222 teachers, 37,361 students and 12,511 parents",
];

describe("the 2019 report", () => {
  const french = renderMarkdown(buildReport(reportInput("fr")));
  const english = renderMarkdown(buildReport(reportInput("en")));

  it.each(FRENCH)("states ¶%i in French: %s", (_paragraph, sentence) => {
    expect(french).toContain(fr(sentence));
  });

  it.each(ENGLISH)("states in English: %s", (sentence) => {
    expect(english).toContain(sentence);
  });

  it("gives the same figures in both languages", () => {
    const numbers = (text: string) =>
      (text.match(/\d[\d\u202F,]*/g) ?? []).map((n) => Number(n.replace(/[\u202F,]/g, ""))).sort((a, b) => a - b);
    expect(numbers(english)).toEqual(numbers(french));
  });

  it("shows the reconciliation of ¶18 with what the records account for", () => {
    expect(french).toContain("Rapprochement avec les chiffres publiés");
    expect(french).toMatch(new RegExp(fr("1_817")));
  });
});
