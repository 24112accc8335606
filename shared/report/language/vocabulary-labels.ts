// Display names of the closed vocabularies: themes as the report's subheadings, kinds, sexes.
import type { Language } from "../../domain/countries";
import type { ActivityKind, SEXES, Theme } from "../../domain/vocabulary";

export type Sex = (typeof SEXES)[number];

/**
 * The report's own headings (E/CN.15/2020/12: the five subheadings of III, then IV–VI),
 * typographically corrected. It has no heading for legislation and policy.
 */
export const THEME_LABELS: Record<Theme, Record<Language, string>> = {
  investigations_forensics: {
    fr: "Enquêtes sur la cybercriminalité et criminalistique numérique",
    en: "Cybercrime investigations and digital forensics",
  },
  cryptocurrency_darknet: {
    fr: "Enquêtes sur les cybermonnaies et le darknet",
    en: "Cryptocurrency and darknet investigations",
  },
  child_sexual_exploitation: {
    fr: "Exploitation et atteintes sexuelles visant les enfants sur Internet",
    en: "Online child sexual exploitation and abuse",
  },
  terrorist_use_of_internet: {
    fr: "Utilisation d’Internet à des fins terroristes",
    en: "Terrorist use of the Internet",
  },
  international_cooperation_evidence: {
    fr: "Coopération internationale pour l’obtention de preuves électroniques",
    en: "International cooperation for obtaining electronic evidence",
  },
  legislation_policy: { fr: "Législation et politiques", en: "Legislation and policy" },
  information_sharing: { fr: "Échange d’informations", en: "Information sharing" },
  research_analysis: { fr: "Recherche et analyse", en: "Research and analysis" },
  prevention: { fr: "Prévention", en: "Prevention" },
};

export const KIND_LABELS: Record<ActivityKind, Record<Language, string>> = {
  training: { fr: "Formation", en: "Training" },
  mentoring: { fr: "Mentorat", en: "Mentoring" },
  capacity_assessment: { fr: "Évaluation des capacités", en: "Capacity assessment" },
  equipment_delivery: { fr: "Fourniture de matériel", en: "Equipment delivery" },
  forensic_lab_support: {
    fr: "Appui aux laboratoires de criminalistique numérique",
    en: "Digital forensic laboratory support",
  },
  legislative_advice: { fr: "Conseils législatifs", en: "Legislative advice" },
  coordination_mechanism: { fr: "Mécanisme de coordination", en: "Coordination mechanism" },
  awareness_campaign: { fr: "Campagne de sensibilisation", en: "Awareness campaign" },
  research: { fr: "Recherche", en: "Research" },
  knowledge_tool: { fr: "Outil de gestion des connaissances", en: "Knowledge management tool" },
  meeting: { fr: "Réunion", en: "Meeting" },
};

export const SEX_LABELS: Record<Sex, Record<Language, string>> = {
  women: { fr: "Femmes", en: "Women" },
  men: { fr: "Hommes", en: "Men" },
  notRecorded: { fr: "Non précisé", en: "Not recorded" },
};

export function themeLabel(theme: Theme, lang: Language): string {
  return THEME_LABELS[theme][lang];
}

export function kindLabel(kind: ActivityKind, lang: Language): string {
  return KIND_LABELS[kind][lang];
}

export function sexLabel(sex: Sex, lang: Language): string {
  return SEX_LABELS[sex][lang];
}
