// A hand-built slice of the 2019 report (E/CN.15/2020/12), in French or English, for the renderer tests.
import type { Inline, ReportModel } from "../../../../shared/report/model";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

const TEXT = {
  fr: {
    title: "Activités de l’Office des Nations Unies contre la drogue et le crime relatives à la cybercriminalité",
    distribution: "Distr. générale",
    original: `Original${NBSP}: anglais`,
    body: "Commission pour la prévention du crime et la justice pénale",
    session: "Vingt-neuvième session",
    kind: "Rapport du Secrétaire général",
    note: `Disponible à l’adresse${NBSP}: https://www.unodc.org/edj/fr/tertiary/cybercrime.html.`,
    summary: ["En 2019, le Programme mondial contre la cybercriminalité a formé ", " personnes."],
    section: "Assistance technique et renforcement des capacités",
    mandate: [
      `Dans sa résolution 74/173, intitulée `,
      "Promouvoir l’assistance technique et le renforcement des capacités",
      `, l’Assemblée générale a prié l’Office de poursuivre son action.`,
    ],
    p18: ["Au total, ", ` agents des services de détection et de répression, procureurs et juges ont été formés.`],
    eastAfrica: "Afrique de l’Est",
    p19: [
      "En Afrique de l’Est, ",
      " enquêteurs et procureurs de l’Érythrée, de l’Éthiopie, du Kenya, de l’Ouganda et de la République-Unie de Tanzanie ont été formés aux enquêtes sur les cryptomonnaies.",
    ],
    latinAmerica: "Amérique latine et Caraïbes",
    p20: [
      "Au Guatemala, ",
      ` ateliers sur la preuve numérique se sont tenus en novembre${NNBSP};`,
      " d’autres sont prévus.",
    ],
    reconciliation: "Personnes formées",
    meaning: "Le chiffre publié comprend des activités que les enregistrements ne détaillent pas.",
    unit: "personnes",
    caption: "Activités et participants par région",
    columns: ["Région", "Activités", "Participants"],
    figures: { summary: `1${NNBSP}817`, p18: `1${NNBSP}817`, p19: "environ 85", p20: "2", recorded: `1${NNBSP}102` },
    rows: { east: ["1", "85"], latin: ["2", `1${NNBSP}017`] },
  },
  en: {
    title: "Activities of the United Nations Office on Drugs and Crime on cybercrime",
    distribution: "Distr.: General",
    original: "Original: English",
    body: "Commission on Crime Prevention and Criminal Justice",
    session: "Twenty-ninth session",
    kind: "Report of the Secretary-General",
    note: "Available at https://www.unodc.org/edj/en/tertiary/cybercrime.html.",
    summary: ["In 2019, the Global Programme on Cybercrime trained ", " people."],
    section: "Technical assistance and capacity-building",
    mandate: [
      "In its resolution 74/173, entitled ",
      "Promoting technical assistance and capacity-building",
      ", the General Assembly requested the Office to continue its work.",
    ],
    p18: ["In total, ", " law enforcement officers, prosecutors and judges were trained."],
    eastAfrica: "Eastern Africa",
    p19: [
      "In Eastern Africa, ",
      " investigators and prosecutors from Eritrea, Ethiopia, Kenya, Uganda and the United Republic of Tanzania were trained in cryptocurrency investigations.",
    ],
    latinAmerica: "Latin America and the Caribbean",
    p20: ["In Guatemala, ", " workshops on digital evidence were held in November;", " more are planned."],
    reconciliation: "People trained",
    meaning: "The published figure includes activities the records do not itemize.",
    unit: "people",
    caption: "Activities and participants by region",
    columns: ["Region", "Activities", "Participants"],
    figures: { summary: "1,817", p18: "1,817", p19: "about 85", p20: "2", recorded: "1,102" },
    rows: { east: ["1", "85"], latin: ["2", "1,017"] },
  },
} as const;

/** A totals cell of 2019's preview, as the report traces a figure read from it. */
export const cellTrace = (cell: string) => ({
  cell,
  drillDown: `/reports/annual/2019/records?cell=${encodeURIComponent(cell)}&preview=true`,
});

/** Paragraphs 17 to 20 of section III, a preview with one unvalidated paragraph. */
export function reportFixture(language: keyof typeof TEXT = "fr"): ReportModel {
  const t = TEXT[language];
  const published = (text: string): Inline => ({
    type: "figure",
    text,
    value: 1817,
    trace: { publishedFigure: "pf-2019-trained" },
    source: "published",
  });
  return {
    year: 2019,
    language,
    preview: true,
    title: t.title,
    titleBlock: {
      symbol: "E/CN.15/2020/12",
      distribution: t.distribution,
      original: t.original,
      body: t.body,
      session: t.session,
      kind: t.kind,
      title: t.title,
    },
    summary: [
      {
        number: 0,
        content: [
          { type: "text", text: t.summary[0] },
          published(t.figures.summary),
          { type: "text", text: t.summary[1] },
        ],
        records: [],
      },
    ],
    sections: [
      {
        id: "technical-assistance",
        number: "III",
        heading: t.section,
        paragraphs: [
          {
            number: 17,
            content: [
              { type: "text", text: t.mandate[0] },
              { type: "quote", text: t.mandate[1] },
              { type: "note", text: t.note },
              { type: "text", text: t.mandate[2] },
            ],
            records: [],
          },
          {
            number: 18,
            content: [{ type: "text", text: t.p18[0] }, published(t.figures.p18), { type: "text", text: t.p18[1] }],
            records: [],
          },
        ],
        subsections: [
          {
            id: "eastern-africa",
            heading: t.eastAfrica,
            paragraphs: [
              {
                number: 19,
                content: [
                  { type: "text", text: t.p19[0] },
                  { type: "figure", text: t.figures.p19, value: 85, trace: { records: ["a1"] }, source: "records" },
                  { type: "text", text: t.p19[1] },
                ],
                records: ["a1"],
              },
            ],
          },
          {
            id: "latin-america",
            heading: t.latinAmerica,
            paragraphs: [
              {
                number: 20,
                content: [
                  { type: "text", text: t.p20[0] },
                  {
                    type: "figure",
                    text: t.figures.p20,
                    value: 2,
                    trace: { records: ["a2", "a3"] },
                    source: "records",
                  },
                  { type: "text", text: t.p20[1] + t.p20[2] },
                ],
                records: ["a2", "a3"],
                unvalidated: true,
              },
            ],
          },
        ],
      },
    ],
    reconciliation: [
      {
        indicator: "people_trained",
        label: t.reconciliation,
        unit: t.unit,
        published: {
          value: 1817,
          qualifier: "exact",
          text: t.figures.p18,
          source: "E/CN.15/2020/12",
          figureId: "pf-2019-trained",
        },
        recorded: {
          value: 1102,
          qualifier: "exact",
          text: t.figures.recorded,
          trace: cellTrace("measure:practitionersTrained:participants"),
        },
        difference: 715,
        meaning: t.meaning,
      },
    ],
    tables: [
      {
        id: "by-region",
        caption: t.caption,
        columns: [...t.columns],
        rows: [
          {
            label: t.eastAfrica,
            cells: [
              { text: t.rows.east[0], value: 1, trace: cellTrace("region:014:activities") },
              {
                text: t.rows.east[1],
                value: 85,
                trace: cellTrace("measure:practitionersTrained:region:014:participants"),
              },
            ],
          },
          {
            label: t.latinAmerica,
            cells: [
              { text: t.rows.latin[0], value: 2, trace: cellTrace("region:419:activities") },
              { text: t.rows.latin[1], value: 1017 },
            ],
          },
        ],
      },
    ],
    records: {
      a1: {
        kind: "activity",
        title: `Cryptomonnaies${NBSP}: enquêtes <script>alert("x")</script> & saisies`,
        source: "GPC-2019-017",
        status: "validated",
      },
      a2: {
        kind: "activity",
        title: "Atelier sur la preuve numérique, Guatemala",
        source: "GPC-2019-101",
        status: "validated",
      },
      a3: { kind: "activity", title: "Atelier sur la preuve numérique, Quetzaltenango", status: "submitted" },
      "pf-2019-trained": { kind: "figure", title: "Personnes formées en 2019", source: "E/CN.15/2020/12, par. 18" },
    },
    generatedAt: "2020-02-03T10:00:00.000Z",
  };
}
