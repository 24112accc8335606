// Every key the table holds, built in one place and named after the read it serves.
import type { Activity } from "../domain/activity";

type Key = { pk: string; sk: string };

/** Sort key of an activity inside any of its collections: theme first, so a theme is a prefix. */
function activityOrder(activity: Pick<Activity, "theme" | "startDate" | "id">): string {
  return `THEME#${activity.theme}#${activity.startDate}#${activity.id}`;
}

export const keys = {
  activity: (id: string): Key => ({ pk: `ACTIVITY#${id}`, sk: "ACTIVITY" }),

  /** Index attributes an activity item carries for the byYear and byMentor indexes. */
  activityIndexes: (activity: Pick<Activity, "year" | "theme" | "startDate" | "id" | "mentorId">) => ({
    gsi1pk: `YEAR#${activity.year}`,
    gsi1sk: activityOrder(activity),
    ...(activity.mentorId && {
      gsi2pk: `MENTOR#${activity.mentorId}`,
      gsi2sk: `YEAR#${activity.year}#${activityOrder(activity)}`,
    }),
  }),

  /**
   * An activity is listed under each of its countries and donors by a small link item: a list
   * reads the links (keys only) and then fetches the activities by id.
   */
  activityLinks: (activity: Pick<Activity, "year" | "theme" | "startDate" | "id" | "countries" | "donors">): Key[] => [
    ...activity.countries.map((country) => ({
      pk: keys.activitiesByCountryYear(country, activity.year),
      sk: activityOrder(activity),
    })),
    ...activity.donors.map((donor) => ({
      pk: keys.activitiesByDonorYear(donor, activity.year),
      sk: activityOrder(activity),
    })),
  ],

  activitiesByYear: (year: number) => `YEAR#${year}`,
  activitiesByMentor: (mentorId: string) => `MENTOR#${mentorId}`,
  activitiesByCountryYear: (country: string, year: number) => `COUNTRY#${country}#YEAR#${year}`,
  activitiesByDonorYear: (donorId: string, year: number) => `DONOR#${donorId}#YEAR#${year}`,
  themePrefix: (theme: string) => `THEME#${theme}#`,
  yearPrefix: (year: number) => `YEAR#${year}#`,

  entity: (type: EntityType, id: string): Key => ({ pk: `${type}#${id}`, sk: type }),
  /** byEntity index: every mentor, donor or lab, sorted by the given order value. */
  entityIndex: (type: EntityType, order: string) => ({ gsi3pk: type, gsi3sk: order }),

  idempotency: (scope: string, key: string): Key => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: "IDEMPOTENCY" }),

  /** The change history of a record, oldest first. */
  auditOf: (entity: string, recordId: string) => `AUDIT#${entity}#${recordId}`,
  audit: (entity: string, recordId: string, order: string): Key => ({ pk: `AUDIT#${entity}#${recordId}`, sk: order }),

  /** The totals of a year in one scope (validated or submitted), one attribute per cell. */
  aggregate: (year: number, scope: string): Key => ({ pk: `AGGREGATE#${year}#${scope}`, sk: "AGGREGATE" }),
};

export type EntityType = "MENTOR" | "DONOR" | "LAB" | "FIGURE";
