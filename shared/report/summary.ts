// The report's headline and the reconciliation of published figures with the records: each
// published figure is compared with the same measure as the records give it.
import { cell } from "../domain/aggregates";
import { figuresOfMeasure } from "../domain/measure-figures";
import type { PublishedFigure } from "../domain/published-figure";
import type { Qualified } from "../domain/qualifiers";
import { formatCount, formatNumber, formatQualified } from "../language/numbers";
import type { CellRecords } from "./cell-records";
import { REPORT_LABELS } from "./labels";
import type { Inline, Paragraph, ReconciliationRow } from "./model";
import type { ReportInput } from "./report-input";

type Recorded = Qualified & { records: string[] };
type Figure = Extract<Inline, { type: "figure" }>;

/** What the records give for each published indicator they can count, as the same measure. */
function recordedFigures(input: ReportInput, records: CellRecords): Partial<Record<string, Recorded>> {
  const trained = figuresOfMeasure(input.totals, "practitionersTrained");
  return {
    practitioners_trained: { ...trained.total, records: records(cell.measure("practitionersTrained")) },
    // The countries the trainees came from: those of the trainings that count them.
    countries_reached: {
      value: trained.countries.length,
      qualifier: "exact",
      records: [
        ...new Set(
          trained.countries.flatMap((country) =>
            records(cell.measureCountryActivities("practitionersTrained", country)),
          ),
        ),
      ],
    },
    forensic_labs: { value: input.totals[cell.labs] ?? 0, qualifier: "exact", records: records(cell.labs) },
  };
}

function published(figure: PublishedFigure, input: ReportInput): Figure {
  return {
    type: "figure",
    text: formatCount(figure.value, figure.qualifier, input.language),
    value: figure.value,
    qualifier: figure.qualifier,
    records: [figure.id],
    source: "published",
  };
}

const figureOf = (recorded: Recorded | undefined, input: ReportInput): Figure => ({
  type: "figure",
  text: formatCount(recorded?.value ?? 0, recorded?.qualifier ?? "exact", input.language),
  value: recorded?.value ?? 0,
  qualifier: recorded?.qualifier ?? "exact",
  records: recorded?.records ?? [],
  source: "records",
});

/** The official figure when one was published for the year, the records' measure otherwise. */
function headlineFigure(indicator: string, input: ReportInput, recorded: Recorded | undefined): Figure {
  const figure = input.publishedFigures.find((f) => f.indicator === indicator && f.year === input.year);
  return figure ? published(figure, input) : figureOf(recorded, input);
}

export function summary(input: ReportInput, records: CellRecords): Paragraph {
  const words = REPORT_LABELS[input.language].headline;
  const recorded = recordedFigures(input, records);
  const count = (name: string): Figure => ({
    type: "figure",
    text: formatNumber(input.totals[name] ?? 0, input.language),
    value: input.totals[name] ?? 0,
    records: records(name),
    source: "records",
  });
  const text = (value: string): Inline => ({ type: "text", text: value });
  const practitioners = headlineFigure("practitioners_trained", input, recorded.practitioners_trained);
  const countries = headlineFigure("countries_reached", input, recorded.countries_reached);
  const activities = count(cell.activities);
  const trainings = count(cell.kind("training"));
  const labs = count(cell.labs);
  return {
    number: 0,
    records: [],
    content: [
      text(words.opening(input.year)),
      practitioners,
      text(words.practitioners(practitioners.value)),
      countries,
      text(`${words.countries(countries.value)} `),
      activities,
      text(words.activities(activities.value)),
      trainings,
      text(words.trainings(trainings.value)),
      labs,
      text(words.labs(labs.value)),
    ],
  };
}

export function reconciliation(input: ReportInput, records: CellRecords): ReconciliationRow[] {
  const recorded = recordedFigures(input, records);
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
          records: counted.records,
        },
        difference,
        meaning: difference > 0 ? labels.gap.more : difference < 0 ? labels.gap.fewer : labels.gap.none,
        ...(note && { note }),
      },
    ];
  });
}
