// Reads what a donor's summary of a year is made from: the donor, its validated activities and their labs.
import { getActivities } from "./activities";
import { donors, labsOfYear } from "./catalog";
import type { Database } from "./client";
import { linkedActivityId, model } from "./model";
import { queryPage } from "./query";
import { readPages } from "./read-pages";

export async function loadDonorYear(db: Database, donorId: string, year: number) {
  const donor = await donors.get(db, donorId);
  const links = await readPages((page) =>
    queryPage(db, { ...model.donorLink.key.query({ donor: donorId, year }), keysOnly: true }, page),
  );
  const ids = links.map(linkedActivityId);
  // Donors are told of validated activities only, as the official report is.
  const activities = (await getActivities(db, ids)).filter((activity) => activity.status === "validated");
  const funded = new Set(activities.map((activity) => activity.id));
  const fundedLabs = (await labsOfYear(db, year)).filter((lab) => lab.activityIds.some((id) => funded.has(id)));
  return { donor, year, activities, labs: fundedLabs };
}
