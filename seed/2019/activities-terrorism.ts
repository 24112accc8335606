// 2019 activities of section III.D, use of the Internet for terrorist purposes (E/CN.15/2020/12, paragraphs 33–37).
import type { SeedActivity } from "../seed-set";

const DOCUMENT = "E/CN.15/2020/12";
const YEAR = { startDate: "2019-01-01", endDate: "2019-12-31", year: 2019 } as const;

export const terrorismActivities2019: SeedActivity[] = [
  {
    id: "2019-p33-regional-cyber-threat-intelligence-exercises",
    kind: "training",
    theme: "terrorist_use_of_internet",
    title: "Regional cyber threat intelligence collaboration exercises against cybercrime and terrorism",
    ...YEAR,
    topics: ["cyber threat intelligence", "joint responses to cybercrime and terrorism"],
    narrative: {
      fr: "L’ONUDC a aidé les États Membres en concevant et en dirigeant des exercices régionaux de collaboration en matière de renseignement sur les cybermenaces, en vue de l’adoption de mesures conjointes contre la cybercriminalité et le terrorisme, ce qui a permis de renforcer les synergies sur ces questions aux niveaux national et international.",
      en: "UNODC assisted Member States by designing and leading regional cyber threat intelligence collaboration exercises for joint action against cybercrime and terrorism, strengthening synergies on these issues nationally and internationally.",
    },
    notes:
      "No region, country or count is given. The exercises of ¶34 may be among these; the report does not say, so they are kept as separate records.",
    source: { document: DOCUMENT, paragraph: "33" },
  },
  {
    id: "2019-p34-eastern-africa-osint-terrorism-exercises",
    kind: "training",
    theme: "terrorist_use_of_internet",
    title:
      "Joint training exercises on open-source intelligence for post-incident terrorism investigations, Eastern Africa",
    ...YEAR,
    countryCount: 12,
    region: "014",
    partners: ["INTERPOL", "European Union"],
    participants: { total: 60, qualifier: "approximately" },
    topics: ["open-source intelligence", "post-incident terrorism investigations", "informal regional cooperation"],
    narrative: {
      fr: "Grâce aux exercices conjoints de formation organisés entre l’ONUDC, INTERPOL et l’Union européenne, avec la participation de plusieurs partenaires du secteur privé, {participants} praticiens exerçant en première ligne dans {countryCount} pays d’Afrique de l’Est ont été formés à des techniques reposant sur l’exploitation de renseignements de source ouverte pour enquêter sur les suites d’incidents terroristes. Pour les praticiens de la justice pénale, ces activités ont également été l’occasion de nouer des liens de coopération informelle avec leurs homologues régionaux.",
      en: "Through joint training exercises organized by UNODC, INTERPOL and the European Union, with several private-sector partners, {participants} front-line practitioners from {countryCount} Eastern African countries were trained in open-source intelligence techniques for investigating the aftermath of terrorist incidents. The exercises also gave criminal justice practitioners an opportunity to build informal cooperation with their regional counterparts.",
    },
    notes:
      "Professions: front-line practitioners, not broken down. The 12 countries and the private-sector partners are not named.",
    source: { document: DOCUMENT, paragraph: "34" },
  },
  {
    id: "2019-p35-mauritius-social-media-radicalization-training",
    kind: "training",
    theme: "terrorist_use_of_internet",
    title: "Training on social media, radicalization and terrorist infiltration of non-profit organizations, Mauritius",
    ...YEAR,
    countries: ["MUS"],
    participants: { total: 40, qualifier: "approximately" },
    topics: ["social media and radicalization", "terrorist infiltration of non-profit organizations"],
    narrative: {
      fr: "Une formation sur les liens existant entre les médias sociaux et la radicalisation et l’infiltration d’organisations à but non lucratif par des groupes terroristes a été dispensée à {participants} enquêteurs financiers, agents des services de détection et de répression et représentants d’organisations à but non lucratif {countries:of}.",
      en: "Training on the links between social media and radicalization, and on the infiltration of non-profit organizations by terrorist groups, was given to {participants} financial investigators, law enforcement officers and representatives of non-profit organizations from {countries}.",
    },
    notes:
      "Professions: financial_intelligence (financial investigators), law_enforcement, civil_society (non-profit organizations); the report gives one total.",
    source: { document: DOCUMENT, paragraph: "35" },
  },
  {
    id: "2019-p36-kenya-dusit-attack-investigation-support",
    kind: "mentoring",
    theme: "terrorist_use_of_internet",
    title: "Operational support to Kenya's Anti-Terrorism Police Unit after the Dusit hotel attack",
    ...YEAR,
    countries: ["KEN"],
    mentorId: "mentor-kenya",
    topics: ["examination of seized digital devices", "terrorism investigation"],
    narrative: {
      fr: "À la demande de l’Unité de police antiterroriste du Kenya et dans le cadre d’un accompagnement continu, le mentor de l’ONUDC en matière de cybercriminalité a contribué à l’enquête sur les suites de l’attentat perpétré à l’hôtel Dusit en fournissant des conseils opérationnels pour permettre un examen plus efficace des appareils numériques qui avaient été saisis.",
      en: "At the request of Kenya’s Anti-Terrorism Police Unit and as part of continuing support, the UNODC cybercrime mentor contributed to the investigation following the attack on the Dusit hotel by giving operational advice for a more effective examination of the digital devices seized.",
    },
    notes: "The equipment provided on the same occasion is recorded as 2019-p36-kenya-dusit-investigation-equipment.",
    source: { document: DOCUMENT, paragraph: "36" },
  },
  {
    id: "2019-p36-kenya-dusit-investigation-equipment",
    kind: "equipment_delivery",
    theme: "terrorist_use_of_internet",
    title: "Equipment for examining digital devices seized after the Dusit hotel attack, Kenya",
    ...YEAR,
    countries: ["KEN"],
    mentorId: "mentor-kenya",
    topics: ["examination of seized digital devices"],
    narrative: {
      fr: "Dans le cadre de cette contribution à l’enquête sur l’attentat de l’hôtel Dusit, le mentor de l’ONUDC a fourni à l’Unité de police antiterroriste du Kenya du matériel permettant un examen plus efficace des appareils numériques saisis.",
      en: "As part of this contribution to the Dusit hotel attack investigation, the UNODC mentor provided Kenya’s Anti-Terrorism Police Unit with equipment for a more effective examination of the digital devices seized.",
    },
    notes: "The report does not describe the equipment.",
    source: { document: DOCUMENT, paragraph: "36" },
  },
  {
    id: "2019-p37-south-southeast-asia-terrorism-osint-darknet-training",
    kind: "training",
    theme: "terrorist_use_of_internet",
    title: "Training on preventing and investigating terrorist cyberattacks, South and South-East Asia",
    ...YEAR,
    region: "142",
    participants: { total: 200, qualifier: "at_least" },
    topics: [
      "open-source intelligence",
      "tracking organized criminal and terrorist groups on the darknet",
      "cybercrime investigation techniques",
    ],
    narrative: {
      fr: "En Asie du Sud et du Sud-Est, les capacités de {participants} praticiens de la justice pénale à prévenir les cyberattaques organisées par des terroristes et à enquêter sur ces dernières ont été renforcées. Les intéressés ont été formés aux moyens de chercher, de rassembler et d’analyser des renseignements de source ouverte et de suivre la trace de groupes criminels organisés et de terroristes sur le darknet, ainsi qu’à d’autres techniques spécialisées en matière d’enquêtes sur la cybercriminalité.",
      en: "In South and South-East Asia, {participants} criminal justice practitioners strengthened their capacity to prevent and investigate terrorist cyberattacks. They were trained to search for, collect and analyse open-source intelligence and to track organized criminal and terrorist groups on the darknet, and in other specialized cybercrime investigation techniques.",
    },
    notes:
      "Southern Asia (034) and South-eastern Asia (035) together; recorded under Asia (142) because an activity has one region. Professions: criminal justice practitioners, not broken down; countries not named.",
    source: { document: DOCUMENT, paragraph: "37" },
  },
];
