// 2019 meeting of the Expert Group on Cybercrime, section VII (E/CN.15/2020/12, paragraph 49).
import type { SeedActivity } from "../seed-set";

export const expertGroupActivities2019: SeedActivity[] = [
  {
    id: "2019-p49-expert-group-fifth-meeting",
    kind: "meeting",
    theme: "investigations_forensics",
    title: "Fifth meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime",
    startDate: "2019-03-27",
    endDate: "2019-03-29",
    year: 2019,
    topics: [
      "law enforcement and investigations",
      "electronic evidence and criminal justice",
      "human rights and privacy",
    ],
    narrative: {
      fr: "La cinquième réunion du Groupe d’experts chargé de réaliser une étude approfondie sur la cybercriminalité, tenue du 27 au 29 mars 2019, a été consacrée aux activités de détection et de répression, aux enquêtes, aux preuves électroniques et à la justice pénale. Le Groupe d’experts a été informé de succès obtenus au niveau national dans l’application de mesures juridiques et procédurales, l’élaboration de stratégies et politiques de cybersécurité, l’amélioration de la législation sur la cybercriminalité, la mise en place de nouveaux outils d’enquête pour rassembler des preuves électroniques et en établir l’authenticité, et l’utilisation plus efficace des ressources. Ont été soulignés la nécessité de pouvoirs procéduraux appropriés pour obtenir des preuves électroniques, les problèmes liés aux conflits de compétence territoriale et l’équilibre à trouver entre une répression efficace et la protection des droits humains, en particulier le droit à la vie privée. Le Groupe d’experts a estimé que la priorité devait être accordée au renforcement durable des capacités des systèmes nationaux de détection et de répression et de justice pénale.",
      en: "The fifth meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime, held from 27 to 29 March 2019, was devoted to law enforcement, investigations, electronic evidence and criminal justice. The Expert Group heard of national successes in applying legal and procedural measures, developing cybersecurity strategies and policies, improving cybercrime legislation, introducing new investigative tools to gather electronic evidence and establish its authenticity, and using resources more effectively. The need for appropriate procedural powers to obtain electronic evidence, the problems of conflicting territorial jurisdiction and the balance between effective law enforcement and the protection of human rights, in particular privacy, were stressed. The Expert Group considered that priority should go to sustainable capacity-building in national law enforcement and criminal justice systems.",
    },
    notes:
      "Section VII, outside paragraphs 12–46; encoded because it is the Expert Group meeting held in 2019. E/CN.15/2020/12 does not give the venue (Vienna, per the Expert Group's own report of 12 April 2019), so no place is recorded. Theme chosen as the closest to the meeting's subject (law enforcement, investigations, electronic evidence).",
    source: { document: "E/CN.15/2020/12", paragraph: "49" },
  },
];
