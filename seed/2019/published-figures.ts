// The headline figures E/CN.15/2020/12 prints for 2019, as printed: they are not sums of the activities.
import type { PublishedFigure } from "../../shared/domain/published-figure";

const DOCUMENT = "E/CN.15/2020/12";

export const publishedFigures2019: PublishedFigure[] = [
  // ¶18: the year's training total. The trainings itemized in ¶19–37 add up to far fewer.
  {
    id: "2019-p18-practitioners-trained",
    year: 2019,
    indicator: "practitioners_trained",
    value: 1817,
    qualifier: "exact",
    unit: "criminal justice practitioners",
    label: {
      fr: "Praticiens de la justice pénale formés par l’ONUDC au cours de la période considérée",
      en: "Criminal justice practitioners trained by UNODC during the reporting period",
      es: "Profesionales de la justicia penal capacitados por la UNODC durante el período que se examina",
    },
    source: { document: DOCUMENT, paragraph: "18" },
  },
  {
    id: "2019-p18-countries-reached",
    year: 2019,
    indicator: "countries_reached",
    value: 36,
    qualifier: "exact",
    unit: "countries",
    label: {
      fr: "Pays dont sont issus les praticiens de la justice pénale formés",
      en: "Countries of the criminal justice practitioners trained",
      es: "Países de los profesionales de la justicia penal capacitados",
    },
    source: { document: DOCUMENT, paragraph: "18" },
  },
  // ¶40: the knowledge management portal's holdings in January 2020.
  {
    id: "2019-p40-portal-cybercrime-laws",
    year: 2019,
    indicator: "knowledge_portal_laws",
    value: 1300,
    qualifier: "at_least",
    unit: "legislative texts",
    label: {
      fr: "Textes de loi sur la cybercriminalité dans le portail de gestion des connaissances (janvier 2020)",
      en: "Cybercrime laws in the knowledge management portal (January 2020)",
      es: "Textos legislativos sobre el delito cibernético en el portal de gestión de conocimientos (enero de 2020)",
    },
    source: { document: DOCUMENT, paragraph: "40" },
  },
  {
    id: "2019-p40-portal-cybercrime-case-law",
    year: 2019,
    indicator: "knowledge_portal_case_law",
    value: 39,
    qualifier: "exact",
    unit: "cases",
    label: {
      fr: "Cas de jurisprudence relatifs à des infractions commises ou facilitées par Internet dans le portail (janvier 2020)",
      en: "Cases of case law on offences committed or facilitated by the Internet in the portal (January 2020)",
      es: "Casos de jurisprudencia sobre delitos cometidos o facilitados por Internet en el portal (enero de 2020)",
    },
    source: { document: DOCUMENT, paragraph: "40" },
  },
  // ¶41 and ¶44 give two different Twitter impression counts; the report does not reconcile them.
  {
    id: "2019-p41-unodc-cyber-twitter-impressions",
    year: 2019,
    indicator: "social_media_impressions",
    value: 2_800_000,
    qualifier: "at_least",
    unit: "Twitter impressions",
    label: {
      fr: "Impressions Twitter des informations de l’ONUDC relatives au cyberespace",
      en: "Twitter impressions of UNODC's cyber-related information",
      es: "Impresiones en Twitter de la información de la UNODC relacionada con el ciberespacio",
    },
    source: { document: DOCUMENT, paragraph: "41" },
  },
  // ¶43: university modules.
  {
    id: "2019-p43-universities-reached",
    year: 2019,
    indicator: "universities_reached",
    value: 40,
    qualifier: "exact",
    unit: "universities",
    label: {
      fr: "Universités (dans 25 pays, sur cinq continents) dont les professeurs ont été dotés des moyens de préparer des cours sur la cybercriminalité",
      en: "Universities (in 25 countries on five continents) whose lecturers were equipped to prepare cybercrime courses",
      es: "Universidades (en 25 países de cinco continentes) cuyos profesores recibieron los medios para preparar cursos sobre el delito cibernético",
    },
    source: { document: DOCUMENT, paragraph: "43" },
  },
  {
    id: "2019-p43-students-reached",
    year: 2019,
    indicator: "students_reached",
    value: 7200,
    qualifier: "at_least",
    unit: "students",
    label: {
      fr: "Étudiants sensibilisés à la cybercriminalité grâce à la série de modules universitaires",
      en: "Students made aware of cybercrime through the university module series",
      es: "Estudiantes sensibilizados sobre el delito cibernético mediante la serie de módulos universitarios",
    },
    source: { document: DOCUMENT, paragraph: "43" },
  },
  // ¶44: the Global Programme on Cybercrime's Twitter account.
  {
    id: "2019-p44-global-programme-followers",
    year: 2019,
    indicator: "social_media_followers",
    value: 8110,
    qualifier: "exact",
    unit: "followers",
    label: {
      fr: "Abonnés du Programme mondial contre la cybercriminalité",
      en: "Followers of the Global Programme on Cybercrime",
      es: "Seguidores del Programa Mundial contra el Delito Cibernético",
    },
    source: { document: DOCUMENT, paragraph: "44" },
  },
  {
    id: "2019-p44-global-programme-tweets-per-month",
    year: 2019,
    indicator: "social_media_posts_per_month",
    value: 220,
    qualifier: "exact",
    unit: "tweets per month (average)",
    label: {
      fr: "Tweets publiés en moyenne chaque mois par le Programme mondial contre la cybercriminalité",
      en: "Average tweets per month by the Global Programme on Cybercrime",
      es: "Promedio mensual de tuits publicados por el Programa Mundial contra el Delito Cibernético",
    },
    source: { document: DOCUMENT, paragraph: "44" },
  },
  {
    id: "2019-p44-global-programme-twitter-impressions",
    year: 2019,
    indicator: "social_media_impressions",
    value: 2_500_000,
    qualifier: "exact",
    unit: "Twitter impressions",
    label: {
      fr: "Impressions Twitter cumulées par le Programme mondial contre la cybercriminalité",
      en: "Twitter impressions accumulated by the Global Programme on Cybercrime",
      es: "Impresiones en Twitter acumuladas por el Programa Mundial contra el Delito Cibernético",
    },
    source: { document: DOCUMENT, paragraph: "44" },
  },
];
