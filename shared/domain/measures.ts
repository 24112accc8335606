// The report's measures of people: each counts one kind of person with one definition, and no
// figure anywhere adds two of them (a trainee is not a pupil a campaign reached). Every participant
// of an activity falls in exactly one measure.
import type { Activity } from "./activity";
import type { Profession } from "./vocabulary";

export const MEASURES = [
  "practitionersTrained",
  "othersTrained",
  "peopleReached",
  "meetingParticipants",
  "otherParticipants",
] as const;
export type Measure = (typeof MEASURES)[number];

/** Trainees who are not criminal justice practitioners. */
export const NOT_PRACTITIONERS: readonly Profession[] = [
  "teachers",
  "students",
  "parents",
  "civil_society",
  "private_sector",
];

const REACHING: readonly Activity["kind"][] = ["awareness_campaign"];
const MEETING: readonly Activity["kind"][] = ["meeting", "coordination_mechanism"];

/**
 * The measure an activity of the kind counts its people in (a training's: practitioners, but for
 * the professions that make "others trained"); an activity that recorded nobody still counts as
 * one of that measure's activities, so that its countries are among the measure's.
 */
export function measureOfKind(kind: Activity["kind"]): Measure {
  if (REACHING.includes(kind)) return "peopleReached";
  if (MEETING.includes(kind)) return "meetingParticipants";
  if (kind === "training") return "practitionersTrained";
  return "otherParticipants";
}

/** The measure a profession counts in, for an activity of the kind. */
export function measureOfProfession(kind: Activity["kind"], profession: Profession): Measure {
  const measure = measureOfKind(kind);
  return measure === "practitionersTrained" && NOT_PRACTITIONERS.includes(profession) ? "othersTrained" : measure;
}

/**
 * How many of the activity's participants each measure counts; the parts add up to the total. A
 * training's participants are practitioners but for those recorded as teachers, students, parents,
 * civil society or private sector, who are "others trained".
 */
export function measureParts(activity: Pick<Activity, "kind" | "participants">): Partial<Record<Measure, number>> {
  const total = activity.participants?.total ?? 0;
  if (total === 0) return {};
  const measure = measureOfKind(activity.kind);
  if (measure !== "practitionersTrained") return { [measure]: total };
  const byProfession = activity.participants?.byProfession ?? {};
  const others = Math.min(
    total,
    NOT_PRACTITIONERS.reduce((sum, profession) => sum + (byProfession[profession] ?? 0), 0),
  );
  const parts: Partial<Record<Measure, number>> = {};
  if (total - others > 0) parts.practitionersTrained = total - others;
  if (others > 0) parts.othersTrained = others;
  return parts;
}

/**
 * The participants each named country accounts for, measure by measure, where the record says:
 * with one country only (and no other counted unnamed), all of them; otherwise the activity's split by country, when all its
 * participants fall in one measure (a split cannot say which of a country's participants were
 * practitioners). The rest of each measure is "not attributed to one country".
 */
export function attributedByCountry(
  activity: Pick<Activity, "kind" | "participants" | "countries" | "countryCount">,
): Partial<Record<Measure, Record<string, number>>> {
  const parts = Object.entries(measureParts(activity)) as [Measure, number][];
  const [only] = activity.countries;
  // One named country among others left unnamed is not where everyone came from.
  const alone = activity.countries.length === 1 && (activity.countryCount ?? 1) <= 1;
  if (alone && only) {
    return Object.fromEntries(parts.map(([measure, count]) => [measure, { [only]: count }]));
  }
  const split = Object.entries(activity.participants?.byCountry ?? {}).filter(([, count]) => (count ?? 0) > 0);
  const [single] = parts;
  if (parts.length !== 1 || !single || split.length === 0) return {};
  return { [single[0]]: Object.fromEntries(split) as Record<string, number> };
}
