// The stores of mentors, donors and labs.
import { randomUUID } from "node:crypto";
import type { DonorInput } from "../domain/donor";
import type { LabInput } from "../domain/lab";
import type { MentorInput } from "../domain/mentor";
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
  references: (lab) =>
    lab.activityIds.map((id, index) => ({
      path: `activityIds.${index}`,
      key: keys.activity(id),
      label: `activity "${id}"`,
    })),
});

/** Sort-key prefix of the labs of one country in the byEntity index. */
export function labsInCountry(country: string): string {
  return `COUNTRY#${country}#`;
}
