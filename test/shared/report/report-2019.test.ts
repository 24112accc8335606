// The golden output: the 2019 report generated from the seed states every figure of
// E/CN.15/2020/12 ¶12–46 in its sentence, with its qualifier, countries and partners.

import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../shared/report/build-report";
import type { ReportModel } from "../../../shared/report/model";
import { renderDocx } from "../../../shared/report/render/docx";
import { renderHtml } from "../../../shared/report/render/html";
import { renderMarkdown } from "../../../shared/report/render/markdown";
import { reportInput } from "../../support/seed-report";

/** Writes "1_817" with the narrow no-break space French puts in numbers. */
const fr = (text: string) => text.replaceAll("«_", "«\u00A0").replaceAll("_»", "\u00A0»").replaceAll("_", "\u202F");

/** Where each paragraph of E/CN.15/2020/12 stands: its section or subsection, by number. */
const PLACES: [from: number, to: number, place: string][] = [
  [1, 9, "introduction"],
  [10, 11, "developments"],
  [12, 15, "capacity-building"],
  [16, 21, "investigations-forensics"],
  [22, 26, "cryptocurrency-darknet"],
  [27, 31, "child-sexual-exploitation"],
  [32, 37, "terrorist-use-of-internet"],
  [38, 38, "international-cooperation"],
  [39, 41, "information-sharing"],
  [42, 42, "research-analysis"],
  [43, 46, "prevention"],
  [47, 50, "expert-group"],
];

/** Each numbered paragraph's text and the section or subsection it stands in. */
function located(model: ReportModel): Map<number, { place: string; text: string }> {
  const all = model.sections.flatMap((section) => [
    ...section.paragraphs.map((p) => ({ p, place: section.id })),
    ...section.subsections.flatMap((sub) => sub.paragraphs.map((p) => ({ p, place: sub.id }))),
  ]);
  return new Map(all.map(({ p, place }) => [p.number, { place, text: p.content.map((i) => i.text).join("") }]));
}

const FRENCH: [paragraph: number, sentence: string][] = [
  [1, "Dans sa résolution 64/179, adoptée en 2009"],
  [5, "En 2019, dans sa résolution 74/173"],
  [10, "Ce rapport rendait compte des communications de 61 États Membres"],
  [11, "qui doit se tenir à New York en août 2020"],
  [
    12,
    "Les mentors spécialisés en cybercriminalité, qui sont en poste en Autriche, en El Salvador, au Guatemala, au Kenya, au Sénégal et en Thaïlande, ont continué",
  ],
  [15, "«_Table ronde nationale sur la cybercriminalité_»"],
  [16, "Dans sa résolution 74/173, l’Assemblée générale a encouragé les États Membres à élaborer"],
  [17, "Dans la même résolution, l’Assemblée a prié instamment"],
  [18, "l’ONUDC a formé 1_817 praticiens de la justice pénale de 36 pays dans les domaines suivants"],
  [18, "et enquêtes sur les logiciels malveillants."],
  [27, "Dans sa résolution 74/174"],
  [32, "L’utilisation d’Internet à des fins terroristes reste l’une des activités criminelles"],
  [39, "en date du 26 avril 2013"],
  [47, "De par ses fonctions d’appui technique et de secrétariat"],
  [48, "sa sixième réunion aura lieu du 6 au 8 avril 2020"],
  [49, "tenue du 27 au 29 mars 2019"],
  [50, "offrait un espace de choix"],
  [
    13,
    "les mentors de l’ONUDC pour la cybercriminalité en poste au Caire ont continué d’appuyer l’Algérie, l’Égypte, la Jordanie, le Liban, la Libye, le Maroc, le Soudan, la Tunisie et l’État de Palestine",
  ],
  [14, "contre la cybercriminalité au Costa Rica, en Ouganda, au Pakistan et au Pérou."],
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
  [21, "de cinq États membres de l’ASEAN (l’Indonésie, la Malaisie, les Philippines, la Thaïlande et le Viet Nam)"],
  [24, "a élargi son personnel de 2 à 16 enquêteurs"],
  [26, "En 2019, plus de 200 agents de services de détection et de répression"],
  [
    29,
    "l’ONUDC a formé plus de 250 praticiens de la justice pénale de la Barbade, du Belize, du Chili, du Costa Rica, d’El Salvador, du Honduras, du Panama et du Pérou",
  ],
  [30, "ont collaboré pour identifier 66 enfants et 14 délinquants"],
  // A sentence never opens on a numeral: the published « Onze pays ».
  [30, "a été créée en collaboration avec INTERPOL. Onze pays (l’Argentine, le Brésil"],
  [31, "l’ONUDC a aidé six pays (le Cambodge, la Malaisie, le Myanmar"],
  [34, "environ 60 praticiens exerçant en première ligne dans 12 pays d’Afrique de l’Est"],
  [35, "a été dispensée à environ 40 enquêteurs financiers"],
  [37, "les capacités de plus de 200 praticiens de la justice pénale"],
  [40, "le portail contenait plus de 1_300 textes de loi sur la cybercriminalité ainsi que 39 cas de jurisprudence"],
  [41, "plus de 2,8 millions d’impressions Twitter"],
  [43, "plus de 7_200 étudiants du monde entier"],
  [43, "des professeurs de 40 universités"],
  [
    44,
    "compte 8_110 abonnés et, avec une moyenne de 220 tweets par mois, il a cumulé 2,5 millions d’impressions Twitter",
  ],
  [45, "3_222 enseignants, 37_361 étudiants et 12_511 parents"],
  [45, "188_477 étudiants et 9_042 enseignants"],
  [46, "une série de 10 droits et devoirs"],
];

const ENGLISH = [
  "During the reporting period, UNODC trained 1,817 criminal justice practitioners from 36 countries in the following areas",
  "The cybercrime mentors, who are posted in Austria, El Salvador, Guatemala, Kenya, Senegal and Thailand, continued",
  "to counter cybercrime in Costa Rica, Uganda, Pakistan and Peru.",
  "about 85 law enforcement officers from Eritrea, Ethiopia, Kenya, Uganda and the United Republic of Tanzania were trained",
  "cut to fewer than 10 days",
  "grew from 2 to 16 investigators",
  "UNODC trained more than 250 criminal justice practitioners from Barbados, Belize, Chile, Costa Rica, El Salvador, Honduras, Panama and Peru",
  "to identify 66 children and 14 offenders",
  "was set up with INTERPOL. Eleven countries (Argentina, Brazil",
  "about 60 front-line practitioners from 12 Eastern African countries",
  "more than 1,300 pieces of cybercrime legislation and 39 cases of case law",
  "more than 7,200 students",
  "8,110 followers",
  "3,222 teachers, 37,361 students and 12,511 parents",
];

describe("the 2019 report", () => {
  const frenchModel = buildReport(reportInput("fr"));
  const englishModel = buildReport(reportInput("en"));
  const french = renderMarkdown(frenchModel);
  const english = renderMarkdown(englishModel);
  const paragraphs = { fr: located(frenchModel), en: located(englishModel) };

  it.each(["fr", "en"] as const)("numbers fifty paragraphs in %s, each in its published section", (language) => {
    const found = paragraphs[language];
    expect([...found.keys()]).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    for (const [from, to, place] of PLACES) {
      for (let n = from; n <= to; n++) expect(found.get(n)?.place, `¶${n}`).toBe(place);
    }
  });

  it.each(FRENCH)("states ¶%i in French: %s", (paragraph, sentence) => {
    expect(paragraphs.fr.get(paragraph)?.text).toContain(fr(sentence));
  });

  it("says each sentence once", () => {
    for (const model of [frenchModel, englishModel]) {
      for (const { text } of located(model).values()) {
        const sentences = text.split(/(?<=[.;])\s+/).filter((sentence) => sentence.length > 40);
        expect(sentences.length - new Set(sentences).size, text.slice(0, 80)).toBe(0);
      }
    }
    expect(french).not.toMatch(/Résultat\s:|— 1\./);
    expect(english).not.toMatch(/Outcome:|— 1 laborator/);
  });

  it.each(ENGLISH)("states in English: %s", (sentence) => {
    expect(english).toContain(sentence);
  });

  it("gives the same figures in both languages", () => {
    const values = (model: ReportModel) =>
      [...located(model).keys()].length &&
      model.sections
        .flatMap((section) => [...section.paragraphs, ...section.subsections.flatMap((sub) => sub.paragraphs)])
        .flatMap((p) => p.content.flatMap((inline) => (inline.type === "figure" ? [inline.value] : [])))
        .sort((a, b) => a - b);
    expect(values(englishModel)).toEqual(values(frenchModel));
    expect(english).toContain("more than 2.8 million Twitter impressions");
  });

  it("gives ¶43's footnote where the published report has it", () => {
    const p43 = frenchModel.sections.flatMap((section) => section.paragraphs).find((p) => p.number === 43);
    const note = p43?.content.findIndex((inline) => inline.type === "note") ?? -1;
    expect(p43?.content[note]?.text).toBe(
      "Disponible à l’adresse\u00a0: https://www.unodc.org/edj/fr/tertiary/cybercrime.html.",
    );
    expect(p43?.content[note - 1]?.text).toMatch(/modules universitaires sur la cybercriminalité$/);
    expect(french).toContain("[^1]: Disponible à l’adresse");
  });

  it("lists ¶13 (a)–(e) as lettered subparagraphs after its lead-in, as published", async () => {
    const p13 = frenchModel.sections[2]?.paragraphs.find((p) => p.number === 13);
    expect(p13?.content.map((inline) => inline.text).join("")).toMatch(/avec des activités qui ont inclus\u00A0:$/);
    const items = p13?.items?.map((item) => item.map((inline) => inline.text).join("")) ?? [];
    expect(items.map((item) => item.slice(0, 20))).toEqual([
      "La conduite, en coll",
      "Le développement des",
      "La conduite, dans ce",
      "La fourniture de con",
      "L’acquisition et la ",
    ]);
    expect(items.slice(0, 4).every((item) => item.endsWith("\u202F;"))).toBe(true);
    expect(items[4]).toMatch(/triage des données numériques\.$/);
    expect(french).toContain("\n\n    a) La conduite, en collaboration avec des experts nationaux");
    expect(french).toContain("\n\n    e) L’acquisition et la livraison");
    expect(english).toContain("with activities that included:\n\n    (a) The conduct, in collaboration");
    expect(english).toContain("    (e) The procurement and delivery of digital forensic triage equipment.\n");
    expect(renderHtml(frenchModel)).toMatch(
      /<ol class="items"><li><span class="num">a\)<\/span><span class="text">La conduite/,
    );
    // Word numbers them itself, on the paragraph numbering's lettered level: a) to e) under 13.
    const files = unzipSync(new Uint8Array(await renderDocx(frenchModel)));
    const numbering = strFromU8(files["word/numbering.xml"] ?? new Uint8Array());
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="1"[^>]*>[\s\S]*?<w:numFmt w:val="lowerLetter"\/>[\s\S]*?<w:lvlText w:val="%2\)"\/>/,
    );
    const document = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    expect(document.match(/<w:ilvl w:val="1"\/>/g)).toHaveLength(5);
  });

  it("keeps the reconciliation out of the Commission's text", () => {
    expect(french).not.toContain("Rapprochement avec les chiffres publiés");
    expect(frenchModel.reconciliation.map((row) => row.published.value)).toContain(1817);
  });
});
