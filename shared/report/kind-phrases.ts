// How the report tells each kind of activity where no narrative was written: the verb of each kind
// in each language, the noun its number counts, and the clause naming who took part.
import type { ActivityKind } from "../domain/vocabulary";
import type { Language } from "../language/languages";

export type KindPhrase = {
  /** Every sentence of this kind holds one of these verbs (the tests check it). */
  verbs: readonly string[];
  /** What the number of activities counts: « trois formations », "three trainings". */
  noun: { singular: string; plural: string; feminine: boolean };
  /** The predicate with the count: « dispensé {count} », "delivered {count}". */
  count: (count: string) => string;
  /** With the people trained as object: « formé {people} », "trained {people}"; then « au cours de {count} ». */
  people?: (people: string) => string;
  /** After the place, when the people are not the object: « qui ont réuni {people} ». */
  reached?: { one: string; many: string };
};

/** How a sentence about UNODC is put together in a language. */
export type SentenceWords = {
  /** « L’ONUDC a formé… », "UNODC trained…". */
  subject: string;
  /** Before the participle or verb: « a » / "" (English has none). */
  auxiliary: string;
  /** A later sentence of the paragraph: « a également formé », "also trained". */
  also: string;
  /** « au cours de trois formations », "in three trainings". */
  over: (count: string) => string;
  /** « en coopération avec INTERPOL », "in cooperation with INTERPOL". */
  partners: (names: string) => string;
  /** Where the countries are too many to name: « dans 12 pays », "in 12 countries". */
  countries: (count: string) => string;
  /** The topics summarised: « , portant notamment sur les preuves électroniques ». */
  topics: (list: string, many: boolean) => string;
  /** The professions whose noun is feminine, for « une personne ». */
  feminine: readonly string[];
  /**
   * Whether partners are named as typed. Their names are typed in one language (English so far); a
   * language that says no names only those that read the same in every language: a name of one
   * word (INTERPOL, Facebook) or the acronym after a longer one (… (EAPCCO)).
   */
  partnersAsTyped: boolean;
};

const FRENCH: Record<ActivityKind, KindPhrase> = {
  training: {
    verbs: ["formé", "dispensé"],
    noun: { singular: "formation", plural: "formations", feminine: true },
    count: (count) => `dispensé ${count}`,
    people: (people) => `formé ${people}`,
  },
  mentoring: {
    verbs: ["accompagné"],
    noun: { singular: "activité de mentorat", plural: "activités de mentorat", feminine: true },
    count: (count) => `accompagné les autorités nationales au moyen de ${count}`,
    reached: { one: "qui a bénéficié à", many: "qui ont bénéficié à" },
  },
  capacity_assessment: {
    verbs: ["évalué"],
    noun: { singular: "évaluation", plural: "évaluations", feminine: true },
    count: (count) => `évalué les capacités nationales au moyen de ${count}`,
    reached: { one: "qui a associé", many: "qui ont associé" },
  },
  equipment_delivery: {
    verbs: ["équipé"],
    noun: { singular: "livraison de matériel", plural: "livraisons de matériel", feminine: true },
    count: (count) => `équipé les services nationaux au moyen de ${count}`,
    reached: { one: "qui a bénéficié à", many: "qui ont bénéficié à" },
  },
  forensic_lab_support: {
    verbs: ["appuyé"],
    noun: { singular: "activité d’appui", plural: "activités d’appui", feminine: true },
    count: (count) => `appuyé des laboratoires de criminalistique numérique au moyen de ${count}`,
    reached: { one: "qui a bénéficié à", many: "qui ont bénéficié à" },
  },
  legislative_advice: {
    verbs: ["conseillé"],
    noun: { singular: "mission de conseil", plural: "missions de conseil", feminine: true },
    count: (count) => `conseillé les autorités en matière législative au moyen de ${count}`,
    reached: { one: "qui a associé", many: "qui ont associé" },
  },
  coordination_mechanism: {
    verbs: ["appuyé"],
    noun: { singular: "mécanisme de coordination", plural: "mécanismes de coordination", feminine: false },
    count: (count) => `appuyé ${count}`,
    reached: { one: "qui a réuni", many: "qui ont réuni" },
  },
  awareness_campaign: {
    verbs: ["mené"],
    noun: { singular: "campagne de sensibilisation", plural: "campagnes de sensibilisation", feminine: true },
    count: (count) => `mené ${count}`,
    reached: { one: "qui a touché", many: "qui ont touché" },
  },
  research: {
    verbs: ["réalisé"],
    noun: { singular: "étude", plural: "études", feminine: true },
    count: (count) => `réalisé ${count}`,
    reached: { one: "qui a associé", many: "qui ont associé" },
  },
  knowledge_tool: {
    verbs: ["élaboré"],
    noun: { singular: "outil de connaissance", plural: "outils de connaissance", feminine: false },
    count: (count) => `élaboré ${count}`,
    reached: { one: "qui a associé", many: "qui ont associé" },
  },
  meeting: {
    verbs: ["organisé"],
    noun: { singular: "réunion", plural: "réunions", feminine: true },
    count: (count) => `organisé ${count}`,
    reached: { one: "qui a réuni", many: "qui ont réuni" },
  },
};

const ENGLISH: Record<ActivityKind, KindPhrase> = {
  training: {
    verbs: ["trained", "delivered"],
    noun: { singular: "training", plural: "trainings", feminine: false },
    count: (count) => `delivered ${count}`,
    people: (people) => `trained ${people}`,
  },
  mentoring: {
    verbs: ["mentored"],
    noun: { singular: "mentoring activity", plural: "mentoring activities", feminine: false },
    count: (count) => `mentored national authorities through ${count}`,
    reached: { one: "which benefited", many: "which benefited" },
  },
  capacity_assessment: {
    verbs: ["assessed"],
    noun: { singular: "assessment", plural: "assessments", feminine: false },
    count: (count) => `assessed national capacities through ${count}`,
    reached: { one: "which involved", many: "which involved" },
  },
  equipment_delivery: {
    verbs: ["equipped"],
    noun: { singular: "equipment delivery", plural: "equipment deliveries", feminine: false },
    count: (count) => `equipped national services through ${count}`,
    reached: { one: "which benefited", many: "which benefited" },
  },
  forensic_lab_support: {
    verbs: ["supported"],
    noun: { singular: "support activity", plural: "support activities", feminine: false },
    count: (count) => `supported digital forensics laboratories through ${count}`,
    reached: { one: "which benefited", many: "which benefited" },
  },
  legislative_advice: {
    verbs: ["advised"],
    noun: { singular: "advisory mission", plural: "advisory missions", feminine: false },
    count: (count) => `advised the authorities on legislation through ${count}`,
    reached: { one: "which involved", many: "which involved" },
  },
  coordination_mechanism: {
    verbs: ["supported"],
    noun: { singular: "coordination mechanism", plural: "coordination mechanisms", feminine: false },
    count: (count) => `supported ${count}`,
    reached: { one: "which brought together", many: "which brought together" },
  },
  awareness_campaign: {
    verbs: ["ran"],
    noun: { singular: "awareness campaign", plural: "awareness campaigns", feminine: false },
    count: (count) => `ran ${count}`,
    reached: { one: "which reached", many: "which reached" },
  },
  research: {
    verbs: ["carried out"],
    noun: { singular: "study", plural: "studies", feminine: false },
    count: (count) => `carried out ${count}`,
    reached: { one: "which involved", many: "which involved" },
  },
  knowledge_tool: {
    verbs: ["developed"],
    noun: { singular: "knowledge tool", plural: "knowledge tools", feminine: false },
    count: (count) => `developed ${count}`,
    reached: { one: "which involved", many: "which involved" },
  },
  meeting: {
    verbs: ["organized"],
    noun: { singular: "meeting", plural: "meetings", feminine: false },
    count: (count) => `organized ${count}`,
    reached: { one: "which brought together", many: "which brought together" },
  },
};

// The UN's Spanish verbs in the preterite, and « a » before the people a verb reaches
// (« capacitó a 85 funcionarios », « que llegó a 53 094 personas »).
const SPANISH: Record<ActivityKind, KindPhrase> = {
  training: {
    verbs: ["capacitó", "impartió"],
    noun: { singular: "curso de capacitación", plural: "cursos de capacitación", feminine: false },
    count: (count) => `impartió ${count}`,
    people: (people) => `capacitó a ${people}`,
  },
  mentoring: {
    verbs: ["acompañó"],
    noun: { singular: "actividad de mentoría", plural: "actividades de mentoría", feminine: true },
    count: (count) => `acompañó a las autoridades nacionales mediante ${count}`,
    reached: { one: "que benefició a", many: "que beneficiaron a" },
  },
  capacity_assessment: {
    verbs: ["evaluó"],
    noun: { singular: "evaluación", plural: "evaluaciones", feminine: true },
    count: (count) => `evaluó la capacidad nacional mediante ${count}`,
    reached: { one: "que contó con la participación de", many: "que contaron con la participación de" },
  },
  equipment_delivery: {
    verbs: ["equipó"],
    noun: { singular: "entrega de equipo", plural: "entregas de equipo", feminine: true },
    count: (count) => `equipó a los servicios nacionales mediante ${count}`,
    reached: { one: "que benefició a", many: "que beneficiaron a" },
  },
  forensic_lab_support: {
    verbs: ["apoyó"],
    noun: { singular: "actividad de apoyo", plural: "actividades de apoyo", feminine: true },
    count: (count) => `apoyó a laboratorios de análisis forense digital mediante ${count}`,
    reached: { one: "que benefició a", many: "que beneficiaron a" },
  },
  legislative_advice: {
    verbs: ["asesoró"],
    noun: { singular: "misión de asesoramiento", plural: "misiones de asesoramiento", feminine: true },
    count: (count) => `asesoró a las autoridades en materia legislativa mediante ${count}`,
    reached: { one: "que contó con la participación de", many: "que contaron con la participación de" },
  },
  coordination_mechanism: {
    verbs: ["apoyó"],
    noun: { singular: "mecanismo de coordinación", plural: "mecanismos de coordinación", feminine: false },
    count: (count) => `apoyó ${count}`,
    reached: { one: "que reunió a", many: "que reunieron a" },
  },
  awareness_campaign: {
    verbs: ["realizó"],
    noun: { singular: "campaña de sensibilización", plural: "campañas de sensibilización", feminine: true },
    count: (count) => `realizó ${count}`,
    reached: { one: "que llegó a", many: "que llegaron a" },
  },
  research: {
    verbs: ["llevó a cabo"],
    noun: { singular: "estudio", plural: "estudios", feminine: false },
    count: (count) => `llevó a cabo ${count}`,
    reached: { one: "que contó con la participación de", many: "que contaron con la participación de" },
  },
  knowledge_tool: {
    verbs: ["elaboró"],
    noun: { singular: "herramienta de conocimiento", plural: "herramientas de conocimiento", feminine: true },
    count: (count) => `elaboró ${count}`,
    reached: { one: "que contó con la participación de", many: "que contaron con la participación de" },
  },
  meeting: {
    verbs: ["organizó"],
    noun: { singular: "reunión", plural: "reuniones", feminine: true },
    count: (count) => `organizó ${count}`,
    reached: { one: "que reunió a", many: "que reunieron a" },
  },
};

export const KIND_PHRASES: Record<Language, Record<ActivityKind, KindPhrase>> = {
  fr: FRENCH,
  en: ENGLISH,
  es: SPANISH,
};

export const SENTENCE_WORDS: Record<Language, SentenceWords> = {
  fr: {
    subject: "l’ONUDC",
    auxiliary: " a ",
    also: " a également ",
    over: (count) => ` au cours de ${count}`,
    partners: (names) => `, en coopération avec ${names}`,
    countries: (count) => ` dans ${count} pays`,
    topics: (list) => `, portant notamment sur ${list}`,
    feminine: ["persons"],
    partnersAsTyped: true,
  },
  en: {
    subject: "UNODC",
    auxiliary: " ",
    also: " also ",
    over: (count) => ` in ${count}`,
    partners: (names) => `, in cooperation with ${names}`,
    countries: (count) => ` in ${count} countries`,
    topics: (list) => `, covering, among other things, ${list}`,
    feminine: [],
    partnersAsTyped: true,
  },
  es: {
    subject: "la UNODC",
    auxiliary: " ",
    also: " también ",
    over: (count) => ` en ${count}`,
    partners: (names) => `, en cooperación con ${names}`,
    countries: (count) => ` en ${count} países`,
    topics: (list, many) => `, ${many ? "que abordaron" : "que abordó"}, entre otras cosas, ${list}`,
    feminine: ["persons"],
    partnersAsTyped: false,
  },
};
