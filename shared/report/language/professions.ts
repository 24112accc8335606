// Who took part, as the report names them: « 85 agents des services de détection et de répression ».
import type { Language } from "../../domain/countries";
import type { Profession } from "../../domain/vocabulary";
import { isSingular } from "./plural";

type Noun = { singular: string; plural: string };

/** The report's own wording (E/CN.15/2020/12 ¶17–20, 26, 43–45), and its English counterpart. */
export const PROFESSION_NOUNS: Record<Profession | "practitioners" | "persons", Record<Language, Noun>> = {
  law_enforcement: {
    fr: {
      singular: "agent des services de détection et de répression",
      plural: "agents des services de détection et de répression",
    },
    en: { singular: "law enforcement officer", plural: "law enforcement officers" },
  },
  prosecutors: {
    fr: { singular: "procureur", plural: "procureurs" },
    en: { singular: "prosecutor", plural: "prosecutors" },
  },
  judges: {
    fr: { singular: "juge", plural: "juges" },
    en: { singular: "judge", plural: "judges" },
  },
  central_authorities: {
    fr: { singular: "agent des autorités centrales", plural: "agents des autorités centrales" },
    en: { singular: "central authority official", plural: "central authority officials" },
  },
  forensic_analysts: {
    fr: { singular: "analyste en criminalistique numérique", plural: "analystes en criminalistique numérique" },
    en: { singular: "digital forensic analyst", plural: "digital forensic analysts" },
  },
  financial_intelligence: {
    fr: {
      singular: "agent des services de renseignement financier et des banques centrales",
      plural: "agents des services de renseignement financier et des banques centrales",
    },
    en: {
      singular: "financial intelligence or central bank official",
      plural: "financial intelligence and central bank officials",
    },
  },
  teachers: {
    fr: { singular: "enseignant", plural: "enseignants" },
    en: { singular: "teacher", plural: "teachers" },
  },
  // The report counts « 7 200 étudiants », « 37 361 étudiants »; « élèves » only in passing (¶45).
  students: {
    fr: { singular: "étudiant", plural: "étudiants" },
    en: { singular: "student", plural: "students" },
  },
  parents: {
    fr: { singular: "parent", plural: "parents" },
    en: { singular: "parent", plural: "parents" },
  },
  civil_society: {
    fr: { singular: "membre de la société civile", plural: "membres de la société civile" },
    en: { singular: "member of civil society", plural: "members of civil society" },
  },
  private_sector: {
    fr: { singular: "représentant du secteur privé", plural: "représentants du secteur privé" },
    en: { singular: "private sector representative", plural: "private sector representatives" },
  },
  other: {
    fr: { singular: "autre participant", plural: "autres participants" },
    en: { singular: "other participant", plural: "other participants" },
  },
  // The report's word for trainees of several professions together (« 1 817 praticiens de la justice pénale »).
  practitioners: {
    fr: { singular: "praticien de la justice pénale", plural: "praticiens de la justice pénale" },
    en: { singular: "criminal justice practitioner", plural: "criminal justice practitioners" },
  },
  persons: {
    fr: { singular: "personne", plural: "personnes" },
    en: { singular: "person", plural: "persons" },
  },
};

/** The noun phrase for `count` people: (85, law_enforcement, fr) → « agents des services de … ». */
export function professionPhrase(profession: keyof typeof PROFESSION_NOUNS, count: number, lang: Language): string {
  const noun = PROFESSION_NOUNS[profession][lang];
  return isSingular(count, lang) ? noun.singular : noun.plural;
}
