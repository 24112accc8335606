// The report's headline and the reconciliation of published figures with the records.
import { cell } from "../domain/aggregates";
import type { PublishedFigure } from "../domain/published-figure";
import { formatCount, formatNumber } from "../language/numbers";
import { type CellRecords, namedCountries } from "./cell-records";
import { REPORT_LABELS } from "./labels";
import type { Inline, Paragraph, ReconciliationRow } from "./model";
import type { ReportInput } from "./report-input";

type Recorded = { value: number; records: string[] };
type Figure = Extract<Inline, { type: "figure" }>;

/** What the records account for, for each published indicator the records can count. */
function recordedFigures(input: ReportInput, records: CellRecords): Partial<Record<string, Recorded>> {
  const countries = namedCountries(input.totals);
  return {
    practitioners_trained: {
      value: input.totals[cell.practitionersTrained] ?? 0,
      records: records(cell.practitionersTrained),
    },
    countries_reached: {
      value: countries.length,
      records: [...new Set(countries.flatMap((country) => records(cell.countryActivities(country))))],
    },
    forensic_labs: { value: input.totals[cell.labs] ?? 0, records: records(cell.labs) },
  };
}

function published(figure: PublishedFigure, input: ReportInput): Figure {
  return {
    type: "figure",
    text: formatCount(figure.value, figure.qualifier, input.language),
    value: figure.value,
    records: [figure.id],
    source: "published",
  };
}

/** The official figure when one was published for the year, the records' count otherwise. */
function headlineFigure(indicator: string, input: ReportInput, recorded: Recorded | undefined): Figure {
  const figure = input.publishedFigures.find((f) => f.indicator === indicator && f.year === input.year);
  if (figure) return published(figure, input);
  const value = recorded?.value ?? 0;
  const text = formatNumber(value, input.language);
  return { type: "figure", text, value, records: recorded?.records ?? [], source: "records" };
}

export function summary(input: ReportInput, records: CellRecords): Paragraph {
  const words = REPORT_LABELS[input.language].headline;
  const recorded = recordedFigures(input, records);
  const count = (name: string): Figure => {
    const value = input.totals[name] ?? 0;
    return {
      type: "figure",
      text: formatNumber(value, input.language),
      value,
      records: records(name),
      source: "records",
    };
  };
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
    return [
      {
        indicator: figure.indicator,
        label: label ?? figure.label[input.language] ?? figure.indicator,
        unit: figure.unit,
        published: {
          value: figure.value,
          text: formatCount(figure.value, figure.qualifier, input.language),
          source: `${figure.source.document}, ¶${figure.source.paragraph}`,
          figureId: figure.id,
        },
        recorded: { value: counted.value, text: formatNumber(counted.value, input.language), records: counted.records },
        difference: figure.value - counted.value,
      },
    ];
  });
}
