// The words of the manager's pages (dashboard, validation queue, report) in each language.
import { NO_BREAK_SPACE } from "../../language/fr-typography";
import type { Language } from "../../language/languages";
import { formatNumber } from "../../language/numbers";
import { plural } from "../../language/plural";
import { frenchWords } from "../french-words";

const NBSP = NO_BREAK_SPACE;

const ENGLISH = {
  year: "Year",
  show: "Show",
  yearOption: (year: number, n: number) =>
    `${year} (${formatNumber(n, "en")} ${plural("en", n, "activity", "activities")})`,
  otherYears: "Other years with records:",
  badYear: "The year asked for is not valid: choose a year between 2000 and 2100.",
  previewToggle: "Include submitted records not yet validated (preview)",
  official: "Official figures: validated records only.",
  preview: "Preview: validated records and submitted records not yet validated.",
  dashboard: {
    title: (year: number) => `Dashboard ${year}`,
    totals: "Totals of the year",
    participants: "Participants",
    practitioners: "Criminal justice practitioners trained",
    practitionersHint:
      "Participants in trainings, other than teachers, students, parents, civil society and the private sector.",
    countries: "Countries named",
    unnamedCountries: (n: number) =>
      `and ${formatNumber(n, "en")} ${plural("en", n, "country", "countries")} the sources do not name`,
    activities: "Activities",
    labs: "Laboratories set up or equipped",
    empty: "No record counts for this year yet.",
    byTheme: "Participants by thematic area",
    byRegion: "Participants by region and sub-region",
    regionNote:
      "An activity counts in every region it reached, so regions do not add up. The table also gives the intermediate regions.",
    byCountry: (n: number) =>
      n === 1 ? "The country with the most participants" : `The ${n} countries with the most participants`,
    allCountries: "Participants by country (all countries)",
    countryNote:
      "Each country counts all the participants of the activities it took part in, so countries do not add up.",
    bySex: "Participants by sex",
    theme: "Thematic area",
    region: "Region",
    country: "Country",
    sex: "Sex",
    activitiesColumn: "Activities",
  },
  validation: {
    title: "Validation",
    intro: "The records mentors have submitted, oldest first.",
    empty: "No record is waiting for validation.",
    kind: "Kind",
    theme: "Thematic area",
    dates: "Dates",
    countries: "Countries",
    region: "Region",
    partners: "Partners",
    donors: "Donors",
    participants: "Participants",
    professions: "By profession",
    mentor: "Mentor",
    source: "Source",
    submitted: "Submitted on",
    outcomes: "Outcomes",
    notes: "Internal notes",
    narrative: "Text for the report",
    narrativeIn: { fr: "In French", en: "In English" } satisfies Record<Language, string>,
    validate: "Validate",
    returnLegend: "Return to the mentor",
    comment: "Comment for the mentor (required)",
    commentHint: "Say what to correct or complete.",
    returnButton: "Return to mentor",
    validated: (title: string) => `“${title}” is validated and now counts in the official figures.`,
    returned: (title: string) => `“${title}” was returned to its mentor with your comment.`,
    stale: (version: number) =>
      `This record was changed since the page was opened (it is now at version ${version}). Read it again below, then decide again.`,
    notSubmitted: "This record is no longer waiting for validation: someone has already validated or returned it.",
    gone: "This record no longer exists.",
    busy: "Someone was changing this record at the same moment: try again.",
    commentRequired: "Say why the record is returned to its mentor.",
    badForm: "The form sent was incomplete: reload the page and try again.",
    nextPage: "Next page",
    firstPage: "Back to the start of the queue",
  },
  report: {
    title: (year: number) => `Annual report ${year}`,
    downloads: "Download the report",
    languages: { fr: "In French", en: "In English" } satisfies Record<Language, string>,
    formats: { docx: "Word (.docx)", md: "Markdown (.md)", json: "JSON", html: "HTML page to print" },
    exports: "Export the year’s activities",
    exportsHint: "One row per activity the report counts, with its figures.",
    csv: "CSV",
    xlsx: "Excel (.xlsx)",
    reconciliation: "Reconciliation with published figures",
    noPublished: "No figure was published for this year: the report gives the computed figures.",
    previewHeading: "The report",
  },
};

export type ManagerWords = typeof ENGLISH;

const FRENCH: ManagerWords = {
  year: "Année",
  show: "Afficher",
  yearOption: (year: number, n: number) =>
    `${year} (${formatNumber(n, "fr")}${NBSP}${plural("fr", n, "activité", "activités")})`,
  otherYears: "Autres années comptant des enregistrements :",
  badYear: "L’année demandée n’est pas valable : choisissez une année entre 2000 et 2100.",
  previewToggle: "Inclure les enregistrements soumis, non encore validés (aperçu)",
  official: "Chiffres officiels : enregistrements validés uniquement.",
  preview: "Aperçu : enregistrements validés et enregistrements soumis, non encore validés.",
  dashboard: {
    title: (year: number) => `Tableau de bord ${year}`,
    totals: "Totaux de l’année",
    participants: "Participants",
    practitioners: "Praticiens de la justice pénale formés",
    practitionersHint:
      "Participants aux formations, hors enseignants, étudiants, parents, société civile et secteur privé.",
    countries: "Pays nommés",
    unnamedCountries: (n: number) =>
      `et ${formatNumber(n, "fr")}${NBSP}pays ${plural("fr", n, "non nommé", "non nommés")} dans les sources`,
    activities: "Activités",
    labs: "Laboratoires mis en place ou équipés",
    empty: "Aucun enregistrement ne compte encore pour cette année.",
    byTheme: "Participants par domaine thématique",
    byRegion: "Participants par région et sous-région",
    regionNote:
      "Une activité compte dans chaque région qu’elle a touchée : les régions ne s’additionnent pas. Le tableau donne aussi les régions intermédiaires.",
    byCountry: (n: number) =>
      n === 1 ? "Le pays ayant le plus de participants" : `Les ${n}${NBSP}pays ayant le plus de participants`,
    allCountries: "Participants par pays (tous les pays)",
    countryNote:
      "Chaque pays compte tous les participants des activités auxquelles il a pris part : les pays ne s’additionnent pas.",
    bySex: "Participants par sexe",
    theme: "Domaine thématique",
    region: "Région",
    country: "Pays",
    sex: "Sexe",
    activitiesColumn: "Activités",
  },
  validation: {
    title: "Validation",
    intro: "Les enregistrements soumis par les mentors, du plus ancien au plus récent.",
    empty: "Aucun enregistrement n’attend de validation.",
    kind: "Type",
    theme: "Domaine thématique",
    dates: "Dates",
    countries: "Pays",
    region: "Région",
    partners: "Partenaires",
    donors: "Donateurs",
    participants: "Participants",
    professions: "Par profession",
    mentor: "Mentor",
    source: "Source",
    submitted: "Soumis le",
    outcomes: "Résultats",
    notes: "Notes internes",
    narrative: "Texte pour le rapport",
    narrativeIn: { fr: "En français", en: "En anglais" },
    validate: "Valider",
    returnLegend: "Renvoyer au mentor",
    comment: "Commentaire pour le mentor (obligatoire)",
    commentHint: "Dites ce qu’il faut corriger ou compléter.",
    returnButton: "Renvoyer au mentor",
    validated: (title: string) =>
      `«${NBSP}${title}${NBSP}» est validé et compte désormais dans les chiffres officiels.`,
    returned: (title: string) => `«${NBSP}${title}${NBSP}» a été renvoyé à son mentor avec votre commentaire.`,
    stale: (version: number) =>
      `Cet enregistrement a été modifié depuis l’ouverture de la page (il en est à la version ${version}). Relisez-le ci-dessous, puis décidez à nouveau.`,
    notSubmitted: "Cet enregistrement n’attend plus de validation : quelqu’un l’a déjà validé ou renvoyé.",
    gone: "Cet enregistrement n’existe plus.",
    busy: "Quelqu’un modifiait cet enregistrement au même moment : réessayez.",
    commentRequired: "Dites pourquoi l’enregistrement est renvoyé à son mentor.",
    badForm: "Le formulaire envoyé est incomplet : rechargez la page et recommencez.",
    nextPage: "Page suivante",
    firstPage: "Revenir au début de la file",
  },
  report: {
    title: (year: number) => `Rapport annuel ${year}`,
    downloads: "Télécharger le rapport",
    languages: { fr: "En français", en: "En anglais" },
    formats: { docx: "Word (.docx)", md: "Markdown (.md)", json: "JSON", html: "Page HTML à imprimer" },
    exports: "Exporter les activités de l’année",
    exportsHint: "Une ligne par activité comptée dans le rapport, avec ses chiffres.",
    csv: "CSV",
    xlsx: "Excel (.xlsx)",
    reconciliation: "Rapprochement avec les chiffres publiés",
    noPublished: "Aucun chiffre n’a été publié pour cette année : le rapport donne les chiffres calculés.",
    previewHeading: "Le rapport",
  },
};

export const MANAGER_WORDS: Record<Language, ManagerWords> = { fr: frenchWords(FRENCH), en: ENGLISH };
