// What is wrong with a field, in the reader's language. The API says it in English, for clients
// and logs; a page says it in its own language, from the same schema's issues: zod's by their code
// and limits, the project's own checks by the `issue` each names in its params, and a refused write
// by its details (the code that exists, the activities that still cite a record).
import type { z } from "zod";
import { SERVER_OWNED_FIELDS } from "../domain/activity";
import type { ConflictError, FieldIssue } from "../domain/errors";
import { frenchPunctuation } from "./fr-typography";
import type { Language } from "./languages";
import { formatNumber } from "./numbers";
import { plural } from "./plural";

/** The project's own checks, named in their schema's params (`{ issue: "ends_before_start" }`). */
export const CUSTOM_ISSUES = [
  "ends_before_start",
  "year_differs",
  "one_language",
  "unknown_country",
  "unknown_region",
  "listed_twice",
  "control_character",
  "too_near_zero",
  "parts_over_total",
  "unknown_placeholder",
  "outcome_missing",
  "not_activity_country",
  "fewer_countries",
] as const;
export type CustomIssue = (typeof CUSTOM_ISSUES)[number];

type IssueWords = {
  required: string;
  number: string;
  wholeNumber: string;
  text: string;
  atLeast: (n: string) => string;
  atMost: (n: string) => string;
  tooLong: (n: number, shown: string) => string;
  tooMany: (shown: string) => string;
  date: string;
  choose: string;
  code: string;
  unknownField: string;
  serverField: string;
  exists: (id: string) => string;
  cited: (n: number, shown: string) => string;
  busy: string;
  /** Each check's words, from the value it names and the figures in its params. */
  custom: Record<CustomIssue, (input: string, params: CustomParams) => string>;
};

/** The figures a check names in its params: the parts' sum and the total, a count. */
type CustomParams = { sum?: number; total?: number; count?: number };

const ENGLISH: IssueWords = {
  required: "is required",
  number: "give a number",
  wholeNumber: "give a whole number",
  text: "give a text",
  atLeast: (n) => `give ${n} or more`,
  atMost: (n) => `give ${n} or less`,
  tooLong: (n, shown) => `give at most ${shown} ${plural("en", n, "character", "characters")}`,
  tooMany: (shown) => `choose at most ${shown}`,
  date: "give a date as YYYY-MM-DD",
  choose: "choose one of the list",
  code: "use 1 to 64 letters, digits, “-” or “_”, beginning with a letter or a digit",
  unknownField: "is not a field of this record",
  serverField: "is set by the server and cannot be sent",
  exists: (id) => `a record with the code “${id}” already exists: choose another code`,
  cited: (n, shown) =>
    `${shown} ${plural("en", n, "activity cites", "activities cite")} this record: it cannot be deleted`,
  busy: "someone else was changing this record at the same moment: nothing was saved; try again",
  custom: {
    ends_before_start: () => "ends before it starts",
    year_differs: () => "differs from the year of the set-up date",
    one_language: () => "give the text in at least one of French, English or Spanish",
    unknown_country: (input) => `“${input}” is not a country of the list`,
    unknown_region: (input) => `“${input}” is not a region of the list`,
    listed_twice: (input) => `“${input}” is listed twice`,
    control_character: () => "holds a control character: type the text again",
    too_near_zero: () => "is too close to zero to be stored (give 0)",
    parts_over_total: (_, { sum, total }) => `the parts add up to ${sum}, more than the total of ${total}`,
    unknown_placeholder: (input) => `unknown placeholder ${input}`,
    outcome_missing: (input, { count }) => `${input} refers to an outcome that is not there (${count} recorded)`,
    not_activity_country: (input) => `${input} is not one of the activity's countries`,
    fewer_countries: (input, { count }) => `${input} is fewer than the ${count} countries listed`,
  },
};

const FRENCH: IssueWords = {
  required: "à remplir",
  number: "indiquez un nombre",
  wholeNumber: "indiquez un nombre entier",
  text: "indiquez un texte",
  atLeast: (n) => `indiquez ${n} ou plus`,
  atMost: (n) => `indiquez ${n} ou moins`,
  tooLong: (n, shown) => `${shown} ${plural("fr", n, "caractère", "caractères")} au plus`,
  tooMany: (shown) => `${shown} au plus`,
  date: "indiquez une date sous la forme AAAA-MM-JJ",
  choose: "choisissez dans la liste",
  code: "de 1 à 64 lettres, chiffres, « - » ou « _ », en commençant par une lettre ou un chiffre",
  unknownField: "n’est pas un champ de cet enregistrement",
  serverField: "est fixé par le serveur et ne peut être envoyé",
  exists: (id) => `un enregistrement porte déjà le code « ${id} » : choisissez-en un autre`,
  cited: (n, shown) =>
    `${shown} ${plural("fr", n, "activité cite", "activités citent")} cet enregistrement : il ne peut être supprimé`,
  busy: "quelqu’un d’autre modifiait cet enregistrement au même moment : rien n’a été enregistré ; réessayez",
  custom: {
    ends_before_start: () => "se termine avant de commencer",
    year_differs: () => "diffère de l’année de la date de création",
    one_language: () => "indiquez le texte dans au moins une langue : français, anglais ou espagnol",
    unknown_country: (input) => `« ${input} » n’est pas un pays de la liste`,
    unknown_region: (input) => `« ${input} » n’est pas une région de la liste`,
    listed_twice: (input) => `« ${input} » figure deux fois`,
    control_character: () => "contient un caractère de commande : saisissez le texte à nouveau",
    too_near_zero: () => "est trop proche de zéro pour être enregistré (indiquez 0)",
    parts_over_total: (_, { sum, total }) => `les parties font ${sum}, plus que le total de ${total}`,
    unknown_placeholder: (input) => `code inconnu : ${input}`,
    outcome_missing: (input, { count }) => `${input} renvoie à un résultat absent (${count} enregistrés)`,
    not_activity_country: (input) => `${input} n’est pas l’un des pays de l’activité`,
    fewer_countries: (input, { count }) => `${input}, c’est moins que les ${count} pays indiqués`,
  },
};

const SPANISH: IssueWords = {
  required: "es obligatorio",
  number: "indique un número",
  wholeNumber: "indique un número entero",
  text: "indique un texto",
  atLeast: (n) => `indique ${n} o más`,
  atMost: (n) => `indique ${n} o menos`,
  tooLong: (n, shown) => `${shown} ${plural("es", n, "carácter", "caracteres")} como máximo`,
  tooMany: (shown) => `${shown} como máximo`,
  date: "indique una fecha con la forma AAAA-MM-DD",
  choose: "elija una opción de la lista",
  code: "de 1 a 64 letras, cifras, “-” o “_”, empezando por una letra o una cifra",
  unknownField: "no es un campo de este registro",
  serverField: "lo fija el servidor y no puede enviarse",
  exists: (id) => `ya existe un registro con el código “${id}”: elija otro`,
  cited: (n, shown) =>
    `${shown} ${plural("es", n, "actividad cita", "actividades citan")} este registro: no puede eliminarse`,
  busy: "otra persona modificaba este registro al mismo tiempo: no se guardó nada; vuelva a intentarlo",
  custom: {
    ends_before_start: () => "termina antes de empezar",
    year_differs: () => "no coincide con el año de la fecha de creación",
    one_language: () => "indique el texto en al menos un idioma: francés, inglés o español",
    unknown_country: (input) => `“${input}” no es un país de la lista`,
    unknown_region: (input) => `“${input}” no es una región de la lista`,
    listed_twice: (input) => `“${input}” figura dos veces`,
    control_character: () => "contiene un carácter de control: vuelva a escribir el texto",
    too_near_zero: () => "está demasiado cerca de cero para guardarse (indique 0)",
    parts_over_total: (_, { sum, total }) => `las partes suman ${sum}, más que el total de ${total}`,
    unknown_placeholder: (input) => `código desconocido: ${input}`,
    outcome_missing: (input, { count }) => `${input} remite a un resultado que no existe (${count} registrados)`,
    not_activity_country: (input) => `${input} no es uno de los países de la actividad`,
    fewer_countries: (input, { count }) => `${input} es menos que los ${count} países indicados`,
  },
};

const ISSUE_WORDS: Record<Language, IssueWords> = { en: ENGLISH, fr: FRENCH, es: SPANISH };

/** French messages keep no-break spaces before their colons and inside their guillemets. */
const TYPESET: Record<Language, (text: string) => string> = {
  fr: frenchPunctuation,
  en: (text) => text,
  es: (text) => text,
};
const spaced = (text: string, language: Language) => TYPESET[language](text);

const SERVER_OWNED = new Set<string>(SERVER_OWNED_FIELDS);

const isCustom = (value: unknown): value is CustomIssue => (CUSTOM_ISSUES as readonly unknown[]).includes(value);

/** One issue of a schema in the reader's words; zod's English where no rule above knows it. */
function issueMessage(issue: z.core.$ZodIssue, words: IssueWords, language: Language): string {
  // A limit under 10 000 may be a year (2000 to 2100): written as typed, never "2 000".
  const shown = (n: number | bigint) => (Math.abs(Number(n)) < 10_000 ? String(n) : formatNumber(Number(n), language));
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return words.required;
      if (issue.expected === "int") return words.wholeNumber;
      if (issue.expected === "number") return words.number;
      if (issue.expected === "string") return words.text;
      return words.choose;
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return words.required;
      if (issue.origin === "array" && Number(issue.minimum) <= 1) return words.required;
      return words.atLeast(shown(issue.minimum));
    case "too_big":
      if (issue.origin === "string") return words.tooLong(Number(issue.maximum), shown(issue.maximum));
      if (issue.origin === "array") return words.tooMany(shown(issue.maximum));
      return words.atMost(shown(issue.maximum));
    case "invalid_format":
      if (issue.format === "date") return words.date;
      if (issue.format === "regex") return words.code;
      return issue.message;
    case "invalid_value":
      return words.choose;
    case "custom": {
      const name: unknown = issue.params?.issue;
      // A list's check names the item (params.value); a field's, the value typed.
      const value: unknown = issue.params?.value ?? issue.input ?? "";
      return isCustom(name) ? words.custom[name](String(value), issue.params ?? {}) : issue.message;
    }
    default:
      return issue.message;
  }
}

/** One issue of a schema in `language`, typeset as the language writes. */
export function localIssueMessage(issue: z.core.$ZodIssue, language: Language): string {
  return spaced(issueMessage(issue, ISSUE_WORDS[language], language), language);
}

/**
 * A schema's refusal as the fields' issues, with the same paths as the API's `details.issues`,
 * said in `language`. Parse with `{ reportInput: true }`, so that a wrong value can be named.
 */
export function localFieldIssues(error: z.ZodError, language: Language): FieldIssue[] {
  const words = ISSUE_WORDS[language];
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...base, key].join("."),
        message: SERVER_OWNED.has(key) ? words.serverField : words.unknownField,
      }));
    }
    return [{ path: base.join("."), message: spaced(issueMessage(issue, words, language), language) }];
  });
}

/**
 * What a refused write means, in `language`: a code that exists already, the activities that
 * still cite a record, or another write at the same moment; the error's own message for any other.
 */
export function conflictMessage(error: ConflictError, language: Language): string {
  const words = ISSUE_WORDS[language];
  const details = error.details ?? {};
  if (typeof details.activityCount === "number") {
    return spaced(words.cited(details.activityCount, formatNumber(details.activityCount, language)), language);
  }
  if (typeof details.id === "string") return spaced(words.exists(details.id), language);
  // Only a write that met another at the same moment may be tried again.
  if (error.retryAfterSeconds !== undefined) return spaced(words.busy, language);
  return error.message;
}
