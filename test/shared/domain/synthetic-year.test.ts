// A synthetic year of a few hundred random activities (several countries, mixed qualifiers,
// partial splits, every status, edits and deletions) written through the use cases to DynamoDB
// Local. What the figures must be is computed here, by rules written out again, not by the
// product's code; then the stored totals, the report's tables and the donor summary are held to it.
import { describe, expect, it } from "vitest";
import type { Identity } from "../../../shared/auth/identity";
import { getTotals } from "../../../shared/data/aggregates";
import { type Activity, type ActivityInput, ActivityInputSchema } from "../../../shared/domain/activity";
import { activityCells, sumCells } from "../../../shared/domain/aggregates";
import { figuresOfMeasure, type MeasureFigures } from "../../../shared/domain/measure-figures";
import { MEASURES, type Measure } from "../../../shared/domain/measures";
import type { Qualified } from "../../../shared/domain/qualifiers";
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  type CountQualifier,
  type Profession,
  THEMES,
} from "../../../shared/domain/vocabulary";
import { buildReport } from "../../../shared/report/build-report";
import { donorSummary } from "../../../shared/report/donor-summary";
import { correctActivity, logActivity, moveActivity, removeActivity } from "../../../shared/use-cases/activities";
import { donorCatalog } from "../../../shared/use-cases/catalog";
import { testDatabase } from "../../support/database";
import { random } from "../../support/random";

const YEAR = 2031;
const COUNT = 240;
const COUNTRIES = ["KEN", "UGA", "TZA", "SLV", "GTM", "SEN", "THA", "EGY", "AUT", "PER"];
const QUALIFIERS: CountQualifier[] = ["exact", "exact", "approximately", "at_least"];
const PRACTITIONER_PROFESSIONS: Profession[] = ["law_enforcement", "prosecutors", "judges", "forensic_analysts"];
const OTHER_PROFESSIONS: Profession[] = ["teachers", "students", "parents", "civil_society", "private_sector"];
const manager: Identity = { id: "manager", role: "manager" };

function randomActivity(r: ReturnType<typeof random>, index: number): ActivityInput {
  const kind = r.pick(ACTIVITY_KINDS);
  const countries = r.some(COUNTRIES, 1 + r.int(3));
  const total = r.next() < 0.15 ? 0 : 1 + r.int(400);
  const participants: Record<string, unknown> = { total, qualifier: r.pick(QUALIFIERS) };
  if (total > 0 && r.next() < 0.6) {
    const women = r.int(total + 1);
    participants.bySex = { women, men: r.int(total - women + 1) };
  }
  if (total > 0 && r.next() < 0.6) {
    const byProfession: Record<string, number> = {};
    let left = total;
    for (const profession of r.some([...PRACTITIONER_PROFESSIONS, ...OTHER_PROFESSIONS], 1 + r.int(3))) {
      const count = r.int(left + 1);
      byProfession[profession] = count;
      left -= count;
    }
    participants.byProfession = byProfession;
  }
  if (total > 0 && countries.length > 1 && r.next() < 0.5) {
    const byCountry: Record<string, number> = {};
    let left = total;
    for (const country of countries.slice(0, -1)) {
      const count = r.int(left + 1);
      byCountry[country] = count;
      left -= count;
    }
    participants.byCountry = byCountry;
  }
  return ActivityInputSchema.parse({
    kind,
    theme: r.pick(THEMES),
    title: `Synthetic activity ${index}`,
    startDate: `${YEAR}-0${1 + r.int(9)}-1${r.int(9)}`,
    endDate: `${YEAR}-10-2${r.int(9)}`,
    countries,
    donors: r.next() < 0.3 ? ["funder"] : [],
    ...(total > 0 || r.next() < 0.5 ? { participants } : {}),
  });
}

// The rules, written out again.
const NOT_PRACTITIONERS = new Set<string>(OTHER_PROFESSIONS);
function expectedParts(activity: Activity): Partial<Record<Measure, number>> {
  const total = activity.participants?.total ?? 0;
  if (total === 0) return {};
  const simple: Partial<Record<ActivityKind, Measure>> = {
    awareness_campaign: "peopleReached",
    meeting: "meetingParticipants",
    coordination_mechanism: "meetingParticipants",
  };
  if (activity.kind !== "training") return { [simple[activity.kind] ?? "otherParticipants"]: total };
  const others = Object.entries(activity.participants?.byProfession ?? {})
    .filter(([profession]) => NOT_PRACTITIONERS.has(profession))
    .reduce((sum, [, count]) => sum + (count ?? 0), 0);
  return Object.fromEntries(
    [
      ["practitionersTrained", total - others],
      ["othersTrained", others],
    ].filter(([, count]) => (count as number) > 0),
  );
}

type Expected = { value: number; qualifiers: Set<string>; byCountry: Map<string, number>; countries: Set<string> };

function expectedOf(activities: Activity[], measure: Measure): Expected {
  const expected: Expected = { value: 0, qualifiers: new Set(), byCountry: new Map(), countries: new Set() };
  for (const activity of activities) {
    const parts = expectedParts(activity);
    const count = parts[measure];
    const kindMeasure =
      activity.kind === "training"
        ? "practitionersTrained"
        : Object.keys(expectedParts({ ...activity, participants: { total: 1, qualifier: "exact" } }))[0];
    // An activity that recorded nobody is still one of its kind's measure, in its countries.
    if (Object.keys(parts).length === 0 && kindMeasure === measure) {
      for (const country of activity.countries) expected.countries.add(country);
    }
    if (!count) continue;
    expected.value += count;
    expected.qualifiers.add(activity.participants?.qualifier ?? "exact");
    for (const country of activity.countries) expected.countries.add(country);
    const measures = Object.keys(parts).length;
    const split = activity.participants?.byCountry;
    const attributed: [string, number][] =
      activity.countries.length === 1
        ? [[activity.countries[0] as string, count]]
        : measures === 1 && split
          ? Object.entries(split).map(([country, n]) => [country, n ?? 0])
          : [];
    for (const [country, n] of attributed) expected.byCountry.set(country, (expected.byCountry.get(country) ?? 0) + n);
  }
  return expected;
}

/** The README's rule: any "about" makes it about; else any "at least" makes it at least; else exact. */
function expectedQualifier(qualifiers: Set<string>): string {
  if (qualifiers.has("approximately")) return "approximately";
  if (qualifiers.has("at_least")) return "at_least";
  return "exact";
}

const sum = (values: Qualified[]) => values.reduce((total, value) => total + value.value, 0);

function expectColumnsAddUp(figures: MeasureFigures) {
  const total = figures.total.value;
  expect(sum(figures.byTheme.map((row) => row.value)), `${figures.measure} by theme`).toBe(total);
  expect(sum([...figures.byCountry.map((row) => row.value), figures.notAttributedToCountry])).toBe(total);
  expect(
    sum([...figures.byRegion.filter((row) => row.level === 0).map((row) => row.value), figures.notAttributedToRegion]),
  ).toBe(total);
  expect(sum([...figures.byProfession.map((row) => row.value), figures.professionNotRecorded])).toBe(total);
  expect(sum([figures.bySex.women, figures.bySex.men, figures.bySex.notRecorded])).toBe(total);
}

describe("a synthetic year's figures", async () => {
  const db = await testDatabase();
  const deps = { db };
  await donorCatalog.create(deps, manager, { id: "funder", name: "A funder" });
  const r = random(2031);
  const kept: Activity[] = [];
  for (let index = 0; index < COUNT; index += 1) {
    const { activity } = await logActivity(deps, manager, randomActivity(r, index));
    let current = activity;
    const fate = r.next();
    if (fate < 0.1) {
      await removeActivity(deps, manager, current.id, current.version);
      continue;
    }
    if (fate < 0.3) {
      current = await correctActivity(deps, manager, current.id, {
        input: randomActivity(r, index),
        version: current.version,
      });
    }
    if (fate > 0.4)
      current = await moveActivity(deps, manager, current.id, { status: "submitted", version: current.version });
    if (fate > 0.55)
      current = await moveActivity(deps, manager, current.id, { status: "validated", version: current.version });
    kept.push(current);
  }
  const validated = kept.filter((activity) => activity.status === "validated");
  const totals = await getTotals(db, YEAR, ["validated"]);

  it("holds, for every measure, the total, qualifier, countries and attributed participants the rules give", () => {
    expect(validated.length).toBeGreaterThan(50);
    for (const measure of MEASURES) {
      const expected = expectedOf(validated, measure);
      const figures = figuresOfMeasure(totals, measure);
      expect(figures.total.value, measure).toBe(expected.value);
      expect(figures.total.qualifier, measure).toBe(expectedQualifier(expected.qualifiers));
      expect(figures.countries, measure).toEqual([...expected.countries].sort());
      expect(
        Object.fromEntries(figures.byCountry.map((row) => [row.country, row.value.value])),
        `${measure} by country`,
      ).toEqual(Object.fromEntries([...expected.byCountry].filter(([, n]) => n > 0)));
      expectColumnsAddUp(figures);
    }
  });

  it("never adds two measures: every participant is in exactly one", () => {
    const everyone = validated.reduce((total, activity) => total + (activity.participants?.total ?? 0), 0);
    expect(MEASURES.reduce((total, measure) => total + figuresOfMeasure(totals, measure).total.value, 0)).toBe(
      everyone,
    );
  });

  it("gives the report's tables the same figures, with their qualifiers in words", () => {
    const report = buildReport({
      year: YEAR,
      language: "en",
      preview: false,
      activities: validated,
      labs: [],
      totals,
      publishedFigures: [],
      generatedAt: "2032-01-15T00:00:00.000Z",
    });
    const byTheme = report.tables.find((table) => table.id === "practitionersTrained-theme");
    const figures = figuresOfMeasure(totals, "practitionersTrained");
    expect(byTheme?.rows.reduce((total, row) => total + (row.cells[0]?.value ?? 0), 0)).toBe(figures.total.value);
    const byCountry = report.tables.find((table) => table.id === "practitionersTrained-country");
    expect(byCountry?.rows.at(-1)?.label).toBe("Not attributed to one country");
    expect(byCountry?.rows.reduce((total, row) => total + (row.cells[0]?.value ?? 0), 0)).toBe(figures.total.value);
    for (const table of report.tables.filter((t) => t.id.startsWith("practitionersTrained-"))) {
      expect(
        table.rows.every((row) =>
          row.cells.every((cell) => /^(about |more than |fewer than )?[\d,]+$/.test(cell.text)),
        ),
      ).toBe(true);
    }
    expect(report.summary.map((p) => p.content.map((inline) => inline.text).join("")).join(" ")).toMatch(
      new RegExp(
        `In ${YEAR}, UNODC trained ${figures.total.qualifier === "approximately" ? "about " : figures.total.qualifier === "at_least" ? "more than " : ""}[\\d,]+ criminal justice practitioners from ${figures.countries.length} countries\\.`,
      ),
    );
  });

  it("gives a donor the figures of the activities it funds, as the report would", () => {
    const funded = validated.filter((activity) => activity.donors.includes("funder"));
    const own = sumCells(...funded.map(activityCells));
    const summary = donorSummary({
      donor: { id: "funder", name: "A funder", version: 1, createdAt: "", createdBy: "", updatedAt: "", updatedBy: "" },
      year: YEAR,
      cells: own,
      activities: funded,
      labs: [],
    });
    for (const measure of MEASURES) {
      const expected = expectedOf(funded, measure);
      expect(figuresOfMeasure(own, measure).total.value).toBe(expected.value);
    }
    expect(summary.totals.activities).toBe(funded.length);
  });
});
