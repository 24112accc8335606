// The report's headline figures, the sentences made of them where no text was written, and the reconciliation of published figures with the records: each
// published figure is compared with the same measure as the records give it.
import type { Activity } from "../domain/activity";
import { cell } from "../domain/aggregates";
import { figuresOfMeasure } from "../domain/measure-figures";
import type { PublishedFigure } from "../domain/published-figure";
import type { Qualified } from "../domain/qualifiers";
import type { TextFigure } from "../domain/report-texts";
import { THEMES } from "../domain/vocabulary";
import type { Language } from "../language/languages";
import { formatCount, formatQualified } from "../language/numbers";
import { themeLabel } from "../language/vocabulary-labels";
import type { CellTrace } from "./cell-records";
import { REPORT_LABELS } from "./labels";
import type { Inline, Paragraph, ReconciliationRow, Trace } from "./model";
import type { ReportInput } from "./report-input";

type Recorded = Qualified & { trace: Trace };
type Figure = Extract<Inline, { type: "figure" }>;

/** What the records give for each published indicator they can count, as the same measure. */
function recordedFigures(input: ReportInput, trace: CellTrace): Partial<Record<string, Recorded>> {
  const trained = figuresOfMeasure(input.totals, "practitionersTrained");
  return {
    practitioners_trained: { ...trained.total, trace: trace(cell.measure("practitionersTrained")) },
    // The countries the trainees came from: those of the trainings that count them in a country they name.
    countries_reached: {
      value: trained.countries.length,
      qualifier: "exact",
      trace: trace(cell.measureCountryActivities("practitionersTrained", "*")),
    },
    forensic_labs: { value: input.totals[cell.labs] ?? 0, qualifier: "exact", trace: trace(cell.labs) },
  };
}

function published(figure: PublishedFigure, input: ReportInput): Figure {
  return {
    type: "figure",
    text: formatCount(figure.value, figure.qualifier, input.language),
    value: figure.value,
    qualifier: figure.qualifier,
    trace: { publishedFigure: figure.id },
    source: "published",
  };
}

const figureOf = (recorded: Recorded | undefined, input: ReportInput): Figure => ({
  type: "figure",
  text: formatCount(recorded?.value ?? 0, recorded?.qualifier ?? "exact", input.language),
  value: recorded?.value ?? 0,
  qualifier: recorded?.qualifier ?? "exact",
  trace: recorded?.trace ?? { records: [] },
  source: "records",
});

/** The official figure when one was published for the year, the records' measure otherwise. */
function headlineFigure(indicator: string, input: ReportInput, recorded: Recorded | undefined): Figure {
  const figure = input.publishedFigures.find((f) => f.indicator === indicator && f.year === input.year);
  return figure ? published(figure, input) : figureOf(recorded, input);
}

/** The headline figures a written text may cite, and the composed sentences state. */
export function headlineFigures(input: ReportInput, trace: CellTrace): Record<TextFigure, Figure> {
  const recorded = recordedFigures(input, trace);
  return {
    practitioners_trained: headlineFigure("practitioners_trained", input, recorded.practitioners_trained),
    countries_reached: headlineFigure("countries_reached", input, recorded.countries_reached),
  };
}

const text = (value: string): Inline => ({ type: "text", text: value });

/** "1 817 criminal justice practitioners from 36 countries", each noun agreeing with its figure. */
function trainedPhrase(figures: Record<TextFigure, Figure>, language: Language): Inline[] {
  const words = REPORT_LABELS[language].trained;
  const { practitioners_trained: practitioners, countries_reached: countries } = figures;
  return [
    practitioners,
    text(words.practitioners(practitioners.value)),
    countries,
    text(words.countries(countries.value)),
  ];
}

/** The summary of a year without a written one: what the report is, and the one headline measure. */
export function composedSummary(input: ReportInput, figures: Record<TextFigure, Figure>): Paragraph[] {
  const words = REPORT_LABELS[input.language].summary;
  const lead = { number: 0, records: [], content: [text(words.lead(input.year))] };
  if (figures.practitioners_trained.value === 0) return [lead];
  return [
    lead,
    {
      number: 0,
      records: [],
      content: [text(words.opening(input.year)), ...trainedPhrase(figures, input.language), text(".")],
    },
  ];
}

/**
 * The opening of III.A as ¶18 writes it, for a year whose texts do not: the practitioners trained,
 * their countries and the thematic areas of the trainings that trained them.
 */
export function trainingOpening(
  input: ReportInput,
  figures: Record<TextFigure, Figure>,
  trainings: Activity[],
): Inline[] | undefined {
  if (figures.practitioners_trained.value === 0) return undefined;
  const words = REPORT_LABELS[input.language].trainingOpening;
  const themes = THEMES.filter((theme) => trainings.some((activity) => activity.theme === theme)).map((theme) =>
    lowerFirst(themeLabel(theme, input.language)),
  );
  const areas =
    themes.length === 0
      ? ""
      : `${words.areas}${themes.slice(0, -1).join(words.separator)}${themes.length > 1 ? words.last : ""}${themes.at(-1)}`;
  return [text(words.lead), ...trainedPhrase(figures, input.language), text(`${areas}.`)];
}

/** "Enquêtes sur…" inside a sentence; a proper noun ("Internet") keeps its capital further on. */
function lowerFirst(value: string): string {
  return value.charAt(0).toLocaleLowerCase() + value.slice(1);
}

export function reconciliation(input: ReportInput, trace: CellTrace): ReconciliationRow[] {
  const recorded = recordedFigures(input, trace);
  const labels = REPORT_LABELS[input.language];
  return input.publishedFigures.flatMap((figure) => {
    const counted = recorded[figure.indicator];
    if (!counted) return [];
    const label = labels.indicators[figure.indicator as keyof typeof labels.indicators];
    const difference = figure.value - counted.value;
    const note = figure.note?.[input.language];
    return [
      {
        indicator: figure.indicator,
        label: label ?? figure.label[input.language] ?? figure.indicator,
        unit: figure.unit,
        published: {
          value: figure.value,
          qualifier: figure.qualifier,
          text: formatCount(figure.value, figure.qualifier, input.language),
          source: `${figure.source.document}, ¶${figure.source.paragraph}`,
          figureId: figure.id,
        },
        recorded: {
          value: counted.value,
          qualifier: counted.qualifier,
          text: formatQualified(counted, input.language),
          trace: counted.trace,
        },
        difference,
        meaning: difference > 0 ? labels.gap.more : difference < 0 ? labels.gap.fewer : labels.gap.none,
        ...(note && { note }),
      },
    ];
  });
}
