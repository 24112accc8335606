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
  participants: "Participants",
  countries: "Countries",
  labs: "Laboratories",
  empty: "No validated activity funded by this organisation for this year.",
  byTheme: "Participants by thematic area",
  byCountry: "Participants by country",
  countryNote: "Each country counts all the participants of the activities it took part in.",
  theme: "Thematic area",
  country: "Country",
  labsHeading: "Laboratories set up or equipped",
  activityList: "The activities",
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
  participants: "Participants",
  countries: "Pays",
  labs: "Laboratoires",
  empty: "Aucune activité validée financée par cette organisation pour cette année.",
  byTheme: "Participants par domaine thématique",
  byCountry: "Participants par pays",
  countryNote: "Chaque pays compte tous les participants des activités auxquelles il a pris part.",
  theme: "Domaine thématique",
  country: "Pays",
  labsHeading: "Laboratoires mis en place ou équipés",
  activityList: "Les activités",
  participantsLine: (count: string, n: number) => `${count}${NBSP}${plural("fr", n, "participant", "participants")}`,
  download: "Télécharger les activités (CSV)",
};

export const DONOR_WORDS: Record<Language, DonorWords> = { fr: frenchWords(FRENCH), en: ENGLISH };
