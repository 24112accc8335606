// The IATI file of a year: the validated activities of the year, or those a donor funds, with the
// funders the file may name. A donor asks for its own file; a manager for any donor's or the year's.
import { assertCanExportIati } from "../auth/policy";
import { donors } from "../data/catalog";
import { loadDonorYear } from "../data/donor-data";
import { loadYearActivities } from "../data/report-data";
import type { Activity } from "../domain/activity";
import type { Donor } from "../domain/donor";
import type { Caller, UseCaseDeps } from "./context";

export type IatiSelection = { year: number; donor?: string };

export async function iatiActivities(
  { db }: UseCaseDeps,
  caller: Caller,
  selection: IatiSelection,
): Promise<{ activities: Activity[]; donors: Donor[]; donorId?: string }> {
  const donorId = selection.donor ?? (caller.role === "donor" ? caller.donorId : undefined);
  assertCanExportIati(caller, donorId);
  if (donorId !== undefined) {
    const { donor, activities } = await loadDonorYear(db, donorId, selection.year);
    // A donor's file names that donor as the funder, and no other organisation's funding.
    return { activities, donors: [donor], donorId };
  }
  const activities = (await loadYearActivities(db, selection.year)).filter(
    (activity) => activity.status === "validated",
  );
  const ids = [...new Set(activities.flatMap((activity) => activity.donors))];
  return { activities, donors: await Promise.all(ids.map((id) => donors.get(db, id))) };
}
