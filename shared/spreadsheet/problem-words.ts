// What the import says is wrong with a file, a row or a cell, in the reader's language. English is
// the API's default and its wording is quoted by clients and the README; French follows the UN's
// typography (no-break spaces before « : », « ; », « ? » and inside guillemets), Spanish its “ ” quotes.
import type { z } from "zod";
import { frenchPunctuation } from "../language/fr-typography";
import { localIssueMessage } from "../language/issues";
import type { Language } from "../language/languages";

/** The lists a value is looked up in, for "'Kenja' is not a country". */
export type ChoiceKind = "country" | "kind" | "theme" | "donor" | "qualifier" | "mentor";

export type ProblemWords = {
  row: (row: number) => string;
  /** A problem's place (row, column) and what is wrong there. */
  line: (where: string, message: string) => string;
  // Cells
  notText: (shown: string) => string;
  notWhole: (shown: string) => string;
  notNumber: (shown: string) => string;
  serialDate: (shown: string) => string;
  notDate: (shown: string) => string;
  notChoice: (typed: string, kind: ChoiceKind, suggestion?: string) => string;
  notPair: (part: string) => string;
  notSource: (typed: string) => string;
  notRegion: (typed: string) => string;
  notOutcomes: string;
  // Columns and rows
  notColumn: (index: number, name: string) => string;
  twice: (header: string) => string;
  missing: (headers: string[]) => string;
  formula: (formula: string) => string;
  badReference: (reference: string) => string;
  sameReference: (reference: string, row: number) => string;
  required: string;
  /** An issue of the activity's schema: the API's own words in English, the pages' in French and Spanish. */
  schemaIssue: (issue: z.core.$ZodIssue) => string;
  // The file as a whole
  empty: string;
  oldExcel: string;
  notUtf8: string;
  notCsvText: string;
  csv: (reason: string) => string;
  tooMany: (rows: number, most: number) => string;
  notWorkbook: string;
  noSheet: string;
  merged: (ranges: string) => string;
  // What the rows would do to the records
  ownOnly: string;
  refused: (id: string, why: string) => string;
  stale: (id: string, current: number, sent: number) => string;
  /** Why a row may not change its record, from the policy's own (English) reason; `missing` when the record is not there. */
  reason: (policy: string, missing: boolean) => string;
};

/** The policy's reasons a row may meet, said in another language, or a general one. */
const reasonIn =
  (reasons: Record<string, string>, notAllowed: string, gone: string) => (policy: string, missing: boolean) =>
    reasons[policy] ?? (missing ? gone : notAllowed);

const ENGLISH: ProblemWords = {
  row: (row) => `row ${row}`,
  line: (where, message) => `${where}: ${message}`,
  notText: (shown) => `${shown} is not text`,
  notWhole: (shown) => `${shown} is not a whole number`,
  notNumber: (shown) => `'${shown}' is not a number: type the figure alone (its qualifier has its own column)`,
  serialDate: (shown) => `${shown} looks like an Excel serial date: type the date as text, YYYY-MM-DD`,
  notDate: (shown) => `'${shown}' is not a date as YYYY-MM-DD`,
  notChoice: (typed, kind, suggestion) =>
    `'${typed}' is not ${ENGLISH_KINDS[kind]}${suggestion ? ` — did you mean ${suggestion}?` : ""}`,
  notPair: (part) => `'${part}' is not COUNTRY:number`,
  notSource: (typed) => `'${typed}' is not 'document, ¶paragraph' (E/CN.15/2020/12, ¶22)`,
  notRegion: (typed) => `'${typed}' is not a UN M49 region code (e.g. 014 for Eastern Africa)`,
  notOutcomes: "is not a list of outcomes as the export writes them (JSON, see the About sheet)",
  notColumn: (index, name) => `column ${index}, '${name}', is not a column of the template`,
  twice: (header) => `the column ${header} is there twice`,
  missing: (headers) => `missing column${headers.length > 1 ? "s" : ""}: ${headers.join(", ")}`,
  formula: (formula) => `a formula (=${formula}): type its value instead`,
  badReference: (reference) => `'${reference}': use 1–64 letters, digits, '-' or '_'`,
  sameReference: (reference, row) => `'${reference}' is already the reference of row ${row}`,
  required: "is required",
  schemaIssue: (issue) => issue.message,
  empty: "the file is empty",
  oldExcel: "this is an old Excel file (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8",
  notUtf8: "the file is neither an Excel workbook (.xlsx) nor CSV in UTF-8",
  notCsvText: "the file is neither an Excel workbook (.xlsx) nor CSV text",
  csv: (reason) => `the CSV cannot be read: ${reason}`,
  tooMany: (rows, most) => `the file has ${rows} rows; an import takes at most ${most}: split it into several files`,
  notWorkbook: "the file is not an Excel workbook Excel can open (.xlsx)",
  noSheet: "the workbook has no sheet",
  merged: (ranges) => `merged cells (${ranges}): unmerge them`,
  ownOnly: "mentors import their own activities: leave it empty",
  refused: (id, why) => `record ${id}: ${why}`,
  stale: (id, current, sent) =>
    `record ${id} is at version ${current}, not ${sent}: someone changed it since the file was made`,
  reason: (policy) => policy,
};

const ENGLISH_KINDS: Record<ChoiceKind, string> = {
  country: "a country",
  kind: "a kind of activity",
  theme: "a theme",
  donor: "a donor",
  qualifier: "a qualifier",
  mentor: "a mentor",
};

const FRENCH_KINDS: Record<ChoiceKind, string> = {
  country: "un pays",
  kind: "un type d’activité",
  theme: "un domaine thématique",
  donor: "un donateur",
  qualifier: "un qualificatif",
  mentor: "un mentor",
};

const SPANISH_KINDS: Record<ChoiceKind, string> = {
  country: "un país",
  kind: "un tipo de actividad",
  theme: "una esfera temática",
  donor: "un donante",
  qualifier: "un calificativo",
  mentor: "un mentor",
};

const FRENCH: ProblemWords = {
  row: (row) => `ligne ${row}`,
  line: (where, message) => `${where} : ${message}`,
  notText: (shown) => `${shown} n’est pas un texte`,
  notWhole: (shown) => `${shown} n’est pas un nombre entier`,
  notNumber: (shown) =>
    `« ${shown} » n’est pas un nombre : indiquez le chiffre seul (son qualificatif a sa propre colonne)`,
  serialDate: (shown) =>
    `${shown} ressemble à une date en numéro de série Excel : saisissez la date comme texte, AAAA-MM-JJ`,
  notDate: (shown) => `« ${shown} » n’est pas une date sous la forme AAAA-MM-JJ`,
  notChoice: (typed, kind, suggestion) =>
    `« ${typed} » n’est pas ${FRENCH_KINDS[kind]}${suggestion ? ` — vouliez-vous dire ${suggestion} ?` : ""}`,
  notPair: (part) => `« ${part} » n’est pas de la forme PAYS:nombre`,
  notSource: (typed) => `« ${typed} » n’est pas de la forme « document, ¶paragraphe » (E/CN.15/2020/12, ¶22)`,
  notRegion: (typed) =>
    `« ${typed} » n’est pas un code de région M49 de l’ONU (par exemple 014 pour l’Afrique de l’Est)`,
  notOutcomes: "n’est pas une liste de résultats telle que l’export l’écrit (JSON, voir la feuille « À propos »)",
  notColumn: (index, name) => `colonne ${index}, « ${name} » : ce n’est pas une colonne du modèle`,
  twice: (header) => `la colonne ${header} figure deux fois`,
  missing: (headers) => `${headers.length > 1 ? "colonnes manquantes" : "colonne manquante"} : ${headers.join(", ")}`,
  formula: (formula) => `une formule (=${formula}) : saisissez sa valeur à la place`,
  badReference: (reference) => `« ${reference} » : de 1 à 64 lettres, chiffres, « - » ou « _ »`,
  sameReference: (reference, row) => `« ${reference} » est déjà la référence de la ligne ${row}`,
  required: "à remplir",
  schemaIssue: (issue) => localIssueMessage(issue, "fr"),
  empty: "le fichier est vide",
  oldExcel: "c’est un ancien fichier Excel (.xls) : enregistrez-le comme classeur Excel (.xlsx) ou au format CSV UTF-8",
  notUtf8: "le fichier n’est ni un classeur Excel (.xlsx) ni un CSV en UTF-8",
  notCsvText: "le fichier n’est ni un classeur Excel (.xlsx) ni un texte CSV",
  csv: (reason) => `le CSV ne peut être lu : ${reason}`,
  tooMany: (rows, most) =>
    `le fichier compte ${rows} lignes ; une importation en prend ${most} au plus : répartissez-les en plusieurs fichiers`,
  notWorkbook: "le fichier n’est pas un classeur qu’Excel peut ouvrir (.xlsx)",
  noSheet: "le classeur n’a aucune feuille",
  merged: (ranges) => `cellules fusionnées (${ranges}) : annulez la fusion`,
  ownOnly: "un mentor importe ses propres activités : laissez la colonne vide",
  refused: (id, why) => `enregistrement ${id} : ${why}`,
  stale: (id, current, sent) =>
    `l’enregistrement ${id} en est à la version ${current}, non ${sent} : quelqu’un l’a modifié depuis que le fichier a été établi`,
  reason: reasonIn(
    {
      "mentors change only the activities they logged": "un mentor ne modifie que les activités qu’il a enregistrées",
      "a validated activity is part of the official record: ask a manager to change it":
        "une activité validée fait partie du dossier officiel : demandez à un gestionnaire de la modifier",
      "a record's mentor is changed by programme managers":
        "le mentor d’un enregistrement est changé par les gestionnaires de programme",
      "donors cannot change activities": "un donateur ne peut modifier les activités",
    },
    "vous ne pouvez pas modifier cet enregistrement",
    "cet enregistrement n’existe pas",
  ),
};

const SPANISH: ProblemWords = {
  row: (row) => `fila ${row}`,
  line: (where, message) => `${where}: ${message}`,
  notText: (shown) => `${shown} no es un texto`,
  notWhole: (shown) => `${shown} no es un número entero`,
  notNumber: (shown) => `“${shown}” no es un número: escriba la cifra sola (su calificativo tiene su propia columna)`,
  serialDate: (shown) =>
    `${shown} parece una fecha en número de serie de Excel: escriba la fecha como texto, AAAA-MM-DD`,
  notDate: (shown) => `“${shown}” no es una fecha con la forma AAAA-MM-DD`,
  notChoice: (typed, kind, suggestion) =>
    `“${typed}” no es ${SPANISH_KINDS[kind]}${suggestion ? ` — ¿quiso decir ${suggestion}?` : ""}`,
  notPair: (part) => `“${part}” no tiene la forma PAÍS:número`,
  notSource: (typed) => `“${typed}” no tiene la forma “documento, ¶párrafo” (E/CN.15/2020/12, ¶22)`,
  notRegion: (typed) =>
    `“${typed}” no es un código de región M49 de las Naciones Unidas (por ejemplo, 014 para África Oriental)`,
  notOutcomes: "no es una lista de resultados como la escribe la exportación (JSON, véase la hoja “Acerca de”)",
  notColumn: (index, name) => `columna ${index}, “${name}”: no es una columna de la plantilla`,
  twice: (header) => `la columna ${header} figura dos veces`,
  missing: (headers) => `${headers.length > 1 ? "faltan las columnas" : "falta la columna"}: ${headers.join(", ")}`,
  formula: (formula) => `una fórmula (=${formula}): escriba su valor en su lugar`,
  badReference: (reference) => `“${reference}”: de 1 a 64 letras, cifras, “-” o “_”`,
  sameReference: (reference, row) => `“${reference}” ya es la referencia de la fila ${row}`,
  required: "es obligatorio",
  schemaIssue: (issue) => localIssueMessage(issue, "es"),
  empty: "el archivo está vacío",
  oldExcel: "es un archivo de Excel antiguo (.xls): guárdelo como libro de Excel (.xlsx) o como CSV UTF-8",
  notUtf8: "el archivo no es ni un libro de Excel (.xlsx) ni un CSV en UTF-8",
  notCsvText: "el archivo no es ni un libro de Excel (.xlsx) ni un texto CSV",
  csv: (reason) => `no se puede leer el CSV: ${reason}`,
  tooMany: (rows, most) =>
    `el archivo tiene ${rows} filas; una importación admite como máximo ${most}: divídalo en varios archivos`,
  notWorkbook: "el archivo no es un libro que Excel pueda abrir (.xlsx)",
  noSheet: "el libro no tiene ninguna hoja",
  merged: (ranges) => `celdas combinadas (${ranges}): sepárelas`,
  ownOnly: "los mentores importan sus propias actividades: deje la columna vacía",
  refused: (id, why) => `registro ${id}: ${why}`,
  stale: (id, current, sent) =>
    `el registro ${id} está en la versión ${current}, no en la ${sent}: alguien lo modificó después de preparar el archivo`,
  reason: reasonIn(
    {
      "mentors change only the activities they logged": "los mentores solo modifican las actividades que registraron",
      "a validated activity is part of the official record: ask a manager to change it":
        "una actividad validada forma parte del registro oficial: pida a un gestor que la modifique",
      "a record's mentor is changed by programme managers":
        "el mentor de un registro lo cambian los gestores de programa",
      "donors cannot change activities": "los donantes no pueden modificar actividades",
    },
    "no puede modificar este registro",
    "este registro no existe",
  ),
};

/** French sentences set with its no-break spaces; English and Spanish as written. */
const TYPESET: Record<Language, (text: string) => string> = {
  fr: frenchPunctuation,
  en: (text) => text,
  es: (text) => text,
};

/** The problems' words in `language`, each sentence set in its typography. */
export const PROBLEM_WORDS: Record<Language, ProblemWords> = { en: ENGLISH, fr: FRENCH, es: SPANISH };

/** A sentence of the import in `language`'s typography (French spacing). */
export const typeset = (text: string, language: Language) => TYPESET[language](text);
