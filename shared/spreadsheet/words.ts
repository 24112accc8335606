// The import spreadsheet's words: each column's header and what to type in it, in each language,
// and the template's own sheet names and messages.
import type { Language } from "../language/languages";

export type FixedColumn =
  | "reference"
  | "kind"
  | "theme"
  | "title"
  | "start_date"
  | "end_date"
  | "year"
  | "countries"
  | "country_count"
  | "region"
  | "place"
  | "partners"
  | "donors"
  | "participants"
  | "participants_qualifier"
  | "women"
  | "men"
  | "sex_not_recorded"
  | "participants_by_country"
  | "topics"
  | "outcomes"
  | "notes"
  | "source"
  | "mentor"
  | "version";

type Words = {
  columns: Record<FixedColumn, { header: string; help: string }>;
  /** Header of a profession's column: « Juges », "Judges" (the profession's plural, capitalised). */
  narrative: (languageName: string) => { header: string; help: string };
  profession: { help: string };
  sheets: { activities: string; about: string; lists: string };
  about: { column: string; required: string; help: string; example: string; yes: string; intro: string };
};

export const SPREADSHEET_WORDS: Record<Language, Words> = {
  en: {
    columns: {
      reference: {
        header: "Reference",
        help: "Your reference for the row (letters, digits, - or _): the same reference imported again updates the record instead of adding one. Left empty, the file's name and the row number stand for it.",
      },
      kind: { header: "Kind", help: "What the activity was: pick from the list." },
      theme: { header: "Theme", help: "The section of the annual report it belongs to: pick from the list." },
      title: { header: "Title", help: "A short title, up to 200 characters." },
      start_date: { header: "Start date", help: "The first day, as YYYY-MM-DD (e.g. 2019-06-10), typed as text." },
      end_date: { header: "End date", help: "The last day, as YYYY-MM-DD, not before the start." },
      year: { header: "Reporting year", help: "The year it is reported in; empty: the start date's year." },
      countries: {
        header: "Countries",
        help: "The beneficiary countries, separated by ';': names or ISO 3166-1 alpha-3 codes (Kenya; UGA).",
      },
      country_count: {
        header: "Number of countries",
        help: "How many countries took part, when the source does not name them all.",
      },
      region: { header: "Region", help: "UN M49 code of the region or sub-region (e.g. 014 for Eastern Africa)." },
      place: { header: "Place", help: "Where it took place (city, online)." },
      partners: { header: "Partners", help: "Partner organisations, separated by ';'." },
      donors: { header: "Donors", help: "The donors that funded it, separated by ';': pick from the list." },
      participants: { header: "Participants", help: "How many took part in all: a whole number." },
      participants_qualifier: {
        header: "Participants known as",
        help: "How the number is known: exact, about, more than. Empty: exact.",
      },
      women: { header: "Women", help: "How many of the participants were women." },
      men: { header: "Men", help: "How many were men." },
      sex_not_recorded: { header: "Sex not recorded", help: "How many whose sex the source does not give." },
      participants_by_country: {
        header: "Participants by country",
        help: "Participants from each country, as CODE:number separated by ';' (KEN:12; UGA:8).",
      },
      topics: { header: "Topics", help: "What it dealt with, separated by ';'." },
      outcomes: {
        header: "Outcomes",
        help: 'What it achieved, as the export writes it (JSON): [{"indicator":"Investigators trained","baseline":2,"value":10,"qualifier":"exact","unit":"investigators","text":{"en":"…"}}]. Usually left empty and recorded on the form.',
      },
      notes: { header: "Internal notes", help: "For the programme only: never shown to donors or in IATI." },
      source: {
        header: "Source",
        help: "Where it is told, as 'document, ¶paragraph' (E/CN.15/2020/12, ¶22).",
      },
      mentor: {
        header: "Mentor",
        help: "The mentor of record (managers): pick from the list. Empty: the person importing, if a mentor.",
      },
      version: {
        header: "Version",
        help: "The version of the record the row changes, as exported; empty: the version stored when importing.",
      },
    },
    narrative: (languageName) => ({
      header: `Narrative (${languageName})`,
      help: `The report's paragraph in ${languageName}; placeholders such as {participants} and {countries:of} are filled from the row.`,
    }),
    profession: { help: "How many of the participants were of this profession." },
    sheets: { activities: "Activities", about: "About the columns", lists: "Lists" },
    about: {
      column: "Column",
      required: "Required",
      help: "What to type",
      example: "Example",
      yes: "yes",
      intro:
        "One row per activity. Type values, not formulas; do not merge cells; type dates as text (YYYY-MM-DD). Columns with a list accept what the list offers, or the code.",
    },
  },
  fr: {
    columns: {
      reference: {
        header: "Référence",
        help: "Votre référence de la ligne (lettres, chiffres, - ou _) : la même référence importée de nouveau met à jour l’enregistrement au lieu d’en ajouter un. Vide : le nom du fichier et le numéro de ligne en tiennent lieu.",
      },
      kind: { header: "Type", help: "Ce que fut l’activité : choisir dans la liste." },
      theme: { header: "Thème", help: "La section du rapport annuel dont elle relève : choisir dans la liste." },
      title: { header: "Titre", help: "Un titre court, 200 caractères au plus." },
      start_date: {
        header: "Date de début",
        help: "Le premier jour, AAAA-MM-JJ (p. ex. 2019-06-10), saisi comme texte.",
      },
      end_date: { header: "Date de fin", help: "Le dernier jour, AAAA-MM-JJ, pas avant le début." },
      year: { header: "Année de rapport", help: "L’année où elle est rapportée ; vide : l’année de la date de début." },
      countries: {
        header: "Pays",
        help: "Les pays bénéficiaires, séparés par « ; » : noms ou codes ISO 3166-1 alpha-3 (Kenya ; UGA).",
      },
      country_count: {
        header: "Nombre de pays",
        help: "Combien de pays y ont pris part, quand la source ne les nomme pas tous.",
      },
      region: {
        header: "Région",
        help: "Code M49 de l’ONU de la région ou sous-région (p. ex. 014, Afrique de l’Est).",
      },
      place: { header: "Lieu", help: "Où elle a eu lieu (ville, en ligne)." },
      partners: { header: "Partenaires", help: "Les organisations partenaires, séparées par « ; »." },
      donors: {
        header: "Donateurs",
        help: "Les donateurs qui l’ont financée, séparés par « ; » : choisir dans la liste.",
      },
      participants: { header: "Participants", help: "Combien y ont pris part en tout : un nombre entier." },
      participants_qualifier: {
        header: "Nombre connu comme",
        help: "Comment le nombre est connu : exact, environ, plus de. Vide : exact.",
      },
      women: { header: "Femmes", help: "Combien de participants étaient des femmes." },
      men: { header: "Hommes", help: "Combien étaient des hommes." },
      sex_not_recorded: { header: "Sexe non précisé", help: "Combien dont la source ne donne pas le sexe." },
      participants_by_country: {
        header: "Participants par pays",
        help: "Les participants de chaque pays, CODE:nombre séparés par « ; » (KEN:12 ; UGA:8).",
      },
      topics: { header: "Sujets", help: "Ce dont elle a traité, séparé par « ; »." },
      outcomes: {
        header: "Résultats",
        help: 'Ce qu’elle a permis d’atteindre, comme l’export l’écrit (JSON) : [{"indicator":"Enquêteurs formés","baseline":2,"value":10,"qualifier":"exact","unit":"enquêteurs","text":{"fr":"…"}}]. En général laissé vide et saisi dans le formulaire.',
      },
      notes: {
        header: "Notes internes",
        help: "Pour le programme seulement : jamais montrées aux donateurs ni dans IATI.",
      },
      source: {
        header: "Source",
        help: "Où elle est relatée, « document, ¶paragraphe » (E/CN.15/2020/12, ¶22).",
      },
      mentor: {
        header: "Mentor",
        help: "Le mentor responsable (gestionnaires) : choisir dans la liste. Vide : la personne qui importe, si c’est un mentor.",
      },
      version: {
        header: "Version",
        help: "La version de l’enregistrement que la ligne modifie, telle qu’exportée ; vide : celle enregistrée au moment de l’import.",
      },
    },
    narrative: (languageName) => ({
      header: `Récit (${languageName})`,
      help: `Le paragraphe du rapport en ${languageName} ; les balises comme {participants} et {countries:of} sont remplies d’après la ligne.`,
    }),
    profession: { help: "Combien de participants étaient de cette profession." },
    sheets: { activities: "Activités", about: "Les colonnes", lists: "Listes" },
    about: {
      column: "Colonne",
      required: "Obligatoire",
      help: "Quoi saisir",
      example: "Exemple",
      yes: "oui",
      intro:
        "Une ligne par activité. Saisir des valeurs, pas des formules ; ne pas fusionner de cellules ; saisir les dates comme texte (AAAA-MM-JJ). Les colonnes à liste acceptent ce que la liste offre, ou le code.",
    },
  },
  es: {
    columns: {
      reference: {
        header: "Referencia",
        help: "Su referencia de la fila (letras, cifras, - o _): la misma referencia importada de nuevo actualiza el registro en lugar de añadir otro. Vacía: la sustituyen el nombre del archivo y el número de fila.",
      },
      kind: { header: "Tipo", help: "Qué fue la actividad: elegir de la lista." },
      theme: { header: "Tema", help: "La sección del informe anual a la que corresponde: elegir de la lista." },
      title: { header: "Título", help: "Un título breve, de 200 caracteres como máximo." },
      start_date: {
        header: "Fecha de inicio",
        help: "El primer día, como AAAA-MM-DD (p. ej., 2019-06-10), escrito como texto.",
      },
      end_date: { header: "Fecha de finalización", help: "El último día, como AAAA-MM-DD, no anterior al inicio." },
      year: {
        header: "Año del informe",
        help: "El año en que se informa de ella; vacío: el año de la fecha de inicio.",
      },
      countries: {
        header: "Países",
        help: "Los países beneficiarios, separados por “;”: nombres o códigos ISO 3166-1 alfa-3 (Kenya; UGA).",
      },
      country_count: {
        header: "Número de países",
        help: "Cuántos países participaron, cuando la fuente no los nombra todos.",
      },
      region: {
        header: "Región",
        help: "Código M49 de las Naciones Unidas de la región o subregión (p. ej., 014, África oriental).",
      },
      place: { header: "Lugar", help: "Dónde tuvo lugar (ciudad, en línea)." },
      partners: { header: "Asociados", help: "Las organizaciones asociadas, separadas por “;”." },
      donors: {
        header: "Donantes",
        help: "Los donantes que la financiaron, separados por “;”: elegir de la lista.",
      },
      participants: { header: "Participantes", help: "Cuántos participaron en total: un número entero." },
      participants_qualifier: {
        header: "Número conocido como",
        help: "Cómo se conoce el número: exacto, alrededor de, más de. Vacío: exacto.",
      },
      women: { header: "Mujeres", help: "Cuántas de las personas participantes eran mujeres." },
      men: { header: "Hombres", help: "Cuántos eran hombres." },
      sex_not_recorded: { header: "Sexo no registrado", help: "Cuántos de los que la fuente no da el sexo." },
      participants_by_country: {
        header: "Participantes por país",
        help: "Los participantes de cada país, como CÓDIGO:número separados por “;” (KEN:12; UGA:8).",
      },
      topics: { header: "Temas", help: "Lo que trató, separado por “;”." },
      outcomes: {
        header: "Resultados",
        help: 'Lo que logró, tal como lo escribe la exportación (JSON): [{"indicator":"Investigadores capacitados","baseline":2,"value":10,"qualifier":"exact","unit":"investigadores","text":{"es":"…"}}]. Por lo general se deja vacío y se registra en el formulario.',
      },
      notes: {
        header: "Notas internas",
        help: "Solo para el programa: nunca se muestran a los donantes ni en IATI.",
      },
      source: {
        header: "Fuente",
        help: "Dónde se relata, como “documento, ¶párrafo” (E/CN.15/2020/12, ¶22).",
      },
      mentor: {
        header: "Mentor",
        help: "El mentor responsable (gestores): elegir de la lista. Vacío: la persona que importa, si es mentor.",
      },
      version: {
        header: "Versión",
        help: "La versión del registro que modifica la fila, tal como se exportó; vacío: la guardada en el momento de importar.",
      },
    },
    narrative: (languageName) => ({
      header: `Relato (${languageName})`,
      help: `El párrafo del informe en ${languageName}; los marcadores como {participants} y {countries:of} se rellenan a partir de la fila.`,
    }),
    profession: { help: "Cuántos de los participantes eran de esta profesión." },
    sheets: { activities: "Actividades", about: "Las columnas", lists: "Listas" },
    about: {
      column: "Columna",
      required: "Obligatoria",
      help: "Qué escribir",
      example: "Ejemplo",
      yes: "sí",
      intro:
        "Una fila por actividad. Escriba valores, no fórmulas; no combine celdas; escriba las fechas como texto (AAAA-MM-DD). Las columnas con lista aceptan lo que ofrece la lista, o el código.",
    },
  },
};
