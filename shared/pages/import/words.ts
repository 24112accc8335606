// The import page's words, in each language.
import type { Language } from "../../language/languages";
import { plural } from "../../language/plural";

const fr = (n: number, one: string, other: string) => plural("fr", n, one, other);
const es = (n: number, one: string, other: string) => plural("es", n, one, other);

type ImportWords = {
  nav: string;
  title: string;
  intro: string;
  template: string;
  templateCsv: string;
  file: string;
  submit: string;
  check: string;
  commit: string;
  again: string;
  problems: (count: number) => string;
  none: string;
  wouldBe: (create: number, update: number, unchanged: number) => string;
  were: (create: number, update: number, unchanged: number) => string;
  create: string;
  update: string;
  row: string;
  reference: string;
  titleColumn: string;
  noFile: string;
  queued: string;
  /** With {rows}: the page's script fills it in as the job goes. */
  checking: string;
  /** With {written} and {toWrite}. */
  writing: string;
  refresh: string;
  failed: (error: string) => string;
  another: string;
};

export const IMPORT_WORDS: Record<Language, ImportWords> = {
  en: {
    nav: "Import",
    title: "Import a spreadsheet",
    intro:
      "One row per activity, in the template's columns. Check the file first: nothing is written until it has no problem.",
    template: "Excel template",
    templateCsv: "CSV template",
    file: "Spreadsheet (.xlsx or .csv, at most 4 MB)",
    submit: "Submit the new records for validation (otherwise they are drafts)",
    check: "Check the file",
    commit: "Import",
    again: "To import it, choose the file again and press Import.",
    problems: (count) => `${count} problem${count === 1 ? "" : "s"}: nothing was written`,
    none: "No problem.",
    wouldBe: (c, u, n) => `${c} would be created, ${u} updated, ${n} unchanged.`,
    were: (c, u, n) => `${c} created, ${u} updated, ${n} unchanged.`,
    create: "New records",
    update: "Changed records",
    row: "Row",
    reference: "Record",
    titleColumn: "Title",
    noFile: "Choose a file first.",
    queued: "The file is uploaded; its import starts in a moment.",
    checking: "Reading and checking {rows} rows…",
    writing: "Written: {written} of {toWrite} records.",
    refresh: "See where it stands",
    failed: (error) => `The import stopped: ${error}`,
    another: "Import another file",
  },
  fr: {
    nav: "Importer",
    title: "Importer un tableur",
    intro:
      "Une ligne par activité, dans les colonnes du modèle. Vérifiez d’abord le fichier : rien n’est écrit tant qu’il a un problème.",
    template: "Modèle Excel",
    templateCsv: "Modèle CSV",
    file: "Tableur (.xlsx ou .csv, 4 Mo au plus)",
    submit: "Soumettre les nouveaux enregistrements pour validation (sinon ce sont des brouillons)",
    check: "Vérifier le fichier",
    commit: "Importer",
    again: "Pour l’importer, choisissez de nouveau le fichier et appuyez sur Importer.",
    problems: (count) => `${count} ${fr(count, "problème", "problèmes")} : rien n’a été écrit`,
    none: "Aucun problème.",
    wouldBe: (c, u, n) =>
      `${c} ${fr(c, "serait créé", "seraient créés")}, ${u} ${fr(u, "modifié", "modifiés")}, ${n} ${fr(n, "inchangé", "inchangés")}.`,
    were: (c, u, n) =>
      `${c} ${fr(c, "créé", "créés")}, ${u} ${fr(u, "modifié", "modifiés")}, ${n} ${fr(n, "inchangé", "inchangés")}.`,
    create: "Nouveaux enregistrements",
    update: "Enregistrements modifiés",
    row: "Ligne",
    reference: "Enregistrement",
    titleColumn: "Titre",
    noFile: "Choisissez d’abord un fichier.",
    queued: "Le fichier est reçu ; son importation commence dans un instant.",
    checking: "Lecture et vérification de {rows} lignes…",
    writing: "Écrits : {written} enregistrements sur {toWrite}.",
    refresh: "Voir où elle en est",
    failed: (error) => `L’importation s’est arrêtée : ${error}`,
    another: "Importer un autre fichier",
  },
  es: {
    nav: "Importar",
    title: "Importar una hoja de cálculo",
    intro:
      "Una fila por actividad, en las columnas de la plantilla. Compruebe primero el archivo: no se escribe nada mientras tenga algún problema.",
    template: "Plantilla de Excel",
    templateCsv: "Plantilla CSV",
    file: "Hoja de cálculo (.xlsx o .csv, 4 MB como máximo)",
    submit: "Presentar los nuevos registros para validación (si no, quedan como borradores)",
    check: "Comprobar el archivo",
    commit: "Importar",
    again: "Para importarlo, vuelva a elegir el archivo y pulse Importar.",
    problems: (count) => `${count} ${count === 1 ? "problema" : "problemas"}: no se escribió nada`,
    none: "Ningún problema.",
    wouldBe: (c, u, n) =>
      `Se ${es(c, "crearía", "crearían")} ${c}, se ${es(u, "modificaría", "modificarían")} ${u} y ${es(n, "quedaría", "quedarían")} sin cambios ${n}.`,
    were: (c, u, n) => `Creados: ${c}; modificados: ${u}; sin cambios: ${n}.`,
    create: "Registros nuevos",
    update: "Registros modificados",
    row: "Fila",
    reference: "Registro",
    titleColumn: "Título",
    noFile: "Elija primero un archivo.",
    queued: "El archivo se recibió; su importación empieza en un momento.",
    checking: "Lectura y comprobación de {rows} filas…",
    writing: "Escritos: {written} de {toWrite} registros.",
    refresh: "Ver en qué punto está",
    failed: (error) => `La importación se detuvo: ${error}`,
    another: "Importar otro archivo",
  },
};
