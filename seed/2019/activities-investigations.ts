// 2019 activities of section III.A, cybercrime investigations and digital forensics (E/CN.15/2020/12, paragraphs 19–21).
import type { SeedActivity } from "../seed-set";

const DOCUMENT = "E/CN.15/2020/12";
const YEAR = { startDate: "2019-01-01", endDate: "2019-12-31", year: 2019 } as const;

export const investigationActivities2019: SeedActivity[] = [
  // ¶19: Eastern Africa and Africa
  {
    id: "2019-p19-eastern-africa-digital-evidence-training",
    kind: "training",
    theme: "investigations_forensics",
    title: "Training on digital evidence and online investigation techniques for East African law enforcement",
    ...YEAR,
    countries: ["ERI", "ETH", "KEN", "UGA", "TZA"],
    participants: { total: 85, qualifier: "approximately", byProfession: { law_enforcement: 85 } },
    topics: ["exploitation of digital evidence", "online investigation techniques"],
    narrative: {
      fr: "Dans le cadre de ces activités, {participants} agents des services de détection et de répression {countries:of} ont été formés à l’exploitation de preuves numériques et aux techniques d’enquête en ligne.",
      en: "As part of these activities, {participants} law enforcement officers from {countries} were trained in digital evidence handling and online investigation techniques.",
    },
    notes: "The report does not say whether this was one course or several, nor who delivered it.",
    source: { document: DOCUMENT, paragraph: "19" },
  },
  {
    id: "2019-p19-africa-malware-investigation-training",
    kind: "training",
    theme: "investigations_forensics",
    title: "Advanced malware investigation training for African police officers",
    ...YEAR,
    region: "002",
    partners: ["INTERPOL"],
    participants: { total: 19, qualifier: "exact", byProfession: { law_enforcement: 19 } },
    topics: ["malware investigation"],
    narrative: {
      fr: "En association avec {partners}, l’ONUDC a également formé {participants} agents de police de toute l’Afrique à des techniques perfectionnées d’enquête sur les logiciels malveillants.",
      en: "Together with {partners}, UNODC also trained {participants} police officers from across Africa in advanced malware investigation techniques.",
    },
    notes: "«de toute l’Afrique»: the countries are not named.",
    source: { document: DOCUMENT, paragraph: "19" },
  },
  {
    id: "2019-p19-kenya-police-forensic-equipment",
    kind: "equipment_delivery",
    theme: "investigations_forensics",
    title: "Specialized digital forensics equipment for the Kenyan police",
    ...YEAR,
    countries: ["KEN"],
    topics: ["digital forensics equipment"],
    narrative: {
      fr: "Au Kenya, du matériel spécialisé de criminalistique numérique a été fourni aux services de police.",
      en: "In Kenya, specialized digital forensics equipment was provided to the police.",
    },
    source: { document: DOCUMENT, paragraph: "19" },
  },
  {
    id: "2019-p19-kenya-police-forensic-coaching",
    kind: "mentoring",
    theme: "investigations_forensics",
    title: "Coaching of the Kenyan police in digital forensics and triage techniques",
    ...YEAR,
    countries: ["KEN"],
    mentorId: "mentor-kenya",
    topics: ["digital forensics", "triage techniques"],
    narrative: {
      fr: "Les services de police kényans ont également bénéficié d’un accompagnement dans les domaines de la criminalistique numérique et des techniques de triage. Le matériel et l’appui ainsi fournis aident les services de police à se concentrer sur les éléments de preuve essentiels et à obtenir les meilleurs résultats possibles avec un minimum de ressources.",
      en: "The Kenyan police also received coaching in digital forensics and triage techniques. The equipment and support provided help the police to focus on the key evidence and to achieve the best possible results with minimal resources.",
    },
    notes:
      "mentorId is an inference: ¶19 does not say who gave the «accompagnement»; ¶36 uses the same word for the continuing support of the Kenya-based mentor.",
    source: { document: DOCUMENT, paragraph: "19" },
  },
  {
    id: "2019-p19-eapcco-cybercrime-investigation-manual",
    kind: "knowledge_tool",
    theme: "investigations_forensics",
    title: "EAPCCO cybercrime investigation manual (drafting begun)",
    ...YEAR,
    region: "014",
    partners: ["INTERPOL", "Eastern Africa Police Chiefs Cooperation Organization (EAPCCO)"],
    topics: ["cybercrime investigation manual"],
    narrative: {
      fr: "En coopération avec INTERPOL et l’Organisation de coopération des chefs de police de l’Afrique de l’Est (EAPCCO), l’ONUDC a commencé l’élaboration du manuel de l’EAPCCO sur les enquêtes relatives à la cybercriminalité.",
      en: "In cooperation with INTERPOL and the Eastern Africa Police Chiefs Cooperation Organization (EAPCCO), UNODC began developing the EAPCCO manual on cybercrime investigations.",
    },
    notes: "Drafting began in 2019; the report does not say it was completed.",
    source: { document: DOCUMENT, paragraph: "19" },
  },

  // ¶20: Central America
  {
    id: "2019-p20-el-salvador-judges-training",
    kind: "training",
    theme: "investigations_forensics",
    title: "Training of Salvadoran judges on cybercrime and electronic evidence",
    ...YEAR,
    countries: ["SLV"],
    region: "013",
    partners: ["United States Department of Justice", "National Council of the Judiciary of El Salvador"],
    // « plus de 200 juges salvadoriens »: the source says where they came from.
    participants: { total: 200, qualifier: "at_least", byProfession: { judges: 200 }, byCountry: { SLV: 200 } },
    topics: ["cybercrime", "handling of electronic evidence"],
    narrative: {
      fr: "En Amérique centrale, en coopération avec le Ministère de la justice des États-Unis d’Amérique et le Conseil national de la magistrature d’El Salvador, l’ONUDC a formé {participants} juges salvadoriens à la lutte contre la cybercriminalité et au traitement des preuves électroniques.",
      en: "In Central America, in cooperation with the United States Department of Justice and the National Council of the Judiciary of El Salvador, UNODC trained {participants} Salvadoran judges in countering cybercrime and handling electronic evidence.",
    },
    source: { document: DOCUMENT, paragraph: "20" },
  },
  {
    id: "2019-p20-el-salvador-digital-evidence-admissibility-guidelines",
    kind: "knowledge_tool",
    theme: "investigations_forensics",
    title: "Guidelines for judges on the admissibility of digital evidence, El Salvador",
    ...YEAR,
    countries: ["SLV"],
    region: "013",
    partners: ["United States Department of Justice", "National Council of the Judiciary of El Salvador"],
    topics: ["admissibility of digital evidence"],
    narrative: {
      fr: "Dans le cadre de la même coopération, l’ONUDC a élaboré à l’intention des magistrats salvadoriens des lignes directrices sur la recevabilité des preuves numériques devant les tribunaux.",
      en: "In the same cooperation, UNODC developed guidelines for Salvadoran judges on the admissibility of digital evidence in court.",
    },
    notes: "Intended for: judges.",
    source: { document: DOCUMENT, paragraph: "20" },
  },
  {
    id: "2019-p20-latin-america-osint-e-evidence-training",
    kind: "training",
    theme: "investigations_forensics",
    title: "Capacity building for Latin American prosecutors, investigators and forensic analysts",
    ...YEAR,
    region: "419",
    topics: ["open-source intelligence", "obtaining electronic evidence from abroad", "cybercrime prosecution"],
    narrative: {
      fr: "Les procureurs, enquêteurs et analystes en criminalistique numérique d’Amérique latine ont bénéficié d’un renforcement de leurs capacités pour l’exploitation de renseignements de source ouverte, l’obtention de preuves électroniques à l’étranger et d’autres aspects des enquêtes et des poursuites relatives à la cybercriminalité.",
      en: "Prosecutors, investigators and digital forensic analysts from Latin America had their capacity strengthened in using open-source intelligence, obtaining electronic evidence from abroad and other aspects of cybercrime investigations and prosecutions.",
    },
    notes:
      "Professions: prosecutors, law_enforcement, forensic_analysts. The report gives neither a count nor the countries.",
    source: { document: DOCUMENT, paragraph: "20" },
  },
  {
    id: "2019-p20-el-salvador-pnc-intrusion-protection-equipment",
    kind: "equipment_delivery",
    theme: "investigations_forensics",
    title: "Remote-intrusion protection equipment for the cybercrime unit of El Salvador's National Civil Police",
    ...YEAR,
    countries: ["SLV"],
    region: "013",
    topics: ["protection against remote intrusion"],
    narrative: {
      fr: "Des équipements de protection contre l’intrusion à distance ont été fournis à l’unité de la Police nationale civile d’El Salvador chargée de la cybercriminalité, ce qui rend le Gouvernement mieux à même de promouvoir la bonne gouvernance et l’état de droit.",
      en: "Equipment protecting against remote intrusion was provided to the cybercrime unit of the National Civil Police of El Salvador, making the Government better able to promote good governance and the rule of law.",
    },
    notes: "The unit is a police cybercrime unit, not a forensic laboratory, so no lab record is kept for it.",
    source: { document: DOCUMENT, paragraph: "20" },
  },
  {
    id: "2019-p20-guatemala-regional-forensic-units",
    kind: "forensic_lab_support",
    theme: "investigations_forensics",
    title:
      "Two regional digital forensics units of Guatemala's Public Prosecutor's Office set up, equipped and trained",
    ...YEAR,
    countries: ["GTM"],
    region: "013",
    topics: ["digital forensics laboratories", "regional technical assistance units"],
    outcomes: [
      {
        indicator: "Regional technical assistance units (digital forensics laboratories) set up",
        value: 2,
        qualifier: "exact",
        unit: "units",
        text: {
          fr: "Deux unités régionales d’assistance technique (laboratoires de criminalistique numérique) constituées, équipées et formées.",
          en: "Two regional technical assistance units (digital forensics laboratories) set up, equipped and trained.",
        },
      },
      {
        indicator: "Institutional response time",
        baseline: 60,
        value: 10,
        qualifier: "fewer_than",
        unit: "days",
        text: {
          fr: "Le délai de réaction institutionnelle, auparavant de deux mois, a été réduit à moins de 10 jours.",
          en: "The institutional response time, previously two months, was cut to under 10 days.",
        },
      },
    ],
    narrative: {
      fr: "Au Guatemala, {outcome:1} unités régionales d’assistance technique (laboratoires de criminalistique numérique), qui relèvent de la Direction des enquêtes criminelles du Bureau du Procureur général, ont été constituées, équipées et formées, permettant au ministère public de conduire des enquêtes rapides et efficaces. Le délai de réaction institutionnelle, qui était auparavant de deux mois, a été réduit à {outcome:2} jours grâce à la création de ces unités.",
      en: "In Guatemala, {outcome:1} regional technical assistance units (digital forensics laboratories) of the Criminal Investigation Directorate of the Office of the Attorney General were set up, equipped and trained, enabling the Public Prosecutor’s Office to conduct fast and effective investigations. The institutional response time, previously two months, was cut to {outcome:2} days thanks to the creation of these units.",
    },
    notes: "Baseline «deux mois» recorded as 60 days.",
    source: { document: DOCUMENT, paragraph: "20" },
  },

  // ¶21: South-East Asia and Asia
  {
    id: "2019-p21-asean-cybercrime-investigation-training-of-trainers",
    kind: "training",
    theme: "investigations_forensics",
    title: "Training of trainers on cybercrime investigations for five ASEAN member States",
    ...YEAR,
    countries: ["IDN", "MYS", "PHL", "THA", "VNM"],
    region: "035",
    topics: ["cybercrime investigations", "training of trainers"],
    narrative: {
      fr: "En Asie du Sud-Est, une formation sur les enquêtes relatives à la cybercriminalité a été dispensée à des formateurs de {countryCount} États membres de l’ASEAN ({countries}), afin qu’ils soient capables de concevoir et de dispenser des programmes de formation à l’intention des services de détection et de répression et des institutions de justice pénale de leurs pays respectifs.",
      en: "In South-East Asia, trainers from {countryCount} ASEAN member States ({countries}) were trained in cybercrime investigations so that they can design and deliver training programmes for the law enforcement agencies and criminal justice institutions of their countries.",
    },
    notes: "Trainees are trainers for law_enforcement and criminal justice institutions; the report gives no count.",
    source: { document: DOCUMENT, paragraph: "21" },
  },
  {
    id: "2019-p21-lao-first-digital-forensics-lab",
    kind: "forensic_lab_support",
    theme: "investigations_forensics",
    title: "First digital forensics laboratory of the Lao police set up and staff trained",
    ...YEAR,
    countries: ["LAO"],
    region: "035",
    topics: ["digital forensics laboratory"],
    outcomes: [
      {
        indicator: "Digital forensics laboratories set up",
        value: 1,
        qualifier: "exact",
        unit: "laboratories",
        text: {
          fr: "Le tout premier laboratoire de criminalistique numérique du pays a été constitué.",
          en: "The country’s very first digital forensics laboratory was set up.",
        },
      },
    ],
    narrative: {
      fr: "En République démocratique populaire lao, l’ONUDC a aidé les forces de police à constituer et à former le personnel du tout premier laboratoire de criminalistique numérique. Les autorités ont désormais les moyens de répondre aux menaces de la criminalité fondée sur Internet ou facilitée par le réseau, quel que soit le type de criminalité ou de terrorisme concerné, en se conformant à un cadre général fondé sur les droits humains ; l’ONUDC a ainsi contribué à renforcer la coopération internationale et à atténuer les menaces.",
      en: "In the Lao People’s Democratic Republic, UNODC helped the police to set up, and train the staff of, the country’s very first digital forensics laboratory. The authorities can now respond to Internet-based or Internet-facilitated crime threats, whatever the type of crime or terrorism involved, within a general human-rights-based framework; UNODC thereby helped to strengthen international cooperation and mitigate threats.",
    },
    source: { document: DOCUMENT, paragraph: "21" },
  },
  {
    id: "2019-p21-china-ministerial-meetings-public-private-partnerships",
    kind: "meeting",
    theme: "investigations_forensics",
    title: "Ministerial-level meetings in China fostering public-private partnerships across Asia",
    ...YEAR,
    region: "142",
    place: "China",
    topics: ["public-private partnerships", "preservation of digital evidence", "World Internet Conference"],
    narrative: {
      fr: "Des rencontres de niveau ministériel organisées en Chine, notamment à l’occasion de la Conférence mondiale sur Internet, ont favorisé les partenariats public-privé dans toute l’Asie. Elles ont créé les conditions d’une collaboration plus facile et plus efficace entre les services de détection et de répression et les entreprises spécialisées dans les technologies, l’objectif étant de veiller à ce que les preuves numériques soient bien préservées et mises à disposition dans les délais voulus.",
      en: "Ministerial-level meetings held in China, including at the World Internet Conference, fostered public-private partnerships across Asia. They laid the ground for easier and more effective collaboration between law enforcement agencies and technology companies, so that digital evidence is properly preserved and made available in good time.",
    },
    notes:
      "China is recorded as the place, not as a beneficiary: the report names no participating country. The meetings' dates are not given.",
    source: { document: DOCUMENT, paragraph: "21" },
  },
];
