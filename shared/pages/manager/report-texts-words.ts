// The words of the report texts' editor on the report page, in each language of the pages.
import type { TextBlock, TitleBlock } from "../../domain/report-texts";
import type { Language } from "../../language/languages";

const ENGLISH = {
  heading: "The report’s texts",
  annex: "Working annex (reconciliation, totals, sources of the figures; not for the Commission):",
  hint: "What the records do not say: the title block, the summary, the introduction, the mandates quoted and the Expert Group’s process. One paragraph per block of text, paragraphs separated by an empty line. {figure:practitioners_trained} and {figure:countries_reached} give the headline figures; [^…] makes a footnote.",
  own: (year: number) => `The texts of ${year}.`,
  from: (year: number, from: number) =>
    `${year} has no texts yet: here are those of ${from}, to start from. Saving makes them ${year}’s.`,
  none: (year: number) => `${year} has no texts yet, nor any year before it: write them here.`,
  inLanguage: (name: string) => `Texts in ${name}`,
  symbol: "Document symbol (all languages)",
  titleBlock: {
    distribution: "Distribution",
    date: "Date",
    original: "Original language",
    body: "Body",
    session: "Session",
    agendaItem: "Item of the provisional agenda",
    agendaTitle: "Title of the agenda item",
    kind: "Kind of report",
    title: "Title",
  } satisfies Record<keyof TitleBlock, string>,
  groups: "Activities told together (all languages)",
  groupsHint: (places: string) =>
    `One paragraph per line: the activities' ids separated by spaces, then, if it is not where most of them belong, → and the place (${places}).`,
  save: "Save the texts",
  saved: "The texts were saved.",
  stale: "Someone saved these texts in the meantime: yours were not saved. Here they are as now stored.",
  invalid: (message: string) => `The texts were not saved: ${message}`,
  blocks: {
    summary: "Summary",
    introduction: "I. Introduction",
    developments: "II. New developments, progress made and best practices identified",
    "capacity-building:opening": "III. Before its activities",
    "capacity-building:closing": "III. After its activities",
    "investigations-forensics:opening":
      "III.A. Before its activities (mandates; without {figure:…}, the report adds the trained practitioners)",
    "investigations-forensics:closing": "III.A. After its activities",
    "cryptocurrency-darknet:opening": "III.B. Before its activities",
    "cryptocurrency-darknet:closing": "III.B. After its activities",
    "child-sexual-exploitation:opening": "III.C. Before its activities",
    "child-sexual-exploitation:closing": "III.C. After its activities",
    "terrorist-use-of-internet:opening": "III.D. Before its activities",
    "terrorist-use-of-internet:closing": "III.D. After its activities",
    "international-cooperation:opening": "III.E. Before its activities",
    "international-cooperation:closing": "III.E. After its activities",
    "information-sharing:opening": "IV. Before its activities",
    "information-sharing:closing": "IV. After its activities",
    "research-analysis:opening": "V. Before its activities",
    "research-analysis:closing": "V. After its activities",
    "prevention:opening": "VI. Before its activities",
    "prevention:closing": "VI. After its activities",
    "expert-group:opening": "VII. Before its activities (the Expert Group’s process)",
    "expert-group:closing": "VII. After its activities (conclusions)",
  } satisfies Record<TextBlock, string>,
};

export type ReportTextsWords = typeof ENGLISH;

const FRENCH: ReportTextsWords = {
  heading: "Les textes du rapport",
  annex: "Annexe de travail (rapprochement, totaux, sources des chiffres ; non destinée à la Commission) :",
  hint: "Ce que les enregistrements ne disent pas : le bloc de titre, le résumé, l’introduction, les mandats cités et les travaux du Groupe d’experts. Un paragraphe par bloc de texte, les paragraphes séparés par une ligne vide. {figure:practitioners_trained} et {figure:countries_reached} donnent les chiffres principaux ; [^…] fait une note de bas de page.",
  own: (year) => `Les textes de ${year}.`,
  from: (year, from) =>
    `${year} n’a pas encore de textes : voici ceux de ${from}, pour partir de là. Les enregistrer en fait ceux de ${year}.`,
  none: (year) => `${year} n’a pas encore de textes, ni aucune année avant elle : écrivez-les ici.`,
  inLanguage: (name) => `Textes en ${name.toLocaleLowerCase("fr")}`,
  symbol: "Cote du document (toutes les langues)",
  titleBlock: {
    distribution: "Distribution",
    date: "Date",
    original: "Langue originale",
    body: "Organe",
    session: "Session",
    agendaItem: "Point de l’ordre du jour provisoire",
    agendaTitle: "Intitulé du point de l’ordre du jour",
    kind: "Nature du rapport",
    title: "Titre",
  },
  groups: "Activités racontées ensemble (toutes les langues)",
  groupsHint: (places) =>
    `Un paragraphe par ligne : les identifiants des activités séparés par des espaces, puis, si ce n’est pas là où la plupart d’entre elles se placent, → et l’endroit (${places}).`,
  save: "Enregistrer les textes",
  saved: "Les textes ont été enregistrés.",
  stale:
    "Quelqu’un a enregistré ces textes entre-temps : les vôtres n’ont pas été enregistrés. Les voici tels qu’ils sont maintenant.",
  invalid: (message) => `Les textes n’ont pas été enregistrés : ${message}`,
  blocks: {
    summary: "Résumé",
    introduction: "I. Introduction",
    developments: "II. Évolution de la situation, progrès accomplis et meilleures pratiques recensées",
    "capacity-building:opening": "III. Avant ses activités",
    "capacity-building:closing": "III. Après ses activités",
    "investigations-forensics:opening":
      "III.A. Avant ses activités (mandats ; sans {figure:…}, le rapport ajoute les praticiens formés)",
    "investigations-forensics:closing": "III.A. Après ses activités",
    "cryptocurrency-darknet:opening": "III.B. Avant ses activités",
    "cryptocurrency-darknet:closing": "III.B. Après ses activités",
    "child-sexual-exploitation:opening": "III.C. Avant ses activités",
    "child-sexual-exploitation:closing": "III.C. Après ses activités",
    "terrorist-use-of-internet:opening": "III.D. Avant ses activités",
    "terrorist-use-of-internet:closing": "III.D. Après ses activités",
    "international-cooperation:opening": "III.E. Avant ses activités",
    "international-cooperation:closing": "III.E. Après ses activités",
    "information-sharing:opening": "IV. Avant ses activités",
    "information-sharing:closing": "IV. Après ses activités",
    "research-analysis:opening": "V. Avant ses activités",
    "research-analysis:closing": "V. Après ses activités",
    "prevention:opening": "VI. Avant ses activités",
    "prevention:closing": "VI. Après ses activités",
    "expert-group:opening": "VII. Avant ses activités (les travaux du Groupe d’experts)",
    "expert-group:closing": "VII. Après ses activités (conclusions)",
  },
};

export const REPORT_TEXTS_WORDS: Record<Language, ReportTextsWords> = { fr: FRENCH, en: ENGLISH };
