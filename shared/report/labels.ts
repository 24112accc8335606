// The report's own words around the figures, in each language: one table per language, each of
// the English one's shape, so that a language without one of them does not compile.
import type { Language } from "../language/languages";
import { plural } from "../language/plural";

const ENGLISH = {
  title: (year: number) =>
    `Promoting technical assistance and capacity-building to strengthen national measures and international cooperation to combat cybercrime, including information-sharing — activities in ${year}`,
  /** The summary composed for a year without a written one: only defined measures. */
  summary: {
    lead: (year: number) =>
      `The present report describes the technical assistance and capacity-building against cybercrime delivered in ${year} by the United Nations Office on Drugs and Crime (UNODC).`,
    opening: (year: number) => `In ${year}, UNODC trained `,
  },
  /** "… criminal justice practitioners from … countries": after each figure, agreeing with it. */
  trained: {
    practitioners: (n: number) =>
      plural("en", n, " criminal justice practitioner from ", " criminal justice practitioners from "),
    countries: (n: number) => plural("en", n, " country", " countries"),
  },
  /** The opening of III.A where no text states it (¶18): who was trained, and in which areas. */
  trainingOpening: {
    lead: "During the reporting period, UNODC trained ",
    areas: " in the following areas: ",
    /** Between areas, and before the last: "; and". */
    separator: "; ",
    last: "; and ",
  },
  /** Said to the drafter where a section has nothing yet; not part of the Commission text. */
  drafting: {
    text: "[To be written on the report page.]",
    nothing: "[No activity recorded for this section.]",
  },
  tables: {
    theme: (measure: string) => `${measure}, by thematic area`,
    region: (measure: string) => `${measure}, by region`,
    country: (measure: string) => `${measure}, by country`,
    profession: (measure: string) => `${measure}, by profession`,
    sex: (measure: string) => `${measure}, by sex`,
    countryActivities: "Activities in which each country took part",
    kind: "Activities by kind",
    labs: "Laboratories by country",
  },
  /** Under a table of part of a total: how much of it the split covers. */
  covers: (covered: string, total: string) => `The split covers ${covered} of ${total}.`,
  columns: { participants: "Participants", activities: "Activities", labs: "Laboratories" },
  indicators: {
    practitioners_trained: "Criminal justice practitioners trained",
    countries_reached: "Countries of the criminal justice practitioners trained",
    forensic_labs: "Digital forensics laboratories",
  },
  /** What a reconciliation row's difference means, in words. */
  gap: {
    more: "The published figure includes activities the records do not itemize.",
    fewer: "The records count more than was published: activities recorded since, or counted otherwise.",
    none: "The records account for the published figure.",
  },
  /** The words around an activity's recorded figures (activity-text.ts). */
  activity: {
    /** Before the participants of a sentence made from the fields: "Training — Title, in Kenya: 20 persons". */
    participantsColon: ": ",
    /** Before the partners: ", with INTERPOL". */
    withPartners: ", with ",
    /** Opens the figures after a narrative without placeholders: " (Participants: about 85.)". */
    participantsNote: " (Participants: ",
    /** Opens an outcome the narrative does not state: " (Outcome: from 60 to fewer than 10 days.)". */
    outcomeNote: " (Outcome: ",
    /** Around an outcome's baseline: "from 60 to fewer than 10". */
    outcomeFrom: "from ",
    outcomeTo: " to ",
    /** The unit is recorded in one language only, English: it is shown beside the English wording alone. */
    showsOutcomeUnit: true,
  },
};

export type ReportWords = typeof ENGLISH;

const FRENCH: ReportWords = {
  title: (year: number) =>
    `Favoriser l’assistance technique et le renforcement des capacités pour intensifier l’action nationale et la coopération internationale contre la cybercriminalité, y compris l’échange d’informations — activités de ${year}`,
  summary: {
    lead: (year: number) =>
      `Le présent rapport décrit l’assistance technique et le renforcement des capacités contre la cybercriminalité fournis en ${year} par l’Office des Nations Unies contre la drogue et le crime (ONUDC).`,
    opening: (year: number) => `En ${year}, l’ONUDC a formé `,
  },
  trained: {
    practitioners: (n: number) =>
      plural("fr", n, " praticien de la justice pénale de ", " praticiens de la justice pénale de "),
    countries: (_n: number) => " pays",
  },
  trainingOpening: {
    lead: "Au cours de la période considérée, l’ONUDC a formé ",
    areas: " dans les domaines suivants : ",
    separator: " ; ",
    last: " ; et ",
  },
  drafting: {
    text: "[À rédiger sur la page du rapport.]",
    nothing: "[Aucune activité enregistrée pour cette section.]",
  },
  tables: {
    theme: (measure: string) => `${measure}, par domaine thématique`,
    region: (measure: string) => `${measure}, par région`,
    country: (measure: string) => `${measure}, par pays`,
    profession: (measure: string) => `${measure}, par profession`,
    sex: (measure: string) => `${measure}, par sexe`,
    countryActivities: "Activités auxquelles chaque pays a pris part",
    kind: "Activités par type",
    labs: "Laboratoires par pays",
  },
  covers: (covered: string, total: string) => `La répartition porte sur ${covered} sur ${total}.`,
  columns: { participants: "Participants", activities: "Activités", labs: "Laboratoires" },
  indicators: {
    practitioners_trained: "Praticiens de la justice pénale formés",
    countries_reached: "Pays des praticiens de la justice pénale formés",
    forensic_labs: "Laboratoires de criminalistique numérique",
  },
  gap: {
    more: "Le chiffre publié comprend des activités que les enregistrements ne détaillent pas.",
    fewer:
      "Les enregistrements comptent davantage que le chiffre publié\u00a0: des activités enregistrées depuis, ou comptées autrement.",
    none: "Les enregistrements rendent compte du chiffre publié.",
  },
  activity: {
    participantsColon: " : ",
    withPartners: ", avec ",
    participantsNote: " (Participants : ",
    outcomeNote: " (Résultat : ",
    outcomeFrom: "de ",
    outcomeTo: " à ",
    showsOutcomeUnit: false,
  },
};

const SPANISH: ReportWords = {
  // The title of General Assembly resolution 74/173 in its Spanish text.
  title: (year: number) =>
    `Promoción de la asistencia técnica y la creación de capacidad para fortalecer las medidas nacionales y la cooperación internacional contra el delito cibernético, incluido el intercambio de información — actividades realizadas en ${year}`,
  summary: {
    lead: (year: number) =>
      `En el presente informe se describen la asistencia técnica y la creación de capacidad contra el delito cibernético que prestó en ${year} la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC).`,
    opening: (year: number) => `En ${year}, la UNODC capacitó a `,
  },
  trained: {
    practitioners: (n: number) =>
      plural("es", n, " profesional de la justicia penal de ", " profesionales de la justicia penal de "),
    countries: (n: number) => plural("es", n, " país", " países"),
  },
  trainingOpening: {
    lead: "Durante el período que se examina, la UNODC capacitó a ",
    areas: " en las siguientes esferas: ",
    separator: "; ",
    // « y » becomes « e » before « investigaciones » in the language's typography (typography.ts).
    last: "; y ",
  },
  drafting: {
    text: "[Se redactará en la página del informe.]",
    nothing: "[No se registró ninguna actividad para esta sección.]",
  },
  tables: {
    theme: (measure: string) => `${measure}, por esfera temática`,
    region: (measure: string) => `${measure}, por región`,
    country: (measure: string) => `${measure}, por país`,
    profession: (measure: string) => `${measure}, por profesión`,
    sex: (measure: string) => `${measure}, por sexo`,
    countryActivities: "Actividades en las que participó cada país",
    kind: "Actividades por tipo",
    labs: "Laboratorios por país",
  },
  covers: (covered: string, total: string) => `El desglose abarca ${covered} de ${total}.`,
  columns: { participants: "Participantes", activities: "Actividades", labs: "Laboratorios" },
  indicators: {
    practitioners_trained: "Profesionales de la justicia penal capacitados",
    countries_reached: "Países de los profesionales de la justicia penal capacitados",
    forensic_labs: "Laboratorios de análisis forense digital",
  },
  gap: {
    more: "La cifra publicada incluye actividades que los registros no detallan.",
    fewer: "Los registros cuentan más de lo publicado: actividades registradas después, o contadas de otro modo.",
    none: "Los registros dan cuenta de la cifra publicada.",
  },
  activity: {
    participantsColon: ": ",
    withPartners: ", con ",
    participantsNote: " (Participantes: ",
    outcomeNote: " (Resultado: ",
    outcomeFrom: "de ",
    outcomeTo: " a ",
    showsOutcomeUnit: false,
  },
};

export const REPORT_LABELS: Record<Language, ReportWords> = { fr: FRENCH, en: ENGLISH, es: SPANISH };
