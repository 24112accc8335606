// Every key the table holds, built in one place and named after the read it serves.
import type { Activity } from "../domain/activity";

type Key = { pk: string; sk: string };

/** Sort key of an activity inside any of its collections: theme first, so a theme is a prefix. */
function activityOrder(activity: Pick<Activity, "theme" | "startDate" | "id">): string {
  return `THEME#${activity.theme}#${activity.startDate}#${activity.id}`;
}

/** Partition of the byStatus index; only submitted activities are kept there. */
function statusQueue(status: "submitted"): string {
  return `STATUS#${status}`;
}

export const keys = {
  activity: (id: string): Key => ({ pk: `ACTIVITY#${id}`, sk: "ACTIVITY" }),

  /**
   * Index attributes an activity item carries for the byYear and byMentor indexes, and for the
   * byStatus index only while it is submitted: every write puts the whole item, so a validated or
   * returned activity drops them and leaves the validation queue in the same transaction.
   */
  activityIndexes: (
    activity: Pick<Activity, "year" | "theme" | "startDate" | "id" | "mentorId" | "status" | "updatedAt">,
  ) => ({
    gsi1pk: `YEAR#${activity.year}`,
    gsi1sk: activityOrder(activity),
    ...(activity.mentorId && {
      gsi2pk: `MENTOR#${activity.mentorId}`,
      gsi2sk: `YEAR#${activity.year}#${activityOrder(activity)}`,
    }),
    ...(activity.status === "submitted" && {
      gsi4pk: statusQueue("submitted"),
      // Submitting sets updatedAt, so the queue reads oldest submission first; the id breaks ties.
      gsi4sk: `${activity.updatedAt}#${activity.id}`,
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
  /** byStatus index: only the submitted activities are listed there (the validation queue). */
  activitiesByStatus: (status: "submitted") => statusQueue(status),
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
