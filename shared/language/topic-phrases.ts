// The topics a composed paragraph may name, in each language's words: a record's topics are typed
// in one language, so one is said only where it is recognised here (as typed in any of the three
// languages, or as part of a longer topic) and then in the report's own words; any other topic is
// left unsaid, never pasted into another language's prose.
import type { Language } from "./languages";

type Topic = Record<Language, string> & { also?: readonly string[] };

/** French and Spanish with their article, as « portant notamment sur » / « que abordaron » take them. */
const TOPICS: readonly Topic[] = [
  {
    en: "electronic evidence",
    fr: "les preuves électroniques",
    es: "las pruebas electrónicas",
    also: ["digital evidence", "e-evidence", "preuves numériques"],
  },
  {
    en: "cryptocurrency investigations",
    fr: "les enquêtes sur la cryptomonnaie",
    es: "las investigaciones sobre criptomonedas",
    also: ["cryptocurrency", "cryptocurrencies", "cybermonnaies", "cryptomonnaies"],
  },
  {
    en: "darknet investigations",
    fr: "les enquêtes sur le darknet",
    es: "las investigaciones en la red oscura",
    also: ["darknet", "dark web"],
  },
  {
    en: "digital forensics",
    fr: "la criminalistique numérique",
    es: "el análisis forense digital",
    also: ["forensic"],
  },
  {
    en: "online child sexual exploitation",
    fr: "l’exploitation sexuelle des enfants en ligne",
    es: "la explotación sexual de niños en línea",
    also: ["child sexual exploitation", "online child abuse"],
  },
  {
    en: "open-source intelligence",
    fr: "le renseignement de source ouverte",
    es: "la inteligencia de fuentes abiertas",
    also: ["osint"],
  },
  {
    en: "malware investigations",
    fr: "les enquêtes sur les logiciels malveillants",
    es: "las investigaciones sobre programas maliciosos",
    also: ["malware"],
  },
  { en: "mutual legal assistance", fr: "l’entraide judiciaire", es: "la asistencia judicial recíproca" },
  { en: "extradition", fr: "l’extradition", es: "la extradición" },
  {
    en: "cybercrime legislation",
    fr: "la législation sur la cybercriminalité",
    es: "la legislación sobre el delito cibernético",
    also: ["cybercrime law"],
  },
  {
    en: "cyberthreat intelligence",
    fr: "le renseignement sur les cybermenaces",
    es: "la inteligencia sobre ciberamenazas",
    also: ["cyber threat intelligence"],
  },
  { en: "victim identification", fr: "l’identification des victimes", es: "la identificación de víctimas" },
  {
    en: "cybercrime prevention",
    fr: "la prévention de la cybercriminalité",
    es: "la prevención del delito cibernético",
  },
  { en: "online safety", fr: "la sécurité en ligne", es: "la seguridad en línea" },
  {
    en: "money laundering",
    fr: "le blanchiment d’argent",
    es: "el blanqueo de dinero",
    also: ["anti-money-laundering"],
  },
];

const normal = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase()
    .replace(/[’']/g, " ")
    .replace(/^(les?|la|l|el|los|las|the)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

const FORMS = TOPICS.map((topic) => ({
  topic,
  forms: [topic.en, topic.fr, topic.es, ...(topic.also ?? [])].map(normal),
}));

/** The topic a record's typed topic is, in the report's words; undefined if it is not recognised. */
export function topicPhrase(typed: string, language: Language): string | undefined {
  const said = ` ${normal(typed)} `;
  const found =
    FORMS.find(({ forms }) => forms.some((form) => said.trim() === form)) ??
    FORMS.find(({ forms }) => forms.some((form) => said.includes(` ${form} `)));
  return found?.topic[language];
}
