// French, as the UN's French documents write it (E/CN.15/2020/12): every word, format and country
// phrase the pages and the report take from the language rather than from their own word tables.
import { frenchPhrases } from "./fr-countries";
import { NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE } from "./fr-typography";
import { intlFormats } from "./intl";
import type { LanguageTable } from "./table";

const intl = intlFormats("fr-FR");

export const FRENCH: LanguageTable = {
  locale: "fr-FR",
  name: "Français",
  intl,
  // ICU versions differ on the French separator (U+00A0 before CLDR 34, U+202F since): fix it here.
  formatNumber: (n) => intl.numbers.format(n).replace(/\s/g, NARROW_NO_BREAK_SPACE),
  // `at_least` is how the records store the report's « plus de 200 »: not « au moins ».
  qualifiers: { exact: "", approximately: "environ", at_least: "plus de", fewer_than: "moins de" },
  quotes: { open: `«${NO_BREAK_SPACE}`, close: `${NO_BREAK_SPACE}»` },
  colon: `${NO_BREAK_SPACE}: `,
  // French repeats the preposition before each country: « de l’Érythrée, de l’Éthiopie, du Kenya ».
  countries: { phrases: frenchPhrases, listPrepositions: null },
  // The five subheadings of III, then IV–VI; the report has none for legislation and policy.
  themes: {
    investigations_forensics: "Enquêtes sur la cybercriminalité et criminalistique numérique",
    cryptocurrency_darknet: "Enquêtes sur les cybermonnaies et le darknet",
    child_sexual_exploitation: "Exploitation et atteintes sexuelles visant les enfants sur Internet",
    terrorist_use_of_internet: "Utilisation d’Internet à des fins terroristes",
    international_cooperation_evidence: "Coopération internationale pour l’obtention de preuves électroniques",
    legislation_policy: "Législation et politiques",
    information_sharing: "Échange d’informations",
    research_analysis: "Recherche et analyse",
    prevention: "Prévention",
  },
  kinds: {
    training: "Formation",
    mentoring: "Mentorat",
    capacity_assessment: "Évaluation des capacités",
    equipment_delivery: "Fourniture de matériel",
    forensic_lab_support: "Appui aux laboratoires de criminalistique numérique",
    legislative_advice: "Conseils législatifs",
    coordination_mechanism: "Mécanisme de coordination",
    awareness_campaign: "Campagne de sensibilisation",
    research: "Recherche",
    knowledge_tool: "Outil de gestion des connaissances",
    meeting: "Réunion",
  },
  sexes: { women: "Femmes", men: "Hommes", notRecorded: "Non précisé" },
  measures: {
    practitionersTrained: {
      name: "Praticiens de la justice pénale formés",
      definition:
        "Participants aux formations, hormis ceux enregistrés comme enseignants, étudiants, parents, membres de la société civile ou du secteur privé.",
    },
    othersTrained: {
      name: "Autres personnes formées",
      definition:
        "Participants aux formations enregistrés comme enseignants, étudiants, parents, membres de la société civile ou du secteur privé.",
    },
    peopleReached: {
      name: "Personnes touchées par la prévention et la sensibilisation",
      definition:
        "Enseignants, élèves, étudiants, parents et membres du public touchés par les campagnes de sensibilisation.",
    },
    meetingParticipants: {
      name: "Participants aux réunions et ateliers",
      definition: "Participants aux réunions, ateliers et mécanismes de coordination.",
    },
    otherParticipants: {
      name: "Participants aux autres activités",
      definition:
        "Participants aux activités de mentorat, d’évaluation, de conseil, de livraison de matériel, d’appui aux laboratoires, de recherche et d’outils de connaissance.",
    },
  },
  unattributed: {
    country: "Non attribués à un seul pays",
    region: "Non attribués à une seule région",
    profession: "Profession non précisée",
  },
  sexNouns: {
    women: { singular: "femme", plural: "femmes" },
    men: { singular: "homme", plural: "hommes" },
  },
  // The report's own wording (E/CN.15/2020/12 ¶17–20, 26, 43–45).
  professions: {
    law_enforcement: {
      singular: "agent des services de détection et de répression",
      plural: "agents des services de détection et de répression",
    },
    prosecutors: { singular: "procureur", plural: "procureurs" },
    judges: { singular: "juge", plural: "juges" },
    central_authorities: { singular: "agent des autorités centrales", plural: "agents des autorités centrales" },
    forensic_analysts: {
      singular: "analyste en criminalistique numérique",
      plural: "analystes en criminalistique numérique",
    },
    financial_intelligence: {
      singular: "agent des services de renseignement financier et des banques centrales",
      plural: "agents des services de renseignement financier et des banques centrales",
    },
    teachers: { singular: "enseignant", plural: "enseignants" },
    // The report counts « 7 200 étudiants », « 37 361 étudiants »; « élèves » only in passing (¶45).
    students: { singular: "étudiant", plural: "étudiants" },
    parents: { singular: "parent", plural: "parents" },
    civil_society: { singular: "membre de la société civile", plural: "membres de la société civile" },
    private_sector: { singular: "représentant du secteur privé", plural: "représentants du secteur privé" },
    other: { singular: "autre participant", plural: "autres participants" },
    // Trainees of several professions together (« 1 817 praticiens de la justice pénale »).
    practitioners: { singular: "praticien de la justice pénale", plural: "praticiens de la justice pénale" },
    persons: { singular: "personne", plural: "personnes" },
  },
};
