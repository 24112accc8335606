// The words of the donor's page in each language.
import { NO_BREAK_SPACE } from "../../language/fr-typography";
import type { Language } from "../../language/languages";
import { formatNumber } from "../../language/numbers";
import { plural } from "../../language/plural";
import { frenchWords } from "../french-words";

const NBSP = NO_BREAK_SPACE;

const ENGLISH = {
  title: (donor: string, year: number) => `${donor} — activities funded in ${year}`,
  pickTitle: "Activities funded by a donor",
  pick: "Donor",
  pickHint: "Choose the organisation whose summary you want to see.",
  otherDonor: "See another donor",
  noDonors: "No donor is recorded.",
  unknownDonor: "This donor does not exist.",
  year: "Year",
  show: "Show",
  yearOption: (year: number, n: number) =>
    `${year} (${formatNumber(n, "en")} ${plural("en", n, "activity", "activities")})`,
  otherYears: "Other years with funded activities:",
  badYear: "The year asked for is not valid: choose a year between 2000 and 2100.",
  totals: "At a glance",
  validatedOnly: "Only the validated activities this organisation funds are counted.",
  activities: "Activities",
  countries: "Countries named",
  labs: "Laboratories",
  empty: "No validated activity funded by this organisation for this year.",
  byTheme: (name: string) => `${name} by thematic area`,
  byCountry: (name: string) => `${name} by country`,
  countryNote:
    "A country counts the people the records attribute to it: all of an activity’s when it is its only country, or its share where the record gives it. With “Not attributed to one country”, the column adds up to the total.",
  dashNote: "—: no one attributed to that country alone.",
  theme: "Thematic area",
  country: "Country",
  countryActivities: "Activities in which the country took part",
  total: "Total",
  labsHeading: "Laboratories set up or equipped",
  activityList: "The activities",
  moreActivities: "Next activities",
  participantsLine: (count: string, n: number) => `${count} ${plural("en", n, "participant", "participants")}`,
  download: "Download the activities (CSV)",
};

export type DonorWords = typeof ENGLISH;

const FRENCH: DonorWords = {
  title: (donor: string, year: number) => `${donor} — activités financées en ${year}`,
  pickTitle: "Activités financées par un donateur",
  pick: "Donateur",
  pickHint: "Choisissez l’organisation dont vous voulez voir le résumé.",
  otherDonor: "Voir un autre donateur",
  noDonors: "Aucun donateur n’est enregistré.",
  unknownDonor: "Ce donateur n’existe pas.",
  year: "Année",
  show: "Afficher",
  yearOption: (year: number, n: number) =>
    `${year} (${formatNumber(n, "fr")}${NBSP}${plural("fr", n, "activité", "activités")})`,
  otherYears: "Autres années avec des activités financées :",
  badYear: "L’année demandée n’est pas valable : choisissez une année entre 2000 et 2100.",
  totals: "En résumé",
  validatedOnly: "Seules les activités validées que cette organisation finance sont comptées.",
  activities: "Activités",
  countries: "Pays nommés",
  labs: "Laboratoires",
  empty: "Aucune activité validée financée par cette organisation pour cette année.",
  byTheme: (name: string) => `${name}, par domaine thématique`,
  byCountry: (name: string) => `${name}, par pays`,
  countryNote:
    "Un pays compte les personnes que les enregistrements lui attribuent : toutes celles d’une activité dont il est le seul pays, ou sa part là où l’enregistrement la donne. Avec « Non attribués à un seul pays », la colonne s’additionne au total.",
  dashNote: "— : personne n’est attribué à ce seul pays.",
  theme: "Domaine thématique",
  country: "Pays",
  countryActivities: "Activités auxquelles le pays a pris part",
  total: "Total",
  labsHeading: "Laboratoires mis en place ou équipés",
  activityList: "Les activités",
  moreActivities: "Activités suivantes",
  participantsLine: (count: string, n: number) => `${count}${NBSP}${plural("fr", n, "participant", "participants")}`,
  download: "Télécharger les activités (CSV)",
};

const SPANISH: DonorWords = {
  title: (donor: string, year: number) => `${donor}: actividades financiadas en ${year}`,
  pickTitle: "Actividades financiadas por un donante",
  pick: "Donante",
  pickHint: "Elija la organización cuyo resumen desea ver.",
  otherDonor: "Ver otro donante",
  noDonors: "No hay ningún donante registrado.",
  unknownDonor: "Este donante no existe.",
  year: "Año",
  show: "Mostrar",
  yearOption: (year: number, n: number) =>
    `${year} (${formatNumber(n, "es")} ${plural("es", n, "actividad", "actividades")})`,
  otherYears: "Otros años con actividades financiadas:",
  badYear: "El año solicitado no es válido: elija un año entre 2000 y 2100.",
  totals: "De un vistazo",
  validatedOnly: "Solo se cuentan las actividades validadas que financia esta organización.",
  activities: "Actividades",
  countries: "Países nombrados",
  labs: "Laboratorios",
  empty: "Ninguna actividad validada financiada por esta organización en este año.",
  byTheme: (name: string) => `${name}, por esfera temática`,
  byCountry: (name: string) => `${name}, por país`,
  countryNote:
    "Un país cuenta las personas que los registros le atribuyen: todas las de una actividad de la que es el único país, o su parte cuando el registro la indica. Con “No atribuidos a un solo país”, la columna suma el total.",
  dashNote: "—: nadie atribuido solo a ese país.",
  theme: "Esfera temática",
  country: "País",
  countryActivities: "Actividades en las que participó el país",
  total: "Total",
  labsHeading: "Laboratorios establecidos o equipados",
  activityList: "Las actividades",
  moreActivities: "Actividades siguientes",
  participantsLine: (count: string, n: number) => `${count} ${plural("es", n, "participante", "participantes")}`,
  download: "Descargar las actividades (CSV)",
};

export const DONOR_WORDS: Record<Language, DonorWords> = { fr: frenchWords(FRENCH), en: ENGLISH, es: SPANISH };
