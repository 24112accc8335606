// The structure of the annual report (E/CN.15/2020/12): its sections and subsections, the mandate
// each opens with, and the rule placing an activity in one of them.
import type { Activity } from "../domain/activity";
import type { Theme } from "../domain/vocabulary";
import type { Language } from "../language/languages";

type Text = Record<Language, string>;

export type Mandate = { resolution: string; paragraph: string; text: Text };

export type SectionDefinition = {
  id: string;
  number: string;
  heading: Text;
  mandate?: Mandate;
  /** Themes told at the section's top level, before any subsection. */
  themes: Theme[];
  subsections: { id: string; theme: Theme; heading: Text; mandate?: Mandate }[];
};

const RES = "74/173";

export const SECTIONS: SectionDefinition[] = [
  {
    id: "capacity-building",
    number: "III",
    heading: {
      fr: "Appui normatif et soutien au renforcement des capacités",
      en: "Normative support and capacity-building",
    },
    mandate: {
      resolution: RES,
      paragraph: "11",
      text: {
        fr: "Dans sa résolution 74/173, l’Assemblée générale a prié l’ONUDC de continuer à fournir aux États Membres, sur demande et en fonction de leurs besoins nationaux, une assistance technique et des services de renforcement durable des capacités pour les aider à faire face à la cybercriminalité, par l’intermédiaire du Programme mondial contre la cybercriminalité.",
        en: "In its resolution 74/173, the General Assembly requested UNODC to continue to provide, upon request and based on national needs, technical assistance and sustainable capacity-building to Member States to deal with cybercrime, through the Global Programme on Cybercrime.",
      },
    },
    themes: ["legislation_policy"],
    subsections: [
      {
        id: "investigations-forensics",
        theme: "investigations_forensics",
        heading: {
          fr: "Enquêtes sur la cybercriminalité et criminalistique numérique",
          en: "Cybercrime investigations and digital forensics",
        },
        mandate: {
          resolution: RES,
          paragraph: "6",
          text: {
            fr: "Dans sa résolution 74/173, l’Assemblée générale a prié instamment les États Membres d’encourager la formation des agents des services de détection et de répression, des autorités chargées des enquêtes, des procureurs et des juges dans le domaine de la cybercriminalité, notamment en leur permettant d’acquérir les compétences nécessaires en matière de collecte de preuves et de technologies de l’information.",
            en: "In its resolution 74/173, the General Assembly urged Member States to encourage the training of law enforcement officials, investigative authorities, prosecutors and judges in the field of cybercrime, including by providing them with the skills needed to gather evidence and in information technology.",
          },
        },
      },
      {
        id: "cryptocurrency-darknet",
        theme: "cryptocurrency_darknet",
        heading: {
          fr: "Enquêtes sur les cybermonnaies et le darknet",
          en: "Cryptocurrency and darknet investigations",
        },
        mandate: {
          resolution: RES,
          paragraph: "7",
          text: {
            fr: "Dans sa résolution 74/173, l’Assemblée générale a encouragé les États Membres à s’attacher à fournir aux autorités nationales, sur demande, une assistance technique et des services de renforcement durable des capacités pour qu’elles soient mieux à même de faire face à la cybercriminalité.",
            en: "In its resolution 74/173, the General Assembly encouraged Member States to strive to provide technical assistance and sustainable capacity-building to national authorities, upon request, with a view to improving their ability to deal with cybercrime.",
          },
        },
      },
      {
        id: "child-sexual-exploitation",
        theme: "child_sexual_exploitation",
        heading: {
          fr: "Exploitation et atteintes sexuelles visant les enfants sur Internet",
          en: "Online child sexual exploitation and abuse",
        },
        mandate: {
          resolution: "74/174",
          paragraph: "",
          text: {
            fr: "Dans sa résolution 74/174, l’Assemblée générale a prié l’ONUDC d’aider les États Membres qui le demandaient à élaborer et mettre en œuvre des mesures visant à améliorer l’accès à la justice et à la protection des enfants victimes d’exploitation et d’atteintes sexuelles sur Internet.",
            en: "In its resolution 74/174, the General Assembly requested UNODC to assist requesting Member States in developing and implementing measures to improve access to justice and protection for children who are victims of online sexual exploitation and abuse.",
          },
        },
      },
      {
        id: "terrorist-use-of-internet",
        theme: "terrorist_use_of_internet",
        heading: { fr: "Utilisation d’Internet à des fins terroristes", en: "Terrorist use of the Internet" },
      },
      {
        id: "international-cooperation",
        theme: "international_cooperation_evidence",
        heading: {
          fr: "Coopération internationale pour l’obtention de preuves électroniques",
          en: "International cooperation for obtaining electronic evidence",
        },
        mandate: {
          resolution: RES,
          paragraph: "5",
          text: {
            fr: "Dans sa résolution 74/173, l’Assemblée générale a encouragé les États Membres à élaborer et à adopter des mesures pour assurer au niveau national l’efficacité des enquêtes et des poursuites relatives aux affaires de cybercriminalité et aux infractions dans lesquelles les preuves électroniques jouent un rôle important et garantir une coopération internationale efficace à cet égard.",
            en: "In its resolution 74/173, the General Assembly encouraged Member States to develop and adopt measures to ensure the effective investigation and prosecution at the national level of cybercrime and of offences in which electronic evidence plays an important role, and to ensure effective international cooperation in this regard.",
          },
        },
      },
    ],
  },
  {
    id: "information-sharing",
    number: "IV",
    heading: { fr: "Échange d’informations", en: "Information sharing" },
    mandate: {
      resolution: RES,
      paragraph: "8",
      text: {
        fr: "Dans sa résolution 74/173, l’Assemblée générale a réaffirmé que, conformément à la résolution 22/8 de la Commission pour la prévention du crime et la justice pénale, l’ONUDC avait pour rôle de centraliser les données sur les lois et les enseignements relatifs à la cybercriminalité afin de faciliter l’évaluation continue des besoins et des capacités de la justice pénale ainsi que la prestation et la coordination de l’assistance technique.",
        en: "In its resolution 74/173, the General Assembly reaffirmed the role of UNODC, in accordance with Commission on Crime Prevention and Criminal Justice resolution 22/8, as a central data repository of cybercrime laws and lessons learned, with a view to facilitating the continued assessment of needs and criminal justice capabilities and the delivery and coordination of technical assistance.",
      },
    },
    themes: ["information_sharing"],
    subsections: [],
  },
  {
    id: "research-analysis",
    number: "V",
    heading: { fr: "Recherche et analyse", en: "Research and analysis" },
    mandate: {
      resolution: RES,
      paragraph: "9",
      text: {
        fr: "Dans sa résolution 74/173, l’Assemblée générale a prié l’ONUDC de continuer à recueillir périodiquement des informations sur l’évolution de la situation, les progrès accomplis et les meilleures pratiques recensées.",
        en: "In its resolution 74/173, the General Assembly requested UNODC to continue to periodically collect information on new developments, progress made and best practices identified.",
      },
    },
    themes: ["research_analysis"],
    subsections: [],
  },
  {
    id: "prevention",
    number: "VI",
    heading: { fr: "Prévention", en: "Prevention" },
    mandate: {
      resolution: RES,
      paragraph: "11",
      text: {
        fr: "Dans sa résolution 74/173, l’Assemblée générale a prié l’ONUDC de continuer à fournir une assistance technique en ce qui concerne la prévention de la cybercriminalité sous toutes ses formes.",
        en: "In its resolution 74/173, the General Assembly requested UNODC to continue to provide technical assistance with regard to the prevention of cybercrime in all its forms.",
      },
    },
    themes: ["prevention"],
    subsections: [],
  },
  {
    id: "expert-group",
    number: "VII",
    heading: {
      fr: "Groupe d’experts chargé de réaliser une étude approfondie sur la cybercriminalité",
      en: "Expert Group to Conduct a Comprehensive Study on Cybercrime",
    },
    mandate: {
      resolution: RES,
      paragraph: "2",
      text: {
        fr: "Dans sa résolution 74/173, l’Assemblée générale a estimé qu’il importait que le Groupe d’experts continue d’échanger des informations sur les législations nationales, les meilleures pratiques, l’assistance technique et la coopération internationale.",
        en: "In its resolution 74/173, the General Assembly recognized the importance of the Expert Group continuing to exchange information on national legislation, best practices, technical assistance and international cooperation.",
      },
    },
    themes: [],
    subsections: [],
  },
];

// The Expert Group is a body, not a theme: its meetings are recognised by name.
const EXPERT_GROUP = /expert group|groupe d[’']experts/i;

/** Where an activity is told: Expert Group meetings in VII, everything else by its theme. */
export function placeOf(activity: Pick<Activity, "kind" | "theme" | "title">): {
  section: string;
  subsection?: string;
} {
  if (activity.kind === "meeting" && EXPERT_GROUP.test(activity.title)) return { section: "expert-group" };
  for (const section of SECTIONS) {
    if (section.themes.includes(activity.theme)) return { section: section.id };
    const subsection = section.subsections.find((s) => s.theme === activity.theme);
    if (subsection) return { section: section.id, subsection: subsection.id };
  }
  return { section: SECTIONS[0]?.id ?? "" };
}
