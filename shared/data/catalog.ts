// The stores of mentors, donors and labs.
import { randomUUID } from "node:crypto";
import { labContribution } from "../domain/aggregates";
import type { DonorInput } from "../domain/donor";
import type { LabInput } from "../domain/lab";
import type { MentorInput } from "../domain/mentor";
import type { PublishedFigure } from "../domain/published-figure";
import { entityStore } from "./entities";
import { keys } from "./keys";

export const mentors = entityStore<MentorInput>({
  type: "MENTOR",
  label: "Mentor",
  idFor: () => randomUUID(),
  order: (mentor) => `${mentor.name.toLowerCase()}#${mentor.id}`,
});

export const donors = entityStore<DonorInput>({
  type: "DONOR",
  label: "Donor",
  idFor: (donor) => donor.id,
  order: (donor) => `${donor.name.toLowerCase()}#${donor.id}`,
});

export const labs = entityStore<LabInput>({
  type: "LAB",
  label: "Lab",
  idFor: () => randomUUID(),
  order: (lab) => `${labsInCountry(lab.country)}${lab.institution.toLowerCase()}#${lab.id}`,
  contribution: labContribution,
  references: (lab) =>
    lab.activityIds.map((id, index) => ({
      path: `activityIds.${index}`,
      key: keys.activity(id),
      label: `activity "${id}"`,
    })),
});

/** Totals as a report published them, listed by year. */
export const publishedFigures = entityStore<PublishedFigure>({
  type: "FIGURE",
  label: "Published figure",
  idFor: (figure) => figure.id,
  order: (figure) => `${figuresOfYear(figure.year)}${figure.indicator}#${figure.id}`,
});

/** Sort-key prefix of one year's published figures in the byEntity index. */
export function figuresOfYear(year: number): string {
  return `YEAR#${year}#`;
}

/** Sort-key prefix of the labs of one country in the byEntity index. */
export function labsInCountry(country: string): string {
  return `COUNTRY#${country}#`;
}
