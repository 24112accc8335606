// 2019 activities of the opening of section III (E/CN.15/2020/12, paragraphs 12–15): mentors,
// the Middle East and North Africa project, capacity assessments and the ASEAN round tables.
import type { SeedActivity } from "../seed-set";

const DOCUMENT = "E/CN.15/2020/12";
const YEAR = { startDate: "2019-01-01", endDate: "2019-12-31", year: 2019 } as const;

const mentorNote =
  "Duty station as stated in ¶12. The report does not name the countries this mentor assisted, so none are listed.";

export const generalActivities2019: SeedActivity[] = [
  // ¶12: one record per mentor posting; the report tells them in one sentence, which each record
  // carries, so that the report says it once for the six of them.
  {
    id: "2019-p12-mentoring-austria",
    kind: "mentoring",
    theme: "investigations_forensics",
    title: "Cybercrime mentoring from Austria",
    ...YEAR,
    place: "Austria",
    mentorId: "mentor-austria",
    topics: ["offences committed or facilitated by the Internet", "electronic evidence"],
    narrative: {
      fr: "Les mentors spécialisés en cybercriminalité, qui sont en poste en Autriche, en El Salvador, au Guatemala, au Kenya, au Sénégal et en Thaïlande, ont continué d’aider les pays à lutter contre les infractions commises ou facilitées par Internet et à exploiter et échanger des preuves électroniques. En outre, en 2019, l’ONUDC a poursuivi ses efforts de renforcement des capacités pour répondre aux besoins des pays en développement, en mettant l’accent sur les vulnérabilités qu’ils avaient eux-mêmes identifiées afin de fournir une assistance technique adaptée et de favoriser l’échange de connaissances aussi actualisées que possible. Cette démarche a permis d’apporter aux agents des services de détection et de répression des États Membres les conseils nécessaires, en matière de planification tactique et opérationnelle, pour avoir une réelle influence aux niveaux local, régional et international.",
      en: "The cybercrime mentors, who are posted in Austria, El Salvador, Guatemala, Kenya, Senegal and Thailand, continued to help countries to combat offences committed or facilitated by the Internet and to exploit and exchange electronic evidence. In addition, in 2019, UNODC continued its capacity-building efforts to meet the needs of developing countries, focusing on the vulnerabilities they had themselves identified in order to provide tailored technical assistance and to foster the exchange of the most up-to-date knowledge possible. That approach made it possible to give law enforcement officers of Member States the tactical and operational planning advice they needed to make a real difference at the local, regional and international levels.",
    },
    notes: mentorNote,
    source: { document: DOCUMENT, paragraph: "12" },
  },
  {
    id: "2019-p12-mentoring-el-salvador",
    kind: "mentoring",
    theme: "investigations_forensics",
    title: "Cybercrime mentoring from El Salvador",
    ...YEAR,
    place: "El Salvador",
    mentorId: "mentor-el-salvador",
    topics: ["offences committed or facilitated by the Internet", "electronic evidence"],
    narrative: {
      fr: "Les mentors spécialisés en cybercriminalité, qui sont en poste en Autriche, en El Salvador, au Guatemala, au Kenya, au Sénégal et en Thaïlande, ont continué d’aider les pays à lutter contre les infractions commises ou facilitées par Internet et à exploiter et échanger des preuves électroniques. En outre, en 2019, l’ONUDC a poursuivi ses efforts de renforcement des capacités pour répondre aux besoins des pays en développement, en mettant l’accent sur les vulnérabilités qu’ils avaient eux-mêmes identifiées afin de fournir une assistance technique adaptée et de favoriser l’échange de connaissances aussi actualisées que possible. Cette démarche a permis d’apporter aux agents des services de détection et de répression des États Membres les conseils nécessaires, en matière de planification tactique et opérationnelle, pour avoir une réelle influence aux niveaux local, régional et international.",
      en: "The cybercrime mentors, who are posted in Austria, El Salvador, Guatemala, Kenya, Senegal and Thailand, continued to help countries to combat offences committed or facilitated by the Internet and to exploit and exchange electronic evidence. In addition, in 2019, UNODC continued its capacity-building efforts to meet the needs of developing countries, focusing on the vulnerabilities they had themselves identified in order to provide tailored technical assistance and to foster the exchange of the most up-to-date knowledge possible. That approach made it possible to give law enforcement officers of Member States the tactical and operational planning advice they needed to make a real difference at the local, regional and international levels.",
    },
    notes: mentorNote,
    source: { document: DOCUMENT, paragraph: "12" },
  },
  {
    id: "2019-p12-mentoring-guatemala",
    kind: "mentoring",
    theme: "investigations_forensics",
    title: "Cybercrime mentoring from Guatemala",
    ...YEAR,
    place: "Guatemala",
    mentorId: "mentor-guatemala",
    topics: ["offences committed or facilitated by the Internet", "electronic evidence"],
    narrative: {
      fr: "Les mentors spécialisés en cybercriminalité, qui sont en poste en Autriche, en El Salvador, au Guatemala, au Kenya, au Sénégal et en Thaïlande, ont continué d’aider les pays à lutter contre les infractions commises ou facilitées par Internet et à exploiter et échanger des preuves électroniques. En outre, en 2019, l’ONUDC a poursuivi ses efforts de renforcement des capacités pour répondre aux besoins des pays en développement, en mettant l’accent sur les vulnérabilités qu’ils avaient eux-mêmes identifiées afin de fournir une assistance technique adaptée et de favoriser l’échange de connaissances aussi actualisées que possible. Cette démarche a permis d’apporter aux agents des services de détection et de répression des États Membres les conseils nécessaires, en matière de planification tactique et opérationnelle, pour avoir une réelle influence aux niveaux local, régional et international.",
      en: "The cybercrime mentors, who are posted in Austria, El Salvador, Guatemala, Kenya, Senegal and Thailand, continued to help countries to combat offences committed or facilitated by the Internet and to exploit and exchange electronic evidence. In addition, in 2019, UNODC continued its capacity-building efforts to meet the needs of developing countries, focusing on the vulnerabilities they had themselves identified in order to provide tailored technical assistance and to foster the exchange of the most up-to-date knowledge possible. That approach made it possible to give law enforcement officers of Member States the tactical and operational planning advice they needed to make a real difference at the local, regional and international levels.",
    },
    notes: mentorNote,
    source: { document: DOCUMENT, paragraph: "12" },
  },
  {
    id: "2019-p12-mentoring-kenya",
    kind: "mentoring",
    theme: "investigations_forensics",
    title: "Cybercrime mentoring from Kenya",
    ...YEAR,
    place: "Kenya",
    mentorId: "mentor-kenya",
    topics: ["offences committed or facilitated by the Internet", "electronic evidence"],
    narrative: {
      fr: "Les mentors spécialisés en cybercriminalité, qui sont en poste en Autriche, en El Salvador, au Guatemala, au Kenya, au Sénégal et en Thaïlande, ont continué d’aider les pays à lutter contre les infractions commises ou facilitées par Internet et à exploiter et échanger des preuves électroniques. En outre, en 2019, l’ONUDC a poursuivi ses efforts de renforcement des capacités pour répondre aux besoins des pays en développement, en mettant l’accent sur les vulnérabilités qu’ils avaient eux-mêmes identifiées afin de fournir une assistance technique adaptée et de favoriser l’échange de connaissances aussi actualisées que possible. Cette démarche a permis d’apporter aux agents des services de détection et de répression des États Membres les conseils nécessaires, en matière de planification tactique et opérationnelle, pour avoir une réelle influence aux niveaux local, régional et international.",
      en: "The cybercrime mentors, who are posted in Austria, El Salvador, Guatemala, Kenya, Senegal and Thailand, continued to help countries to combat offences committed or facilitated by the Internet and to exploit and exchange electronic evidence. In addition, in 2019, UNODC continued its capacity-building efforts to meet the needs of developing countries, focusing on the vulnerabilities they had themselves identified in order to provide tailored technical assistance and to foster the exchange of the most up-to-date knowledge possible. That approach made it possible to give law enforcement officers of Member States the tactical and operational planning advice they needed to make a real difference at the local, regional and international levels.",
    },
    notes: mentorNote,
    source: { document: DOCUMENT, paragraph: "12" },
  },
  {
    id: "2019-p12-mentoring-senegal",
    kind: "mentoring",
    theme: "investigations_forensics",
    title: "Cybercrime mentoring from Senegal",
    ...YEAR,
    place: "Senegal",
    mentorId: "mentor-senegal",
    topics: ["offences committed or facilitated by the Internet", "electronic evidence"],
    narrative: {
      fr: "Les mentors spécialisés en cybercriminalité, qui sont en poste en Autriche, en El Salvador, au Guatemala, au Kenya, au Sénégal et en Thaïlande, ont continué d’aider les pays à lutter contre les infractions commises ou facilitées par Internet et à exploiter et échanger des preuves électroniques. En outre, en 2019, l’ONUDC a poursuivi ses efforts de renforcement des capacités pour répondre aux besoins des pays en développement, en mettant l’accent sur les vulnérabilités qu’ils avaient eux-mêmes identifiées afin de fournir une assistance technique adaptée et de favoriser l’échange de connaissances aussi actualisées que possible. Cette démarche a permis d’apporter aux agents des services de détection et de répression des États Membres les conseils nécessaires, en matière de planification tactique et opérationnelle, pour avoir une réelle influence aux niveaux local, régional et international.",
      en: "The cybercrime mentors, who are posted in Austria, El Salvador, Guatemala, Kenya, Senegal and Thailand, continued to help countries to combat offences committed or facilitated by the Internet and to exploit and exchange electronic evidence. In addition, in 2019, UNODC continued its capacity-building efforts to meet the needs of developing countries, focusing on the vulnerabilities they had themselves identified in order to provide tailored technical assistance and to foster the exchange of the most up-to-date knowledge possible. That approach made it possible to give law enforcement officers of Member States the tactical and operational planning advice they needed to make a real difference at the local, regional and international levels.",
    },
    notes: mentorNote,
    source: { document: DOCUMENT, paragraph: "12" },
  },
  {
    id: "2019-p12-mentoring-thailand",
    kind: "mentoring",
    theme: "investigations_forensics",
    title: "Cybercrime mentoring from Thailand",
    ...YEAR,
    place: "Thailand",
    mentorId: "mentor-thailand",
    topics: ["offences committed or facilitated by the Internet", "electronic evidence"],
    narrative: {
      fr: "Les mentors spécialisés en cybercriminalité, qui sont en poste en Autriche, en El Salvador, au Guatemala, au Kenya, au Sénégal et en Thaïlande, ont continué d’aider les pays à lutter contre les infractions commises ou facilitées par Internet et à exploiter et échanger des preuves électroniques. En outre, en 2019, l’ONUDC a poursuivi ses efforts de renforcement des capacités pour répondre aux besoins des pays en développement, en mettant l’accent sur les vulnérabilités qu’ils avaient eux-mêmes identifiées afin de fournir une assistance technique adaptée et de favoriser l’échange de connaissances aussi actualisées que possible. Cette démarche a permis d’apporter aux agents des services de détection et de répression des États Membres les conseils nécessaires, en matière de planification tactique et opérationnelle, pour avoir une réelle influence aux niveaux local, régional et international.",
      en: "The cybercrime mentors, who are posted in Austria, El Salvador, Guatemala, Kenya, Senegal and Thailand, continued to help countries to combat offences committed or facilitated by the Internet and to exploit and exchange electronic evidence. In addition, in 2019, UNODC continued its capacity-building efforts to meet the needs of developing countries, focusing on the vulnerabilities they had themselves identified in order to provide tailored technical assistance and to foster the exchange of the most up-to-date knowledge possible. That approach made it possible to give law enforcement officers of Member States the tactical and operational planning advice they needed to make a real difference at the local, regional and international levels.",
    },
    notes: mentorNote,
    source: { document: DOCUMENT, paragraph: "12" },
  },

  // ¶13: the Cairo mentors' regional project, its narrative the lead-in to items (a) to (e), whose
  // narratives are the subparagraphs as published (told in the order the report texts' group lists them).
  {
    id: "2019-p13-mena-regional-mentoring",
    kind: "mentoring",
    theme: "investigations_forensics",
    title: "Regional cybercrime and digital forensics mentoring, Middle East and North Africa",
    ...YEAR,
    countries: ["DZA", "EGY", "JOR", "LBN", "LBY", "MAR", "SDN", "TUN", "PSE"],
    place: "Cairo, Egypt",
    mentorId: "mentor-cairo",
    topics: ["cybercrime prevention", "digital forensics"],
    narrative: {
      fr: "Au Moyen-Orient et en Afrique du Nord, dans le cadre d’un projet régional axé sur les capacités à prévenir et combattre la cybercriminalité et à développer la criminalistique numérique, les mentors de l’ONUDC pour la cybercriminalité en poste au Caire ont continué d’appuyer {countries}, avec des activités qui ont inclus :",
      en: "In the Middle East and North Africa, under a regional project focused on capacities to prevent and combat cybercrime and to develop digital forensics, the UNODC cybercrime mentors based in Cairo continued to support {countries}, with activities that included:",
    },
    notes:
      "The Middle East and North Africa spans M49 015 (Northern Africa) and 145 (Western Asia); no single region code is set because the nine countries are named. The report does not say how many mentors are posted in Cairo. Items (a) to (e) of ¶13 are separate records.",
    source: { document: DOCUMENT, paragraph: "13" },
  },
  {
    id: "2019-p13-mena-legal-provisions-review",
    kind: "legislative_advice",
    theme: "legislation_policy",
    title: "Comprehensive review of cybercrime legal provisions, Middle East and North Africa",
    ...YEAR,
    mentorId: "mentor-cairo",
    topics: ["cybercrime legislation", "secondary legislation, regulations and directives"],
    narrative: {
      fr: "La conduite, en collaboration avec des experts nationaux et internationaux, d’un examen d’ensemble destiné à recenser les dispositions juridiques régissant la prévention et la répression de la cybercriminalité, y compris dans des sources de droit dérivé, des règlements et des directives.",
      en: "The conduct, in collaboration with national and international experts, of a comprehensive review to identify the legal provisions governing the prevention and suppression of cybercrime, including in secondary legislation, regulations and directives.",
    },
    notes:
      "¶13 (a). Carried out for the nine countries of the regional project; the report does not say which of them each item covered, so no country is listed here (see 2019-p13-mena-regional-mentoring).",
    source: { document: DOCUMENT, paragraph: "13" },
  },
  {
    id: "2019-p13-mena-e-evidence-training-modules",
    kind: "knowledge_tool",
    theme: "investigations_forensics",
    title:
      "Training modules on electronic evidence collection for police forensic services, Middle East and North Africa",
    ...YEAR,
    mentorId: "mentor-cairo",
    topics: ["training materials", "collection of electronic evidence"],
    narrative: {
      fr: "Le développement des supports de formation et des connaissances spécialisées de l’ONUDC, ainsi que l’élaboration et la mise à disposition des services de police scientifique de modules de formation consacrés à la collecte de preuves électroniques.",
      en: "The development of UNODC training materials and expertise, and the preparation of training modules on the collection of electronic evidence and their provision to police forensic services.",
    },
    notes:
      "¶13 (b). Intended for: forensic_analysts (police forensic services). Countries as for ¶13 (a): not itemized.",
    source: { document: DOCUMENT, paragraph: "13" },
  },
  {
    id: "2019-p13-mena-public-awareness-assessments",
    kind: "capacity_assessment",
    theme: "prevention",
    title: "Assessments of public awareness and reporting of cybercrime, Middle East and North Africa",
    ...YEAR,
    mentorId: "mentor-cairo",
    topics: ["public awareness of cybercrime", "reporting of cybercrime"],
    narrative: {
      fr: "La conduite, dans certains États, d’évaluations sur le degré actuel de sensibilisation de l’opinion publique et sur le niveau de signalement des faits de cybercriminalité.",
      en: "The conduct, in some States, of assessments of the current level of public awareness of cybercrime and of the level at which cybercrime is reported.",
    },
    notes:
      "¶13 (c). The report says «dans certains États» without naming them or saying how many, so no country and no count are recorded.",
    source: { document: DOCUMENT, paragraph: "13" },
  },
  {
    id: "2019-p13-mena-mla-extradition-contact-points",
    kind: "coordination_mechanism",
    theme: "international_cooperation_evidence",
    title: "Advice on contact points for mutual legal assistance and extradition, Middle East and North Africa",
    ...YEAR,
    mentorId: "mentor-cairo",
    topics: ["mutual legal assistance", "extradition", "contact points"],
    narrative: {
      fr: "La fourniture de conseils techniques concernant la mise en place d’un système de points de contact pour les services responsables de l’entraide judiciaire et de l’extradition au sein des ministères de la justice de différents pays.",
      en: "The provision of technical advice on setting up a system of contact points for the services responsible for mutual legal assistance and extradition within the ministries of justice of various countries.",
    },
    notes:
      "¶13 (d). For: central_authorities (ministries of justice). The report says «de différents pays» without naming them, so no country is listed.",
    source: { document: DOCUMENT, paragraph: "13" },
  },
  {
    id: "2019-p13-mena-digital-triage-equipment",
    kind: "equipment_delivery",
    theme: "investigations_forensics",
    title: "Digital forensic triage equipment, Middle East and North Africa",
    ...YEAR,
    mentorId: "mentor-cairo",
    topics: ["digital forensic triage"],
    narrative: {
      fr: "L’acquisition et la livraison d’un matériel criminalistique de triage des données numériques.",
      en: "The procurement and delivery of digital forensic triage equipment.",
    },
    notes: "¶13 (e). The report does not say which country received the equipment.",
    source: { document: DOCUMENT, paragraph: "13" },
  },

  // ¶14: comprehensive assessments, one per country.
  {
    id: "2019-p14-assessment-costa-rica",
    kind: "capacity_assessment",
    theme: "legislation_policy",
    title: "Comprehensive assessment of law enforcement and judicial capacity against cybercrime, Costa Rica",
    ...YEAR,
    countries: ["CRI"],
    topics: ["law enforcement capacity", "judicial capacity", "cybercrime policy"],
    narrative: {
      fr: "Par ailleurs, afin de proposer des services de renforcement des capacités et de soutien technique qui tiennent compte des besoins recensés, l’ONUDC a procédé, sur demande, à une évaluation complète des capacités de détection et de répression et des moyens d’action judiciaire contre la cybercriminalité {countries:in}. Les autorités de ces pays ont reçu les rapports d’évaluation, dans lesquels figuraient des recommandations visant à faciliter l’élaboration et la mise en œuvre de politiques et de mesures spécifiques contre la cybercriminalité. Au Costa Rica, compte tenu de l’évaluation de l’ONUDC, le Bureau du Procureur général a commencé à envisager la possibilité de mettre en place une unité spécialisée en matière de cybercriminalité. Les besoins en matière de formation des services de détection et de répression et des praticiens de la justice pénale ont en outre été recensés dans le pays, et des activités de renforcement des capacités ont été planifiées pour 2020.",
      en: "Furthermore, in order to offer capacity-building and technical support that reflect the needs identified, UNODC carried out, upon request, comprehensive assessments of law enforcement and judicial capacity to counter cybercrime in {countries}. The authorities of those countries received the assessment reports, which contained recommendations to facilitate the development and implementation of specific policies and measures against cybercrime. In Costa Rica, in the light of the UNODC assessment, the Office of the Attorney General began to consider setting up a specialized cybercrime unit. The training needs of law enforcement and criminal justice practitioners were also identified in the country, and capacity-building activities were planned for 2020.",
    },
    source: { document: DOCUMENT, paragraph: "14" },
  },
  {
    id: "2019-p14-assessment-uganda",
    kind: "capacity_assessment",
    theme: "legislation_policy",
    title: "Comprehensive assessment of law enforcement and judicial capacity against cybercrime, Uganda",
    ...YEAR,
    countries: ["UGA"],
    topics: ["law enforcement capacity", "judicial capacity", "cybercrime policy"],
    narrative: {
      fr: "Par ailleurs, afin de proposer des services de renforcement des capacités et de soutien technique qui tiennent compte des besoins recensés, l’ONUDC a procédé, sur demande, à une évaluation complète des capacités de détection et de répression et des moyens d’action judiciaire contre la cybercriminalité {countries:in}. Les autorités de ces pays ont reçu les rapports d’évaluation, dans lesquels figuraient des recommandations visant à faciliter l’élaboration et la mise en œuvre de politiques et de mesures spécifiques contre la cybercriminalité.",
      en: "Furthermore, in order to offer capacity-building and technical support that reflect the needs identified, UNODC carried out, upon request, comprehensive assessments of law enforcement and judicial capacity to counter cybercrime in {countries}. The authorities of those countries received the assessment reports, which contained recommendations to facilitate the development and implementation of specific policies and measures against cybercrime.",
    },
    source: { document: DOCUMENT, paragraph: "14" },
  },
  {
    id: "2019-p14-assessment-pakistan",
    kind: "capacity_assessment",
    theme: "legislation_policy",
    title: "Comprehensive assessment of law enforcement and judicial capacity against cybercrime, Pakistan",
    ...YEAR,
    countries: ["PAK"],
    topics: ["law enforcement capacity", "judicial capacity", "cybercrime policy"],
    narrative: {
      fr: "Par ailleurs, afin de proposer des services de renforcement des capacités et de soutien technique qui tiennent compte des besoins recensés, l’ONUDC a procédé, sur demande, à une évaluation complète des capacités de détection et de répression et des moyens d’action judiciaire contre la cybercriminalité {countries:in}. Les autorités de ces pays ont reçu les rapports d’évaluation, dans lesquels figuraient des recommandations visant à faciliter l’élaboration et la mise en œuvre de politiques et de mesures spécifiques contre la cybercriminalité.",
      en: "Furthermore, in order to offer capacity-building and technical support that reflect the needs identified, UNODC carried out, upon request, comprehensive assessments of law enforcement and judicial capacity to counter cybercrime in {countries}. The authorities of those countries received the assessment reports, which contained recommendations to facilitate the development and implementation of specific policies and measures against cybercrime.",
    },
    source: { document: DOCUMENT, paragraph: "14" },
  },
  {
    id: "2019-p14-assessment-peru",
    kind: "capacity_assessment",
    theme: "legislation_policy",
    title: "Comprehensive assessment of law enforcement and judicial capacity against cybercrime, Peru",
    ...YEAR,
    countries: ["PER"],
    topics: ["law enforcement capacity", "judicial capacity", "cybercrime policy"],
    narrative: {
      fr: "Par ailleurs, afin de proposer des services de renforcement des capacités et de soutien technique qui tiennent compte des besoins recensés, l’ONUDC a procédé, sur demande, à une évaluation complète des capacités de détection et de répression et des moyens d’action judiciaire contre la cybercriminalité {countries:in}. Les autorités de ces pays ont reçu les rapports d’évaluation, dans lesquels figuraient des recommandations visant à faciliter l’élaboration et la mise en œuvre de politiques et de mesures spécifiques contre la cybercriminalité.",
      en: "Furthermore, in order to offer capacity-building and technical support that reflect the needs identified, UNODC carried out, upon request, comprehensive assessments of law enforcement and judicial capacity to counter cybercrime in {countries}. The authorities of those countries received the assessment reports, which contained recommendations to facilitate the development and implementation of specific policies and measures against cybercrime.",
    },
    source: { document: DOCUMENT, paragraph: "14" },
  },

  // ¶15
  {
    id: "2019-p15-asean-national-cybercrime-round-tables",
    kind: "coordination_mechanism",
    theme: "information_sharing",
    title: "National Cybercrime Round Tables in the ASEAN member States",
    ...YEAR,
    countryCount: 10,
    region: "035",
    topics: ["inter-agency coordination", "public-private dialogue", "digital forensics", "cryptocurrencies"],
    narrative: {
      fr: "Avec le soutien de l’ONUDC, chacun des États membres de l’ASEAN a mis en place un mécanisme national intégré de coordination, de coopération et d’échange d’informations sur les questions de cybercriminalité, intitulé « Table ronde nationale sur la cybercriminalité », conçu pour aider les autorités nationales compétentes à collaborer et à favoriser la coopération interinstitutions en matière de cybercriminalité, de criminalistique numérique et de cybermonnaies. L’ONUDC rapproche ainsi les entités publiques et privées concernées pour qu’elles examinent les questions et difficultés qui se posent en matière de cybersécurité, de cybercriminalité et de criminalistique numérique ; ces discussions, cadre d’échange d’informations et de bonnes pratiques, l’aident à élaborer ses programmes d’assistance technique au niveau national et dans l’ensemble de l’Asie du Sud-Est.",
      en: "With UNODC support, each ASEAN member State established an integrated national mechanism for coordination, cooperation and information-sharing on cybercrime, called the “National Cybercrime Round Table”, designed to help the competent national authorities work together and to foster inter-agency cooperation on cybercrime, digital forensics and cryptocurrencies. UNODC thereby brings together the public and private entities concerned to discuss the issues and challenges in cybersecurity, cybercrime and digital forensics; these discussions, a forum for sharing information and good practices, inform its national and South-East Asia-wide technical assistance programmes on cybercrime.",
    },
    notes:
      "The report says «chacun des États membres de l’ASEAN» without listing them: no country is named here; countryCount 10 is the ASEAN membership in 2019, not a figure printed in the report.",
    source: { document: DOCUMENT, paragraph: "15" },
  },
];
