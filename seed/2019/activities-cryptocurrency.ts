// 2019 activities of section III.B, cryptocurrency and darknet investigations (E/CN.15/2020/12, paragraphs 22–26).
import type { SeedActivity } from "../seed-set";

const DOCUMENT = "E/CN.15/2020/12";
const YEAR = { startDate: "2019-01-01", endDate: "2019-12-31", year: 2019 } as const;

export const cryptocurrencyActivities2019: SeedActivity[] = [
  {
    id: "2019-p22-cryptocurrency-policy-advice",
    kind: "legislative_advice",
    theme: "cryptocurrency_darknet",
    title: "Policy advice on cryptocurrency-related crime and support to the FATF work on virtual assets",
    ...YEAR,
    partners: ["Financial Action Task Force"],
    topics: ["cryptocurrency policy", "virtual assets", "online training tools"],
    narrative: {
      fr: "L’ONUDC a fourni des conseils pour les politiques gouvernementales de lutte contre la criminalité associée aux cybermonnaies, ainsi qu’à l’appui des travaux du Groupe d’action financière sur les actifs virtuels. Ses outils de formation en ligne aident les décideurs à mieux comprendre la menace et la nécessité d’y faire face au moyen d’une politique cohérente, ce qui est particulièrement important compte tenu de l’augmentation de la criminalité, du terrorisme et des probables activités de prolifération concordant avec les intérêts d’États qui sont facilitées par les cybermonnaies.",
      en: "UNODC provided advice on government policies against cryptocurrency-related crime and in support of the work of the Financial Action Task Force on virtual assets. Its online training tools help policymakers to better understand the threat and the need to address it through coherent policy, which is particularly important given the rise in crime, terrorism and likely State-aligned proliferation activities facilitated by cryptocurrencies.",
    },
    notes:
      "The report names no beneficiary Government. The Financial Action Task Force is listed as a partner because UNODC supported its work; the online training tools are mentioned as existing tools, not as a 2019 product, so they have no record of their own.",
    source: { document: DOCUMENT, paragraph: "22" },
  },
  {
    id: "2019-p23-southeast-asia-cryptocurrency-training-of-trainers",
    kind: "training",
    theme: "cryptocurrency_darknet",
    title: "Training of trainers for cryptocurrency investigators, South-East Asia",
    ...YEAR,
    region: "035",
    topics: ["cryptocurrency investigations", "training of trainers"],
    narrative: {
      fr: "Au niveau régional, l’Asie du Sud-Est a continué de renforcer les capacités des praticiens impliqués dans les enquêtes sur les cybermonnaies, en s’appuyant sur la stratégie de formation des formateurs mise en œuvre par l’ONUDC. Cette approche a permis aux États Membres de mieux prendre conscience de la menace et a contribué au développement d’une capacité de réaction cohérente en matière de détection et de répression.",
      en: "Regionally, South-East Asia continued to build the capacity of practitioners involved in cryptocurrency investigations, drawing on the UNODC training-of-trainers strategy. This approach made Member States more aware of the threat and helped to develop a coherent law enforcement response capacity.",
    },
    notes:
      "No count or country is given. The report does not say whether the more than 200 trainees of ¶26 were trained under this strategy; they are kept as a separate record.",
    source: { document: DOCUMENT, paragraph: "23" },
  },
  {
    id: "2019-p23-asean-cryptocurrency-legal-framework-analysis",
    kind: "legislative_advice",
    theme: "cryptocurrency_darknet",
    title: "ASEAN analysis of national cryptocurrency legislation and frameworks",
    ...YEAR,
    countries: ["THA"],
    countryCount: 10,
    region: "035",
    topics: ["cryptocurrency regulation", "anti-money-laundering", "countering the financing of terrorism"],
    narrative: {
      fr: "Les pays de l’ASEAN, sous la conduite de l’ONUDC, analysent les législations et cadres nationaux relatifs aux cybermonnaies ainsi que la façon dont ils pourraient être utilisés contre le blanchiment d’argent, le financement du terrorisme et d’autres activités criminelles. Ce processus a conduit {countries} à rédiger de nouvelles réglementations sur l’utilisation et les opérations de change de cybermonnaies.",
      en: "Led by UNODC, the ASEAN countries are analysing national cryptocurrency legislation and frameworks and how they could be used against money-laundering, the financing of terrorism and other criminal activities. The process led {countries} to draft new regulations on the use and exchange of cryptocurrencies.",
    },
    notes:
      "Only Thailand is named (it drafted new regulations). «Les pays de l’ASEAN» is read as all ten members; countryCount 10 is the 2019 ASEAN membership, not a figure printed in the report.",
    source: { document: DOCUMENT, paragraph: "23" },
  },
  {
    id: "2019-p24-malaysia-cryptocurrency-unit-capacity-building",
    kind: "training",
    theme: "cryptocurrency_darknet",
    title: "Capacity building for Malaysia's cryptocurrency investigation unit",
    ...YEAR,
    countries: ["MYS"],
    region: "035",
    topics: ["cryptocurrency investigation units", "tracing and seizure of cryptocurrency assets"],
    outcomes: [
      {
        indicator: "Investigators in Malaysia's cryptocurrency investigation unit",
        baseline: 2,
        value: 16,
        qualifier: "exact",
        unit: "investigators",
        text: {
          fr: "L’unité malaisienne d’enquête sur les cybermonnaies a élargi son personnel de 2 à 16 enquêteurs.",
          en: "Malaysia’s cryptocurrency investigation unit grew from 2 to 16 investigators.",
        },
      },
    ],
    narrative: {
      fr: "Les autorités des États membres de l’ASEAN ont également commencé à constituer et à renforcer des unités d’enquête sur les cybermonnaies, chargées de localiser et de saisir les avoirs détenus sous cette forme. Par exemple, comme suite directe au renforcement des capacités assuré par l’ONUDC, l’unité malaisienne d’enquête sur les cybermonnaies a élargi son personnel de {outcome:1:baseline} à {outcome:1} enquêteurs, permettant ainsi des améliorations à long terme et auto-entretenues en matière d’organisation stratégique.",
      en: "The authorities of ASEAN member States also began to set up and strengthen cryptocurrency investigation units to trace and seize assets held in that form. For example, as a direct result of UNODC capacity building, Malaysia’s cryptocurrency investigation unit grew from {outcome:1:baseline} to {outcome:1} investigators, bringing long-term, self-sustaining improvements in strategic organization.",
    },
    notes: "The report calls it «renforcement des capacités» without saying what form it took; recorded as training.",
    source: { document: DOCUMENT, paragraph: "24" },
  },
  {
    id: "2019-p24-asean-cryptocurrency-unit-mentoring",
    kind: "mentoring",
    theme: "cryptocurrency_darknet",
    title: "Mentoring for two ASEAN countries setting up cryptocurrency investigation units",
    ...YEAR,
    countryCount: 2,
    region: "035",
    mentorId: "mentor-thailand",
    topics: ["cryptocurrency investigation units"],
    narrative: {
      fr: "Par ailleurs, {countryCount} autres pays de l’ASEAN sont actuellement engagés dans la mise en place d’unités d’enquête sur les cybermonnaies, tirant profit des services de mentorat de l’ONUDC pour mener à bien ce processus.",
      en: "In addition, {countryCount} other ASEAN countries are setting up cryptocurrency investigation units, drawing on UNODC mentoring to carry the process through.",
    },
    notes:
      "The two countries are not named. mentorId is an inference: the report says «services de mentorat de l’ONUDC» without naming the mentor; the Thailand-based mentor is the only one ¶12 places in South-East Asia.",
    source: { document: DOCUMENT, paragraph: "24" },
  },
  {
    id: "2019-p25-cryptocurrency-seizure-guidelines",
    kind: "knowledge_tool",
    theme: "cryptocurrency_darknet",
    title: "Guidelines for the seizure of cryptocurrencies (ASEAN working group)",
    ...YEAR,
    region: "035",
    topics: ["seizure of cryptocurrencies"],
    narrative: {
      fr: "Des lignes directrices pour la saisie de cybermonnaies ont été rédigées par un groupe de travail spécialisé constitué d’experts des pays de l’ASEAN, d’organisations internationales et d’entreprises privées. Ces lignes directrices, qui ne peuvent être consultées que par des acteurs certifiés de la justice pénale, sont souples et adaptables à l’évolution du marché des cybermonnaies.",
      en: "Guidelines for the seizure of cryptocurrencies were drafted by a specialized working group of experts from ASEAN countries, international organizations and private companies. Available only to certified criminal justice actors, the guidelines are flexible and adaptable to changes in the cryptocurrency market.",
    },
    notes: "The working group's international organizations and companies are not named.",
    source: { document: DOCUMENT, paragraph: "25" },
  },
  {
    id: "2019-p26-southeast-asia-china-cryptocurrency-darknet-training",
    kind: "training",
    theme: "cryptocurrency_darknet",
    title: "Practical training on cryptocurrency and darknet investigations, South-East Asia and China",
    ...YEAR,
    countries: ["CHN"],
    region: "035",
    participants: { total: 200, qualifier: "at_least" },
    topics: ["cryptocurrency investigations", "darknet investigations"],
    narrative: {
      fr: "En 2019, {participants} agents de services de détection et de répression, des autorités de banques centrales, de services de renseignement financier et de ministères publics d’Asie du Sud-Est et de Chine ont reçu une formation pratique sur les enquêtes relatives aux cybermonnaies et au darknet. Les conseils tactiques que l’ONUDC a fournis dans le prolongement direct de cette formation ont aidé à prendre des mesures en réponse à différentes affaires d’enlèvement en Asie du Sud-Est.",
      en: "In 2019, {participants} officials from law enforcement agencies, central banks, financial intelligence units and prosecution services of South-East Asia and China received hands-on training in cryptocurrency and darknet investigations. Tactical advice that UNODC gave as a direct follow-up to the training helped in responding to several kidnapping cases in South-East Asia.",
    },
    notes:
      "Professions: law_enforcement, other (central banks), financial_intelligence, prosecutors; the report gives one total for all of them. Only China is named; the South-East Asian countries are not (region 035).",
    source: { document: DOCUMENT, paragraph: "26" },
  },
];
