// The structure of the annual report (E/CN.15/2020/12): I and II, which hold written text only,
// then III–VII with their subsections, and the rule placing an activity in one of them. What each
// section quotes (mandates) and says in general is the year's report texts (domain/report-texts.ts).
import type { Activity } from "../domain/activity";
import type { ReportPlace } from "../domain/report-texts";
import type { Theme } from "../domain/vocabulary";
import type { Language } from "../language/languages";

type Text = Record<Language, string>;

export type SectionDefinition = {
  id: ReportPlace;
  number: string;
  heading: Text;
  /** Themes told at the section's top level, before any subsection. */
  themes: Theme[];
  subsections: { id: ReportPlace; theme: Theme; heading: Text }[];
};

/** I and II: text a manager writes, no activity. */
export const FRONT_SECTIONS = [
  { id: "introduction", number: "I", heading: { fr: "Introduction", en: "Introduction", es: "Introducción" } },
  {
    id: "developments",
    number: "II",
    heading: {
      fr: "Évolution de la situation, progrès accomplis et meilleures pratiques recensées",
      en: "New developments, progress made and best practices identified",
      es: "Novedades, progresos realizados y mejores prácticas determinadas",
    },
  },
] as const satisfies { id: string; number: string; heading: Text }[];

export const SECTIONS: SectionDefinition[] = [
  {
    id: "capacity-building",
    number: "III",
    heading: {
      fr: "Appui normatif et soutien au renforcement des capacités",
      en: "Normative support and capacity-building",
      es: "Apoyo normativo y creación de capacidad",
    },
    themes: ["legislation_policy"],
    subsections: [
      {
        id: "investigations-forensics",
        theme: "investigations_forensics",
        heading: {
          fr: "Enquêtes sur la cybercriminalité et criminalistique numérique",
          en: "Cybercrime investigations and digital forensics",
          es: "Investigaciones sobre delitos cibernéticos y análisis forense digital",
        },
      },
      {
        id: "cryptocurrency-darknet",
        theme: "cryptocurrency_darknet",
        heading: {
          fr: "Enquêtes sur les cybermonnaies et le darknet",
          en: "Cryptocurrency and darknet investigations",
          es: "Investigaciones sobre criptomonedas y la red oscura",
        },
      },
      {
        id: "child-sexual-exploitation",
        theme: "child_sexual_exploitation",
        heading: {
          fr: "Exploitation et atteintes sexuelles visant les enfants sur Internet",
          en: "Online child sexual exploitation and abuse",
          es: "Explotación y abusos sexuales de niños en línea",
        },
      },
      {
        id: "terrorist-use-of-internet",
        theme: "terrorist_use_of_internet",
        heading: {
          fr: "Utilisation d’Internet à des fins terroristes",
          en: "Terrorist use of the Internet",
          es: "Utilización de Internet con fines terroristas",
        },
      },
      {
        id: "international-cooperation",
        theme: "international_cooperation_evidence",
        heading: {
          fr: "Coopération internationale pour l’obtention de preuves électroniques",
          en: "International cooperation for obtaining electronic evidence",
          es: "Cooperación internacional para la obtención de pruebas electrónicas",
        },
      },
    ],
  },
  {
    id: "information-sharing",
    number: "IV",
    heading: { fr: "Échange d’informations", en: "Information sharing", es: "Intercambio de información" },
    themes: ["information_sharing"],
    subsections: [],
  },
  {
    id: "research-analysis",
    number: "V",
    heading: { fr: "Recherche et analyse", en: "Research and analysis", es: "Investigación y análisis" },
    themes: ["research_analysis"],
    subsections: [],
  },
  {
    id: "prevention",
    number: "VI",
    heading: { fr: "Prévention", en: "Prevention", es: "Prevención" },
    themes: ["prevention"],
    subsections: [],
  },
  {
    id: "expert-group",
    number: "VII",
    heading: {
      fr: "Groupe d’experts chargé de réaliser une étude approfondie sur la cybercriminalité",
      en: "Expert Group to Conduct a Comprehensive Study on Cybercrime",
      es: "Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre el Delito Cibernético",
    },
    themes: [],
    subsections: [],
  },
];

// The Expert Group is a body, not a theme: its meetings are recognised by name.
const EXPERT_GROUP = /expert group|groupe d[’']experts|grupo de expertos/i;

/** Where an activity is told by default: Expert Group meetings in VII, everything else by its theme. */
export function placeOf(activity: Pick<Activity, "kind" | "theme" | "title">): {
  section: ReportPlace;
  subsection?: ReportPlace;
} {
  if (activity.kind === "meeting" && EXPERT_GROUP.test(activity.title)) return { section: "expert-group" };
  for (const section of SECTIONS) {
    if (section.themes.includes(activity.theme)) return { section: section.id };
    const subsection = section.subsections.find((s) => s.theme === activity.theme);
    if (subsection) return { section: section.id, subsection: subsection.id };
  }
  return { section: "capacity-building" };
}

/** The section a place is in, and the subsection if it is one: how a group placed by a manager is told. */
export function placeFromId(place: ReportPlace): { section: ReportPlace; subsection?: ReportPlace } {
  const section = SECTIONS.find((s) => s.subsections.some((sub) => sub.id === place));
  return section ? { section: section.id, subsection: place } : { section: place };
}
