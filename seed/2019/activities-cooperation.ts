// 2019 activities of section III.E, international cooperation to obtain electronic evidence (E/CN.15/2020/12, paragraph 38).
import type { SeedActivity } from "../seed-set";

const DOCUMENT = "E/CN.15/2020/12";

export const cooperationActivities2019: SeedActivity[] = [
  {
    id: "2019-p38-washington-mla-electronic-evidence-workshop",
    kind: "training",
    theme: "international_cooperation_evidence",
    title: "Workshop on obtaining electronic evidence through mutual legal assistance, Washington, D.C.",
    startDate: "2019-12-10",
    endDate: "2019-12-11",
    year: 2019,
    countries: ["USA"],
    place: "Washington, D.C., United States of America",
    partners: ["Counter-Terrorism Committee Executive Directorate", "International Association of Prosecutors"],
    topics: [
      "mutual legal assistance",
      "electronic evidence from private communication service providers",
      "counter-terrorism investigations",
    ],
    narrative: {
      fr: "Les 10 et 11 décembre 2019, dans le cadre de l’initiative mondiale visant à renforcer la capacité des autorités centrales et des procureurs et enquêteurs chargés de la lutte contre le terrorisme à obtenir des preuves numériques auprès des fournisseurs de services de communication privés dans le cadre d’enquêtes transnationales, l’ONUDC, la Direction exécutive du Comité contre le terrorisme et l’Association internationale des procureurs et poursuivants ont organisé conjointement à Washington un atelier spécialisé entièrement consacré à l’obtention de preuves électroniques au moyen des mécanismes d’entraide judiciaire, suivant le Guide pratique sur la demande de preuves électroniques à l’étranger. Les praticiens présents – magistrats de liaison en poste aux États-Unis, procureurs nationaux et représentants d’autorités centrales, représentants du Ministère de la justice des États-Unis et experts techniques – ont examiné les aspects pratiques de la coopération et les obstacles restant à surmonter, et ont recensé et mis en commun les bonnes pratiques propres à accélérer le traitement des demandes d’entraide judiciaire impliquant les États-Unis, afin de renforcer l’efficacité des enquêtes et des poursuites relatives au terrorisme et à d’autres formes graves de criminalité dans le monde.",
      en: "On 10 and 11 December 2019, under the global initiative to strengthen the capacity of central authorities and of counter-terrorism prosecutors and investigators to obtain digital evidence from private communication service providers in cross-border investigations, UNODC, the Counter-Terrorism Committee Executive Directorate and the International Association of Prosecutors jointly held in Washington, D.C., a specialized workshop devoted entirely to obtaining electronic evidence through mutual legal assistance, following the Practical Guide for Requesting Electronic Evidence Across Borders. The practitioners present – liaison magistrates posted in the United States, national prosecutors and central authority representatives, representatives of the United States Department of Justice and technical experts – examined the practicalities of cooperation and the remaining obstacles, and identified and shared good practices for the swift handling of mutual legal assistance requests involving the United States, so as to make investigations and prosecutions of terrorism and other serious crime more effective worldwide.",
    },
    notes:
      "Recorded as training (a capacity-building workshop) rather than meeting. Professions: prosecutors, central_authorities, other (liaison magistrates, United States Department of Justice, technical experts); no count. The United States is listed as the country named in the report (host and requested State); the liaison magistrates' countries are not named.",
    source: { document: DOCUMENT, paragraph: "38" },
  },
  {
    id: "2019-p38-practical-guide-requesting-electronic-evidence",
    kind: "knowledge_tool",
    theme: "international_cooperation_evidence",
    title: "Practical Guide for Requesting Electronic Evidence Across Borders (published 2019)",
    startDate: "2019-01-01",
    endDate: "2019-12-31",
    year: 2019,
    topics: ["mutual legal assistance", "electronic evidence"],
    narrative: {
      fr: "Le Guide pratique sur la demande de preuves électroniques à l’étranger a été publié en 2019.",
      en: "The Practical Guide for Requesting Electronic Evidence Across Borders was published in 2019.",
    },
    notes: "Mentioned in ¶38 as the basis of the Washington workshop; the report does not say who published it.",
    source: { document: DOCUMENT, paragraph: "38" },
  },
];
