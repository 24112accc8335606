// The totals a report reads, as named cells each record adds to. Keeping them as deltas of
// plain functions lets every write apply exactly what it changes, and lets a check recompute them.
import type { Activity } from "./activity";
import { regionChain, regionsOf } from "./countries";
import type { LabInput } from "./lab";
import { labYear } from "./lab-year";
import { attributedByCountry, type Measure, measureOfKind, measureOfProfession, measureParts } from "./measures";
import { type Qualified, sumQualifier } from "./qualifiers";
import { checksumCells } from "./record-checksum";
import type { Profession, ValueQualifier } from "./vocabulary";

/** Cell name → value, e.g. "theme:prevention:participants" → 420. */
export type Cells = Record<string, number>;

/** Which totals a record counts in: official (validated) or pending (submitted). Drafts count nowhere. */
export type Scope = "validated" | "submitted";

export const cell = {
  activities: "activities",
  /** Countries counted but not named ("12 pays d'Afrique de l'Est"): they cannot be told apart. */
  unnamedCountries: "unnamedCountries",
  kind: (kind: string) => `kind:${kind}:activities`,
  themeActivities: (theme: string) => `theme:${theme}:activities`,
  /** Activities the country took part in: a count of activities, never of people. */
  countryActivities: (iso3: string) => `country:${iso3}:activities`,
  regionActivities: (m49: string) => `region:${m49}:activities`,
  labs: "labs",
  labType: (type: string) => `labType:${type}:labs`,
  labCountry: (iso3: string) => `labCountry:${iso3}:labs`,
  /** Activities a donor funds: what its page needs to know which years it has, without reading them. */
  donorActivities: (donorId: string) => `donor:${donorId}:activities`,

  // People, always of one measure (shared/domain/measures.ts); each participants cell has its
  // qualifier cells (qualified below), so that a sum says how it is known.
  measure: (measure: Measure) => `measure:${measure}:participants`,
  /** Activities that count someone in the measure. */
  measureActivities: (measure: Measure) => `measure:${measure}:activities`,
  measureTheme: (measure: Measure, theme: string) => `measure:${measure}:theme:${theme}:participants`,
  /** Participants the record attributes to the country (see attributedByCountry). */
  measureCountry: (measure: Measure, iso3: string) => `measure:${measure}:country:${iso3}:participants`,
  /** Activities of the measure that name the country: the measure's countries are those counted here. */
  measureCountryActivities: (measure: Measure, iso3: string) => `measure:${measure}:country:${iso3}:activities`,
  /** Countries the measure's activities count without naming them. */
  measureUnnamedCountries: (measure: Measure) => `measure:${measure}:unnamedCountries`,
  /** Participants attributed to a country of the grouping. */
  measureRegion: (measure: Measure, m49: string) => `measure:${measure}:region:${m49}:participants`,
  measureProfession: (measure: Measure, profession: string) =>
    `measure:${measure}:profession:${profession}:participants`,
  /** Women or men, where the record's split by sex falls in one measure. */
  measureSex: (measure: Measure, sex: "women" | "men") => `measure:${measure}:sex:${sex}:participants`,
};

/** The cell counting the parts of a participants cell known with a qualifier other than exact. */
export function qualifierCell(name: string, qualifier: Exclude<ValueQualifier, "exact">): string {
  return `${name}~${qualifier}`;
}

const INEXACT = ["approximately", "at_least", "fewer_than"] as const;

/** A participants cell with the qualifier its parts give it. */
export function qualified(cells: Cells, name: string): Qualified {
  const value = cells[name] ?? 0;
  return {
    value,
    qualifier: sumQualifier(INEXACT.filter((qualifier) => (cells[qualifierCell(name, qualifier)] ?? 0) > 0)),
  };
}

/** What is left of a total once its parts are taken: known as the total and its parts are. */
export function remainder(total: Qualified, parts: readonly Qualified[]): Qualified {
  const value = Math.max(0, total.value - parts.reduce((sum, part) => sum + part.value, 0));
  // Parts that cover the whole total leave nobody out, however the total is known.
  if (value === 0) return { value, qualifier: "exact" };
  return { value, qualifier: sumQualifier([total.qualifier, ...parts.map((part) => part.qualifier)]) };
}

/** The first year the programme's records hold (E/CN.15/2020/12 reports on 2019). */
export const FIRST_YEAR = 2019;

/** A year and the activities its totals count. */
export type YearCount = { year: number; activities: number };

/**
 * The years whose totals may hold records, newest first: from the first year to the next one
 * (an activity can be logged ahead, for a training already planned).
 */
export function recordYears(now = new Date()): number[] {
  const last = now.getUTCFullYear() + 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, index) => last - index);
}

export function scopeOf(status: Activity["status"]): Scope | undefined {
  return status === "draft" ? undefined : status;
}

/** What one activity adds to its year's totals. */
export function activityCells(activity: Activity): Cells {
  const cells: Cells = {};
  const qualifier = activity.participants?.qualifier ?? "exact";
  const add = (name: string, value: number) => {
    if (value !== 0) cells[name] = (cells[name] ?? 0) + value;
  };
  const people = (name: string, value: number) => {
    if (value === 0) return;
    add(name, value);
    if (qualifier !== "exact") cells[qualifierCell(name, qualifier)] = 1;
  };
  add(cell.activities, 1);
  add(cell.kind(activity.kind), 1);
  add(cell.themeActivities(activity.theme), 1);
  for (const country of activity.countries) add(cell.countryActivities(country), 1);
  const unnamed = Math.max(0, (activity.countryCount ?? 0) - activity.countries.length);
  add(cell.unnamedCountries, unnamed);
  for (const region of activityRegions(activity)) add(cell.regionActivities(region), 1);
  for (const donor of activity.donors) add(cell.donorActivities(donor), 1);

  const parts = Object.entries(measureParts(activity)) as [Measure, number][];
  if (parts.length === 0) {
    // Nobody recorded: still an activity of its kind's measure, in its countries.
    const measure = measureOfKind(activity.kind);
    add(cell.measureActivities(measure), 1);
    for (const country of activity.countries) add(cell.measureCountryActivities(measure, country), 1);
    add(cell.measureUnnamedCountries(measure), unnamed);
  }
  const byCountry = attributedByCountry(activity);
  for (const [measure, count] of parts) {
    people(cell.measure(measure), count);
    add(cell.measureActivities(measure), 1);
    people(cell.measureTheme(measure, activity.theme), count);
    for (const country of activity.countries) add(cell.measureCountryActivities(measure, country), 1);
    add(cell.measureUnnamedCountries(measure), unnamed);
    for (const [country, attributed] of Object.entries(byCountry[measure] ?? {})) {
      people(cell.measureCountry(measure, country), attributed);
      for (const region of regionsOf(country)) people(cell.measureRegion(measure, region), attributed);
    }
    // A split by sex says nothing of which measure its people are in unless there is only one.
    if (parts.length === 1) {
      for (const sex of ["women", "men"] as const) {
        people(cell.measureSex(measure, sex), activity.participants?.bySex?.[sex] ?? 0);
      }
    }
  }
  for (const [profession, count] of Object.entries(activity.participants?.byProfession ?? {})) {
    people(
      cell.measureProfession(measureOfProfession(activity.kind, profession as Profession), profession),
      count ?? 0,
    );
  }
  return cells;
}

/** Every M49 grouping the activity reached: its countries' and its stated region's, each once. */
export function activityRegions(activity: Pick<Activity, "countries" | "region">): string[] {
  const regions = new Set(activity.countries.flatMap(regionsOf));
  for (const region of activity.region ? regionChain(activity.region) : []) regions.add(region);
  return [...regions];
}

export function labCells(lab: LabInput): Cells {
  return { [cell.labs]: 1, [cell.labType(lab.type)]: 1, [cell.labCountry(lab.country)]: 1 };
}

/** Where a record's cells are kept: its year and scope, if it counts anywhere. */
export type Contribution = { year: number; scope: Scope; cells: Cells };

/** An activity's cells and its checksum (record-checksum.ts), which the totals of its year and scope add up. */
export function activityContribution(activity: Activity | undefined): Contribution | undefined {
  const scope = activity && scopeOf(activity.status);
  return activity && scope
    ? { year: activity.year, scope, cells: { ...activityCells(activity), ...checksumCells(activity) } }
    : undefined;
}

/** Labs are managed records without a workflow: they count as official in the year they were set up. */
export function labContribution(lab: LabInput | undefined): Contribution | undefined {
  const year = lab && labYear(lab);
  return lab && year !== undefined ? { year, scope: "validated", cells: labCells(lab) } : undefined;
}

/** The change from one contribution to another, per (year, scope) bucket, zero changes left out. */
export function contributionDelta(before: Contribution | undefined, after: Contribution | undefined) {
  const buckets = new Map<string, { year: number; scope: Scope; cells: Cells }>();
  const apply = (contribution: Contribution | undefined, sign: 1 | -1) => {
    if (!contribution) return;
    const id = `${contribution.year}#${contribution.scope}`;
    const bucket = buckets.get(id) ?? { year: contribution.year, scope: contribution.scope, cells: {} };
    for (const [name, value] of Object.entries(contribution.cells)) {
      bucket.cells[name] = (bucket.cells[name] ?? 0) + sign * value;
    }
    buckets.set(id, bucket);
  };
  apply(before, -1);
  apply(after, +1);
  return [...buckets.values()]
    .map((bucket) => ({
      ...bucket,
      cells: Object.fromEntries(Object.entries(bucket.cells).filter(([, v]) => v !== 0)),
    }))
    .filter((bucket) => Object.keys(bucket.cells).length > 0);
}

export function sumCells(...all: Cells[]): Cells {
  const total: Cells = {};
  for (const cells of all) for (const [name, value] of Object.entries(cells)) total[name] = (total[name] ?? 0) + value;
  return total;
}

/** A cell whose stored value is not what the records add up to; `donor` for a donor's totals. */
export type Drift = { scope: Scope; donor?: string; cell: string; expected: number; stored: number };

/** Cells whose stored value differs from the value recomputed from the records. */
export function totalsDrift(expected: Record<Scope, Cells>, stored: Record<Scope, Cells>): Drift[] {
  return (Object.keys(expected) as Scope[]).flatMap((scope) => {
    const names = new Set([...Object.keys(expected[scope]), ...Object.keys(stored[scope])]);
    return [...names]
      .map((name) => ({ scope, cell: name, expected: expected[scope][name] ?? 0, stored: stored[scope][name] ?? 0 }))
      .filter((row) => row.expected !== row.stored);
  });
}

/** A year's totals computed from its records, as the aggregate items should hold them. */
export function computeTotals(year: number, activities: Activity[], labs: LabInput[]): Record<Scope, Cells> {
  const totals: Record<Scope, Cells> = { validated: {}, submitted: {} };
  const contributions = [...activities.map(activityContribution), ...labs.map(labContribution)];
  for (const contribution of contributions) {
    if (contribution?.year === year) {
      totals[contribution.scope] = sumCells(totals[contribution.scope], contribution.cells);
    }
  }
  return totals;
}

/**
 * What a validated activity adds to the totals of each donor funding it, in its year: its own
 * cells (the donor cells aside), so that a donor's summary reads a few items, not its activities.
 * Donors are told of validated activities only, as the official report is.
 */
export type DonorContribution = { year: number; donor: string; cells: Cells };

export function donorContributions(activity: Activity | undefined): DonorContribution[] {
  if (activity?.status !== "validated") return [];
  const cells = Object.fromEntries(
    Object.entries(activityCells(activity)).filter(([name]) => !name.startsWith("donor:")),
  );
  return activity.donors.map((donor) => ({ year: activity.year, donor, cells }));
}

/** The change from one state of an activity to another, per (year, donor), zero changes left out. */
export function donorContributionDelta(before: Activity | undefined, after: Activity | undefined): DonorContribution[] {
  const buckets = new Map<string, DonorContribution>();
  const apply = (activity: Activity | undefined, sign: 1 | -1) => {
    for (const { year, donor, cells } of donorContributions(activity)) {
      const id = `${year} ${donor}`;
      const bucket = buckets.get(id) ?? { year, donor, cells: {} };
      for (const [name, value] of Object.entries(cells)) bucket.cells[name] = (bucket.cells[name] ?? 0) + sign * value;
      buckets.set(id, bucket);
    }
  };
  apply(before, -1);
  apply(after, +1);
  return [...buckets.values()]
    .map((bucket) => ({
      ...bucket,
      cells: Object.fromEntries(Object.entries(bucket.cells).filter(([, v]) => v !== 0)),
    }))
    .filter((bucket) => Object.keys(bucket.cells).length > 0);
}

/** Each donor's totals of a year computed from the records, as its totals items should hold them. */
export function computeDonorTotals(year: number, activities: Activity[]): Map<string, Cells> {
  const totals = new Map<string, Cells>();
  for (const activity of activities) {
    for (const contribution of donorContributions(activity)) {
      if (contribution.year !== year) continue;
      totals.set(contribution.donor, sumCells(totals.get(contribution.donor) ?? {}, contribution.cells));
    }
  }
  return totals;
}

/** The names a cell family holds with a value above 0: cellKeys(cells, "country:", ":activities") → ["KEN", …]. */
export function cellKeys(cells: Cells, prefix: string, suffix: string): string[] {
  return Object.keys(cells)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && (cells[name] ?? 0) > 0)
    .map((name) => name.slice(prefix.length, -suffix.length));
}
