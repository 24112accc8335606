// Groups a year's activities into the report's paragraphs and places each in its section.
import type { Activity } from "../domain/activity";
import { regionsOf } from "../domain/countries";
import type { ReportPlace, ToldTogether } from "../domain/report-texts";
import type { Language } from "../language/languages";
import { inRegion } from "../language/region-phrases";
import { composeActivities } from "./compose";
import { groupText } from "./group-text";
import type { Inline } from "./model";
import { placeFromId, placeOf, SECTIONS } from "./sections";

export type ActivityParagraph = {
  section: ReportPlace;
  subsection?: ReportPlace;
  content: Inline[];
  items?: Inline[][];
  records: string[];
  unvalidated: boolean;
};

/**
 * One paragraph per group of activities told together: those a manager grouped (placed where the
 * manager says, or where most of them belong), those a source tells of in one paragraph (¶19 of
 * E/CN.15/2020/12 tells of four), and, where no narrative was written in the report's language,
 * those of one section and one region, composed from their records as a drafter would.
 */
export function activityParagraphs(
  activities: Activity[],
  language: Language,
  told: ToldTogether[] = [],
): ActivityParagraph[] {
  const groupOf = new Map(told.flatMap((group, index) => group.activities.map((id) => [id, index] as const)));
  const groups = new Map<string, Group>();
  for (const activity of inReportOrder(activities)) {
    const kind = groupFor(activity, groupOf.get(activity.id), language);
    const group = groups.get(kind.key);
    if (group) group.activities.push(activity);
    else groups.set(kind.key, { told: kind.told, region: kind.region, activities: [activity] });
  }
  return [...withFewJoined(groups).values()].map(({ told: index, region, activities }) => {
    const manager = index !== undefined ? told[index] : undefined;
    // A manager's group is told in the order the manager listed it: its subparagraphs' order.
    const group = manager ? inListedOrder(activities, manager.activities) : activities;
    const place = manager?.place ? placeFromId(manager.place) : majorityPlace(group);
    const text =
      region !== undefined
        ? { content: composeActivities(group, language, inRegion(region, language)) }
        : groupText(group, language);
    return {
      section: place.section,
      subsection: place.subsection,
      content: text.content,
      items: text.items,
      records: group.map((activity) => activity.id),
      unvalidated: group.some((activity) => activity.status !== "validated"),
    };
  });
}

/** A region with fewer activities than this in a section has no paragraph of its own there. */
const REGION_PARAGRAPH_FROM = 3;

/**
 * A drafter gives a region its own paragraph in a section where it has a few activities; one or two
 * are told with the section's other activities, in its paragraph for several regions, whose
 * sentences name every country. A few alone in a section keep their region's paragraph.
 */
function withFewJoined(groups: Map<string, Group>): Map<string, Group> {
  const few = [...groups].filter(
    ([, group]) => group.region !== undefined && group.region !== "" && group.activities.length < REGION_PARAGRAPH_FROM,
  );
  const byPlace = new Map<string, [string, Group][]>();
  for (const entry of few) {
    const place = entry[0].slice(0, entry[0].lastIndexOf(":"));
    byPlace.set(place, [...(byPlace.get(place) ?? []), entry]);
  }
  // The caller's map, changed in place: it is made for this and nobody else reads it.
  const joined = groups;
  for (const [place, small] of byPlace) {
    const common = groups.get(`${place}:`);
    if (!common && small.length < 2) continue;
    const target = common ?? { region: "", activities: [] };
    for (const [key, group] of small) {
      target.activities.push(...group.activities);
      joined.delete(key);
    }
    target.activities = inReportOrder(target.activities);
    joined.set(`${place}:`, target);
  }
  return joined;
}

function inListedOrder(activities: Activity[], listed: string[]): Activity[] {
  const at = (activity: Activity) => listed.indexOf(activity.id);
  return [...activities].sort((a, b) => at(a) - at(b));
}

/** Activities told in one paragraph: a manager's group, a source paragraph, one narrative, or composed by region. */
type Group = { told?: number; region?: string; activities: Activity[] };

function groupFor(
  activity: Activity,
  told: number | undefined,
  language: Language,
): { key: string; told?: number; region?: string } {
  if (told !== undefined) return { key: `told:${told}`, told };
  if (activity.source) return { key: `source:${activity.source.document}:${activity.source.paragraph}` };
  if (activity.narrative?.[language] !== undefined) return { key: `activity:${activity.id}` };
  const place = placeOf(activity);
  const region = regionOf(activity);
  return { key: `composed:${place.subsection ?? place.section}:${region}`, region };
}

/** The one region (continent) all of an activity's countries are in, or "" for none or several. */
function regionOf(activity: Activity): string {
  const regions = new Set(activity.countries.map((country) => regionsOf(country).at(-1) ?? ""));
  const [only] = regions;
  return regions.size === 1 && only ? only : "";
}

/**
 * Source order first (paragraph number), then date, then the order the records were made: the
 * order a reader of the source expects. Each one's source paragraph is read once, not at each of
 * the few hundred thousand comparisons of a large year's sort.
 */
function inReportOrder(activities: Activity[]): Activity[] {
  const keyed = activities.map((activity) => ({ activity, paragraph: sourceParagraph(activity) }));
  keyed.sort(
    (a, b) =>
      a.paragraph - b.paragraph ||
      compareIso(a.activity.startDate, b.activity.startDate) ||
      compareIso(a.activity.createdAt, b.activity.createdAt) ||
      a.activity.id.localeCompare(b.activity.id),
  );
  return keyed.map(({ activity }) => activity);
}

/** ISO dates and times of one format sort as their characters do, without a collator's cost. */
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sourceParagraph(activity: Activity): number {
  return Number.parseFloat(activity.source?.paragraph ?? "") || Infinity;
}

const PLACE_ORDER = SECTIONS.flatMap((section) => [
  section.id,
  ...section.subsections.map((subsection) => `${section.id}/${subsection.id}`),
]);

function majorityPlace(group: Activity[]): { section: ReportPlace; subsection?: ReportPlace } {
  const [only] = group;
  if (group.length === 1 && only) return placeOf(only);
  const votes = new Map<string, { count: number; place: ReturnType<typeof placeOf> }>();
  for (const activity of group) {
    const place = placeOf(activity);
    const key = place.subsection ? `${place.section}/${place.subsection}` : place.section;
    votes.set(key, { count: (votes.get(key)?.count ?? 0) + 1, place });
  }
  const [winner] = [...votes].sort(
    (a, b) => b[1].count - a[1].count || PLACE_ORDER.indexOf(a[0]) - PLACE_ORDER.indexOf(b[0]),
  );
  return winner?.[1].place ?? { section: "capacity-building" };
}
