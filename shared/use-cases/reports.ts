// What the figures give to whom: the annual report, a year's totals and published figures, the
// years that have records and a donor's year. Each checks the policy before it reads.
import {
  assertCanReadAnnualReport,
  assertCanReadDonorSummary,
  assertCanReadReference,
  assertCanReview,
} from "../auth/policy";
import { getTotals, listYearsWithRecords } from "../data/aggregates";
import { figuresOfYear, publishedFigures } from "../data/catalog";
import type { Page } from "../data/cursor";
import { loadDonorSummary, loadDonorYear } from "../data/donor-data";
import type { Stored } from "../data/entities";
import { type FigureQuery, type FigureRecord, listFigureRecords } from "../data/figure-records";
import type { PageRequest } from "../data/query";
import { readPages } from "../data/read-pages";
import type { Activity } from "../domain/activity";
import type { Cells, Scope, YearCount } from "../domain/aggregates";
import type { Language } from "../domain/countries";
import type { PublishedFigure } from "../domain/published-figure";
import type { Caller, UseCaseDeps } from "./context";
import { currentReport } from "./report-cache";

const scopesOf = (preview: boolean): Scope[] => (preview ? ["validated", "submitted"] : ["validated"]);

/**
 * The report to the Commission, computed from the records (with `preview`, submitted ones too):
 * built again only when they have changed since it was last built (report-cache.ts).
 */
export async function annualReport(
  { db }: UseCaseDeps,
  caller: Caller,
  options: { year: number; language: Language; preview: boolean },
) {
  assertCanReadAnnualReport(caller, options.preview);
  return currentReport(db, options);
}

/**
 * The records a figure of the report counts, a page at a time: those of its year (and scope) whose
 * own cells hold its totals cell. Whoever may read the report may follow its figures.
 */
export async function figureRecords(
  { db }: UseCaseDeps,
  caller: Caller,
  query: FigureQuery,
  page: PageRequest,
): Promise<Page<FigureRecordEntry>> {
  assertCanReadAnnualReport(caller, query.preview);
  const found = await listFigureRecords(db, query, page);
  return { ...found, items: found.items.map(entryOf) };
}

/** A record a figure counts, with enough to recognise it: title, status, source, countries. */
export type FigureRecordEntry = {
  kind: "activity" | "lab";
  id: string;
  title: string;
  status?: Activity["status"];
  source?: string;
  countries: string[];
};

function entryOf(record: FigureRecord): FigureRecordEntry {
  if (record.kind === "lab") {
    const { lab } = record;
    return { kind: "lab", id: lab.id, title: lab.institution, countries: [lab.country] };
  }
  const { activity } = record;
  return {
    kind: "activity",
    id: activity.id,
    title: activity.title,
    status: activity.status,
    ...(activity.source && { source: `${activity.source.document}, ¶${activity.source.paragraph}` }),
    countries: activity.countries,
  };
}

/** A year's totals, cell by cell: the managers' dashboard. */
export async function yearTotals({ db }: UseCaseDeps, caller: Caller, year: number, preview: boolean): Promise<Cells> {
  assertCanReview(caller);
  return getTotals(db, year, scopesOf(preview));
}

/** The figures a report published for the year (E/CN.15/2020/12 for 2019): the dashboard sets them beside the records'. */
export async function publishedFiguresOfYear(
  { db }: UseCaseDeps,
  caller: Caller,
  year: number,
): Promise<Stored<PublishedFigure>[]> {
  assertCanReadReference(caller, "PublishedFigures");
  return readPages((page) => publishedFigures.list(db, page, figuresOfYear(year)));
}

/** The years whose figures count an activity, newest first: the report's and dashboard's years. */
export async function yearsWithRecords({ db }: UseCaseDeps, caller: Caller, preview: boolean): Promise<YearCount[]> {
  assertCanReadAnnualReport(caller, preview);
  return listYearsWithRecords(db, { scopes: scopesOf(preview) });
}

/** The years with a validated activity the donor funds, newest first. */
export async function donorYears({ db }: UseCaseDeps, caller: Caller, donorId: string): Promise<YearCount[]> {
  assertCanReadDonorSummary(caller, donorId);
  return listYearsWithRecords(db, { scopes: ["validated"], donorId });
}

/** What a donor funded in a year: the donor and every validated activity it funds (its exports). */
export async function donorYear({ db }: UseCaseDeps, caller: Caller, donorId: string, year: number) {
  assertCanReadDonorSummary(caller, donorId);
  return loadDonorYear(db, donorId, year);
}

/** A donor's summary of a year: its totals, a page of its validated activities, their labs. */
export async function donorYearSummary(
  { db }: UseCaseDeps,
  caller: Caller,
  donorId: string,
  year: number,
  page: PageRequest,
) {
  assertCanReadDonorSummary(caller, donorId);
  return loadDonorSummary(db, donorId, year, page);
}
