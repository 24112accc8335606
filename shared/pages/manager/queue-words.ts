// The words of the validation queue's filters and bulk validation, in each language.
import { NO_BREAK_SPACE } from "../../language/fr-typography";
import type { Language } from "../../language/languages";
import { formatNumber } from "../../language/numbers";
import { plural } from "../../language/plural";
import { frenchWords } from "../french-words";

const NBSP = NO_BREAK_SPACE;

const ENGLISH = {
  filters: "Show only",
  year: "Reporting year",
  country: "Country",
  mentor: "Mentor",
  kind: "Kind",
  any: "Any",
  apply: "Filter",
  clear: "Show the whole queue",
  count: (n: number) =>
    n === 0 ? "The queue is empty." : `${formatNumber(n, "en")} ${plural("en", n, "record waits", "records wait")}.`,
  countFiltered: (n: number) =>
    `${formatNumber(n, "en")} ${plural("en", n, "record waits", "records wait")} among those filtered.`,
  tick: "Validate with the others ticked",
  bulkLegend: "Validate several records at once",
  bulkHint:
    "Tick the records to validate, then press the button: each is validated on its own, at the version shown; a record changed or decided meanwhile is reported and the others go ahead.",
  bulkButton: "Validate the ticked records",
  bulkValidated: (n: number) =>
    `${formatNumber(n, "en")} ${plural("en", n, "record was", "records were")} validated and now ${plural("en", n, "counts", "count")} in the official figures.`,
  noneTicked: "Tick at least one record to validate.",
  aboutRecord: (title: string, message: string) => `“${title}”: ${message}`,
  pages: "Pages of the queue",
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  previous: "Previous page",
  next: "Next page",
};

export type QueueWords = typeof ENGLISH;

const FRENCH: QueueWords = {
  filters: "N’afficher que",
  year: "Année de rapport",
  country: "Pays",
  mentor: "Mentor",
  kind: "Type",
  any: "Tous",
  apply: "Filtrer",
  clear: "Afficher toute la file",
  count: (n: number) =>
    n === 0
      ? "La file est vide."
      : `${formatNumber(n, "fr")}${NBSP}${plural("fr", n, "enregistrement attend", "enregistrements attendent")}.`,
  countFiltered: (n: number) =>
    `${formatNumber(n, "fr")}${NBSP}${plural("fr", n, "enregistrement attend", "enregistrements attendent")} parmi ceux filtrés.`,
  tick: "Valider avec les autres cochés",
  bulkLegend: "Valider plusieurs enregistrements à la fois",
  bulkHint:
    "Cochez les enregistrements à valider, puis appuyez sur le bouton : chacun est validé séparément, dans la version affichée ; un enregistrement modifié ou tranché entre-temps est signalé et les autres sont validés.",
  bulkButton: "Valider les enregistrements cochés",
  bulkValidated: (n: number) =>
    `${formatNumber(n, "fr")}${NBSP}${plural("fr", n, "enregistrement a été validé et compte", "enregistrements ont été validés et comptent")} désormais dans les chiffres officiels.`,
  noneTicked: "Cochez au moins un enregistrement à valider.",
  aboutRecord: (title: string, message: string) => `«${NBSP}${title}${NBSP}» : ${message}`,
  pages: "Pages de la file",
  pageOf: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  previous: "Page précédente",
  next: "Page suivante",
};

const SPANISH: QueueWords = {
  filters: "Mostrar solo",
  year: "Año del informe",
  country: "País",
  mentor: "Mentor",
  kind: "Tipo",
  any: "Todos",
  apply: "Filtrar",
  clear: "Mostrar toda la cola",
  count: (n: number) =>
    n === 0
      ? "La cola está vacía."
      : `${plural("es", n, "Espera", "Esperan")} ${formatNumber(n, "es")} ${plural("es", n, "registro", "registros")}.`,
  countFiltered: (n: number) =>
    `${plural("es", n, "Espera", "Esperan")} ${formatNumber(n, "es")} ${plural("es", n, "registro", "registros")} entre los filtrados.`,
  tick: "Validar con los demás marcados",
  bulkLegend: "Validar varios registros a la vez",
  bulkHint:
    "Marque los registros que desea validar y pulse el botón: cada uno se valida por separado, en la versión que se muestra; si uno se ha modificado o decidido entretanto, se indica y los demás se validan.",
  bulkButton: "Validar los registros marcados",
  bulkValidated: (n: number) =>
    `${plural("es", n, "Se validó", "Se validaron")} ${formatNumber(n, "es")} ${plural("es", n, "registro, que ya cuenta", "registros, que ya cuentan")} en las cifras oficiales.`,
  noneTicked: "Marque al menos un registro para validar.",
  aboutRecord: (title: string, message: string) => `“${title}”: ${message}`,
  pages: "Páginas de la cola",
  pageOf: (page: number, pages: number) => `Página ${page} de ${pages}`,
  previous: "Página anterior",
  next: "Página siguiente",
};

export const QUEUE_WORDS: Record<Language, QueueWords> = { fr: frenchWords(FRENCH), en: ENGLISH, es: SPANISH };
