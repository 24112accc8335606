// The totals a report reads, as named cells each record adds to. Keeping them as deltas of
// plain functions lets every write apply exactly what it changes, and lets a check recompute them.
import type { Activity } from "./activity";
import { regionChain, regionsOf } from "./countries";
import { type LabInput, labYear } from "./lab";

/** Cell name → value, e.g. "theme:prevention:participants" → 420. */
export type Cells = Record<string, number>;

/** Which totals a record counts in: official (validated) or pending (submitted). Drafts count nowhere. */
export type Scope = "validated" | "submitted";

export const cell = {
  activities: "activities",
  participants: "participants",
  /** Countries counted but not named ("12 pays d'Afrique de l'Est"): they cannot be told apart. */
  unnamedCountries: "unnamedCountries",
  kind: (kind: string) => `kind:${kind}:activities`,
  kindParticipants: (kind: string) => `kind:${kind}:participants`,
  /** Criminal justice practitioners trained: trainees other than teachers, pupils, parents and the public. */
  practitionersTrained: "practitionersTrained",
  themeActivities: (theme: string) => `theme:${theme}:activities`,
  themeParticipants: (theme: string) => `theme:${theme}:participants`,
  /** Participants of the activities a country took part in: a country's share is not recorded. */
  countryParticipants: (iso3: string) => `country:${iso3}:participants`,
  countryActivities: (iso3: string) => `country:${iso3}:activities`,
  regionParticipants: (m49: string) => `region:${m49}:participants`,
  regionActivities: (m49: string) => `region:${m49}:activities`,
  profession: (profession: string) => `profession:${profession}:participants`,
  sex: (sex: string) => `sex:${sex}:participants`,
  labs: "labs",
  labType: (type: string) => `labType:${type}:labs`,
  labCountry: (iso3: string) => `labCountry:${iso3}:labs`,
  /** Activities a donor funds: what its page needs to know which years it has, without reading them. */
  donorActivities: (donorId: string) => `donor:${donorId}:activities`,
};

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
  const total = activity.participants?.total ?? 0;
  const cells: Cells = {};
  const add = (name: string, value: number) => {
    if (value !== 0) cells[name] = (cells[name] ?? 0) + value;
  };
  add(cell.activities, 1);
  add(cell.participants, total);
  add(cell.kind(activity.kind), 1);
  add(cell.kindParticipants(activity.kind), total);
  if (activity.kind === "training") add(cell.practitionersTrained, practitioners(activity));
  add(cell.themeActivities(activity.theme), 1);
  add(cell.themeParticipants(activity.theme), total);
  for (const country of activity.countries) {
    add(cell.countryActivities(country), 1);
    add(cell.countryParticipants(country), total);
  }
  add(cell.unnamedCountries, Math.max(0, (activity.countryCount ?? 0) - activity.countries.length));
  for (const region of activityRegions(activity)) {
    add(cell.regionActivities(region), 1);
    add(cell.regionParticipants(region), total);
  }
  for (const [profession, count] of Object.entries(activity.participants?.byProfession ?? {})) {
    add(cell.profession(profession), count ?? 0);
  }
  for (const [sex, count] of Object.entries(activity.participants?.bySex ?? {})) add(cell.sex(sex), count ?? 0);
  for (const donor of activity.donors) add(cell.donorActivities(donor), 1);
  return cells;
}

const NOT_PRACTITIONERS = ["teachers", "students", "parents", "civil_society", "private_sector"] as const;

function practitioners(activity: Activity): number {
  const byProfession = activity.participants?.byProfession ?? {};
  const others = NOT_PRACTITIONERS.reduce((sum, profession) => sum + (byProfession[profession] ?? 0), 0);
  return Math.max(0, (activity.participants?.total ?? 0) - others);
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

export function activityContribution(activity: Activity | undefined): Contribution | undefined {
  const scope = activity && scopeOf(activity.status);
  return activity && scope ? { year: activity.year, scope, cells: activityCells(activity) } : undefined;
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

export type Drift = { scope: Scope; cell: string; expected: number; stored: number };

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
