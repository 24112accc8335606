// 2019 activities of sections IV and V, information-sharing and research (E/CN.15/2020/12, paragraphs 40–42).
import type { SeedActivity } from "../seed-set";

const DOCUMENT = "E/CN.15/2020/12";
const YEAR = { startDate: "2019-01-01", endDate: "2019-12-31", year: 2019 } as const;

export const informationResearchActivities2019: SeedActivity[] = [
  {
    id: "2019-p40-knowledge-portal-cybercrime-content",
    kind: "knowledge_tool",
    theme: "information_sharing",
    title: "Cybercrime legislation and case law in the knowledge management portal",
    ...YEAR,
    topics: ["cybercrime legislation", "case law", "knowledge management portal"],
    outcomes: [
      {
        indicator: "Cybercrime laws in the knowledge management portal (January 2020)",
        value: 1300,
        qualifier: "at_least",
        unit: "legislative texts",
        text: {
          fr: "En janvier 2020, le portail contenait plus de 1 300 textes de loi sur la cybercriminalité.",
          en: "In January 2020, the portal held more than 1,300 pieces of cybercrime legislation.",
        },
      },
      {
        indicator: "Cybercrime case law in the knowledge management portal (January 2020)",
        value: 39,
        qualifier: "exact",
        unit: "cases",
        text: {
          fr: "En janvier 2020, le portail contenait 39 cas de jurisprudence relatifs à des infractions commises ou facilitées par Internet.",
          en: "In January 2020, the portal held 39 cases of case law on offences committed or facilitated by the Internet.",
        },
      },
    ],
    narrative: {
      fr: "En 2019, l’ONUDC a poursuivi son travail consistant à inclure des ressources relatives à la cybercriminalité dans le portail de gestion des connaissances pour la mise en commun de ressources électroniques et de lois contre la criminalité. En janvier 2020, le portail contenait {outcome:1} textes de loi sur la cybercriminalité ainsi que {outcome:2} cas de jurisprudence relatifs à des infractions commises ou facilitées par Internet, qui illustraient les liens entre la cybercriminalité et d’autres types d’infractions telles que la participation à un groupe criminel organisé, le blanchiment d’argent et le trafic de drogues.",
      en: "In 2019, UNODC continued to add cybercrime resources to the knowledge management portal for sharing electronic resources and laws on crime. In January 2020, the portal held {outcome:1} pieces of cybercrime legislation and {outcome:2} cases of case law on offences committed or facilitated by the Internet, illustrating the links between cybercrime and other offences such as participation in an organized criminal group, money-laundering and drug trafficking.",
    },
    notes:
      "The portal is SHERLOC (not named in the report). The counts are the portal's holdings in January 2020, not what was added in 2019; the report does not say how much was added in 2019.",
    source: { document: DOCUMENT, paragraph: "40" },
  },
  {
    id: "2019-p41-social-media-outreach",
    kind: "awareness_campaign",
    theme: "information_sharing",
    title: "Social media outreach on cyber-related information",
    ...YEAR,
    topics: ["social media", "Twitter"],
    outcomes: [
      {
        indicator: "Twitter impressions",
        value: 2_800_000,
        qualifier: "at_least",
        unit: "impressions",
        text: {
          fr: "Plus de 2,8 millions d’impressions Twitter.",
          en: "More than 2.8 million Twitter impressions.",
        },
      },
    ],
    narrative: {
      fr: "L’ONUDC a également continué de s’appuyer sur les médias sociaux pour diffuser des informations relatives au cyberespace et accroître considérablement la visibilité de ses travaux auprès du grand public. Ces efforts se sont traduits par {outcome:1} impressions Twitter et par une reconnaissance accrue des travaux de l’Office.",
      en: "UNODC also continued to use social media to disseminate cyber-related information and to raise the public visibility of its work considerably, resulting in {outcome:1} Twitter impressions and greater recognition of the Office’s work.",
    },
    notes:
      "¶44 reports 2.5 million Twitter impressions for the Global Programme on Cybercrime; the report does not reconcile the two figures, which are kept apart.",
    source: { document: DOCUMENT, paragraph: "41" },
  },
  {
    id: "2019-p42-southeast-asia-darknet-threat-research",
    kind: "research",
    theme: "research_analysis",
    title: "Research on darknet-related threats in South-East Asia (launched)",
    ...YEAR,
    region: "035",
    topics: ["darknet threats"],
    narrative: {
      fr: "En 2019, l’ONUDC a lancé des travaux de recherche sur les menaces associées au darknet en Asie du Sud-Est. Ces travaux se poursuivaient en 2020, et l’Office sera en mesure de fournir de plus amples informations à ce sujet vers la fin de l’année.",
      en: "In 2019, UNODC launched research on darknet-related threats in South-East Asia. The work was continuing in 2020, and the Office expects to provide more information towards the end of that year.",
    },
    notes: "Launched in 2019 and still under way in 2020; the end date is the end of the reporting year.",
    source: { document: DOCUMENT, paragraph: "42" },
  },
];
