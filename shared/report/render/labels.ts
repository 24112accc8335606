// The words and typography the renderers add around the model's text, in each report language.
import { formatDate, formatDateRange } from "../../language/dates";
import { NO_BREAK_SPACE } from "../../language/fr-typography";
import type { Language } from "../../language/languages";
import { quote } from "../../language/lists";
import { formatDifference } from "../../language/numbers";
import type { ReportModel } from "../model";

export type RecordKind = ReportModel["records"][string]["kind"];

export type Labels = {
  yearLine: (year: number) => string;
  /** The working annex's title: what a drafter checks, not sent to the Commission. */
  annexTitle: (year: number) => string;
  notes: string;
  /** At the head of the first page, opposite the symbol. */
  organization: string;
  preview: string;
  unvalidated: string;
  summary: string;
  reconciliation: string;
  /** Says which way the difference goes, as the sign alone does not. */
  reconciliationCaption: string;
  columns: { indicator: string; published: string; recorded: string; difference: string; meaning: string };
  totals: string;
  figureSources: string;
  figureSourcesIntro: string;
  figure: (n: number) => string;
  paragraph: (n: number) => string;
  noRecords: string;
  /** The link of a figure's sources to the list of the records it counts, page by page. */
  drillDown: string;
  unknownRecord: string;
  kinds: Record<RecordKind, string>;
  statuses: Record<string, string>;
  generated: (date: string) => string;
};

const NBSP = NO_BREAK_SPACE;

// Dates and signed figures are the language's (shared/language/); re-exported for the renderers and pages.
export { formatDate, formatDateRange, formatDifference };

export const LABELS: Record<Language, Labels> = {
  fr: {
    yearLine: (year) => `Année considérée${NBSP}: ${year}`,
    annexTitle: (year) => `Rapport annuel ${year} — annexe de travail (non destinée à la Commission)`,
    notes: "Notes",
    organization: "Nations Unies",
    preview: "Aperçu — comprend des activités soumises non encore validées",
    unvalidated: "soumis, non validé",
    summary: "Résumé",
    reconciliation: "Rapprochement avec les chiffres publiés",
    reconciliationCaption: "Écart = chiffre publié − chiffre calculé à partir des enregistrements",
    columns: {
      indicator: "Indicateur",
      published: "Chiffre publié (source)",
      recorded: "D’après les enregistrements",
      difference: "Écart",
      meaning: "Ce que l’écart signifie",
    },
    totals: "Totaux",
    figureSources: "Sources des chiffres",
    figureSourcesIntro: "Chaque chiffre du rapport renvoie ici aux enregistrements qu’il compte.",
    figure: (n) => `Chiffre ${n}`,
    paragraph: (n) => `paragraphe ${n}`,
    noRecords: "Aucun enregistrement",
    drillDown: "Liste des enregistrements qu’il compte",
    unknownRecord: "enregistrement introuvable",
    kinds: { activity: "activité", lab: "laboratoire", figure: "chiffre publié" },
    statuses: { draft: "brouillon", submitted: "soumis", validated: "validé" },
    generated: (date) => `Généré le ${date}`,
  },
  en: {
    yearLine: (year) => `Year covered: ${year}`,
    annexTitle: (year) => `Annual report ${year} — working annex (not for the Commission)`,
    notes: "Notes",
    organization: "United Nations",
    preview: "Preview — includes submitted activities not yet validated",
    unvalidated: "submitted, not validated",
    summary: "Summary",
    reconciliation: "Reconciliation with published figures",
    reconciliationCaption: "Difference = published figure − figure computed from the records",
    columns: {
      indicator: "Indicator",
      published: "Published figure (source)",
      recorded: "From the records",
      difference: "Difference",
      meaning: "What the difference means",
    },
    totals: "Totals",
    figureSources: "Sources of the figures",
    figureSourcesIntro: "Each figure in the report links here to the records it counts.",
    figure: (n) => `Figure ${n}`,
    paragraph: (n) => `paragraph ${n}`,
    noRecords: "No records",
    drillDown: "List of the records it counts",
    unknownRecord: "record not found",
    kinds: { activity: "activity", lab: "lab", figure: "published figure" },
    statuses: { draft: "draft", submitted: "submitted", validated: "validated" },
    generated: (date) => `Generated on ${date}`,
  },
  es: {
    yearLine: (year) => `Año que se examina: ${year}`,
    annexTitle: (year) => `Informe anual ${year}: anexo de trabajo (no destinado a la Comisión)`,
    notes: "Notas",
    organization: "Naciones Unidas",
    preview: "Vista previa: incluye actividades presentadas aún no validadas",
    unvalidated: "presentado, no validado",
    summary: "Resumen",
    reconciliation: "Conciliación con las cifras publicadas",
    reconciliationCaption: "Diferencia = cifra publicada − cifra calculada a partir de los registros",
    columns: {
      indicator: "Indicador",
      published: "Cifra publicada (fuente)",
      recorded: "Según los registros",
      difference: "Diferencia",
      meaning: "Qué significa la diferencia",
    },
    totals: "Totales",
    figureSources: "Fuentes de las cifras",
    figureSourcesIntro: "Cada cifra del informe remite aquí a los registros que cuenta.",
    figure: (n) => `Cifra ${n}`,
    paragraph: (n) => `párrafo ${n}`,
    noRecords: "Ningún registro",
    drillDown: "Lista de los registros que cuenta",
    unknownRecord: "registro no encontrado",
    kinds: { activity: "actividad", lab: "laboratorio", figure: "cifra publicada" },
    statuses: { draft: "borrador", submitted: "presentado", validated: "validado" },
    generated: (date) => `Generado el ${date}`,
  },
};

export const labelsFor = (language: Language): Labels => LABELS[language];

/** A quote inline holds the bare title; the marks (and French spacing) belong to the language. */
export function quoted(text: string, language: Language): string {
  return quote(text, language);
}

/** Subsections are lettered A, B, … Z, then AA, AB, … as in UN documents. */
export function subsectionLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function statusLabel(status: string, language: Language): string {
  return LABELS[language].statuses[status] ?? status;
}

/**
 * A totals table's header row, label column included. The model leaves open whether `columns`
 * names the label column too, so a list one short of the row gets an empty first header.
 */
export function tableHeader(table: ReportModel["tables"][number]): string[] {
  const width = Math.max(0, ...table.rows.map((row) => row.cells.length));
  return table.columns.length === width ? ["", ...table.columns] : table.columns;
}

/**
 * A subparagraph's letter as the UN prints it: « a) » in French and Spanish, "(a)" in English. The
 * letters and the marks around them, for Word's numbering ("%2)" or "(%2)") and for the text formats.
 */
export const ITEM_MARKS: Record<Language, { before: string; after: string }> = {
  fr: { before: "", after: ")" },
  en: { before: "(", after: ")" },
  es: { before: "", after: ")" },
};

export function itemLetter(index: number, language: Language): string {
  const { before, after } = ITEM_MARKS[language];
  return `${before}${subsectionLetter(index).toLowerCase()}${after}`;
}
