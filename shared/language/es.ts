// Spanish, as the UN's Spanish documents write it: every word, format and country phrase the
// pages and the report take from the language rather than from their own word tables.
import { spanishPhrases } from "./es-countries";
import { NARROW_NO_BREAK_SPACE } from "./fr-typography";
import { intlFormats } from "./intl";
import type { LanguageTable } from "./table";

// Intl's "es" groups thousands with a point and leaves four-digit figures whole ("1817",
// "37.361"). UN Spanish documents, like the Real Academia's Ortografía, group with a space and
// keep the decimal comma: « 1 817 », « 37 361 », « 2,8 ». The figures are grouped always and the
// group separator is the narrow no-break space, as in French, so that no figure breaks across lines.
// Dates stay as Intl writes them, which is the UN's « 1 de diciembre de 2019 ».
const intl = intlFormats("es-ES", { useGrouping: "always" });

export const SPANISH: LanguageTable = {
  locale: "es-ES",
  name: "Español",
  intl,
  formatNumber: (n) =>
    intl.numbers
      .formatToParts(n)
      .map((part) => (part.type === "group" ? NARROW_NO_BREAK_SPACE : part.value))
      .join(""),
  // `at_least` is how the records store the report's "more than 200": « más de », not « al menos ».
  qualifiers: { exact: "", approximately: "alrededor de", at_least: "más de", fewer_than: "menos de" },
  // UN Spanish documents quote with English double quotation marks, without inner spaces.
  quotes: { open: "“", close: "”" },
  colon: ": ",
  // Each country takes its own preposition, contracted with « el »: « de Kenya, del Brasil y de la
  // Argentina », « en Kenya, en el Brasil ».
  countries: { phrases: spanishPhrases, listPrepositions: null },
  themes: {
    investigations_forensics: "Investigaciones sobre delitos cibernéticos y análisis forense digital",
    cryptocurrency_darknet: "Investigaciones sobre criptomonedas y la red oscura",
    child_sexual_exploitation: "Explotación y abusos sexuales de niños en línea",
    terrorist_use_of_internet: "Utilización de Internet con fines terroristas",
    international_cooperation_evidence: "Cooperación internacional para la obtención de pruebas electrónicas",
    legislation_policy: "Legislación y políticas",
    information_sharing: "Intercambio de información",
    research_analysis: "Investigación y análisis",
    prevention: "Prevención",
  },
  kinds: {
    training: "Capacitación",
    mentoring: "Mentoría",
    capacity_assessment: "Evaluación de la capacidad",
    equipment_delivery: "Entrega de equipo",
    forensic_lab_support: "Apoyo a laboratorios de análisis forense digital",
    legislative_advice: "Asesoramiento legislativo",
    coordination_mechanism: "Mecanismo de coordinación",
    awareness_campaign: "Campaña de sensibilización",
    research: "Investigación",
    knowledge_tool: "Herramienta de gestión de conocimientos",
    meeting: "Reunión",
  },
  sexes: { women: "Mujeres", men: "Hombres", notRecorded: "No consta" },
  measures: {
    practitionersTrained: {
      name: "Profesionales de la justicia penal capacitados",
      definition:
        "Participantes en actividades de capacitación, salvo los registrados como docentes, estudiantes, padres, miembros de la sociedad civil o del sector privado.",
    },
    othersTrained: {
      name: "Otras personas capacitadas",
      definition:
        "Participantes en actividades de capacitación registrados como docentes, estudiantes, padres, miembros de la sociedad civil o del sector privado.",
    },
    peopleReached: {
      name: "Personas alcanzadas por la prevención y la sensibilización",
      definition:
        "Docentes, alumnos, estudiantes, padres y miembros del público a los que llegaron las campañas de sensibilización.",
    },
    meetingParticipants: {
      name: "Participantes en reuniones y talleres",
      definition: "Participantes en reuniones, talleres y mecanismos de coordinación.",
    },
    otherParticipants: {
      name: "Participantes en otras actividades",
      definition:
        "Participantes en actividades de mentoría, evaluación, asesoramiento, entrega de equipo, apoyo a laboratorios, investigación y herramientas de conocimiento.",
    },
  },
  unattributed: {
    country: "No atribuidos a un solo país",
    region: "No atribuidos a una sola región",
    profession: "Profesión no registrada",
  },
  sexNouns: {
    women: { singular: "mujer", plural: "mujeres" },
    men: { singular: "hombre", plural: "hombres" },
  },
  // The terms of UNODC's Spanish documents: « funcionarios encargados de hacer cumplir la ley »,
  // « profesionales de la justicia penal ».
  professions: {
    law_enforcement: {
      singular: "funcionario encargado de hacer cumplir la ley",
      plural: "funcionarios encargados de hacer cumplir la ley",
    },
    prosecutors: { singular: "fiscal", plural: "fiscales" },
    judges: { singular: "juez", plural: "jueces" },
    central_authorities: {
      singular: "funcionario de autoridades centrales",
      plural: "funcionarios de autoridades centrales",
    },
    forensic_analysts: { singular: "analista forense digital", plural: "analistas forenses digitales" },
    financial_intelligence: {
      singular: "funcionario de unidades de inteligencia financiera o bancos centrales",
      plural: "funcionarios de unidades de inteligencia financiera y bancos centrales",
    },
    teachers: { singular: "docente", plural: "docentes" },
    students: { singular: "estudiante", plural: "estudiantes" },
    parents: { singular: "padre o madre", plural: "padres" },
    civil_society: { singular: "miembro de la sociedad civil", plural: "miembros de la sociedad civil" },
    private_sector: { singular: "representante del sector privado", plural: "representantes del sector privado" },
    other: { singular: "otro participante", plural: "otros participantes" },
    practitioners: { singular: "profesional de la justicia penal", plural: "profesionales de la justicia penal" },
    persons: { singular: "persona", plural: "personas" },
  },
};
