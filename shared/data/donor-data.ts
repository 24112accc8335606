// Reads what a donor's summary of a year is made from: the donor, the totals of the validated
// activities it funds (its own totals items, whatever their number), a page of those activities,
// and the labs they set up or equipped.
import type { Activity } from "../domain/activity";
import { getActivities } from "./activities";
import { getDonorTotals } from "./aggregates";
import { donors, labsOfYear } from "./catalog";
import type { Database } from "./client";
import { linkedActivityId, model } from "./model";
import { type PageRequest, queryPage } from "./query";
import { readPages } from "./read-pages";

// Donors are told of validated activities only, as the official report is.
const validated = (activities: Activity[]) => activities.filter((activity) => activity.status === "validated");

/** Every validated activity the donor funds in the year, for its exports (CSV, IATI). */
export async function loadDonorYear(db: Database, donorId: string, year: number) {
  const donor = await donors.get(db, donorId);
  const links = await readPages((page) =>
    queryPage(db, { ...model.donorLink.key.query({ donor: donorId, year }), keysOnly: true }, page),
  );
  const activities = validated(await getActivities(db, links.map(linkedActivityId)));
  return { donor, year, activities };
}

/**
 * A donor's summary of a year, read in a number of requests that does not grow with the
 * activities it funds: its totals (one BatchGet of their shards), one page of its activities
 * (a page holds the validated ones among `limit` links, so it may hold fewer), and the labs of
 * the year that one of its validated activities set up or equipped.
 */
export async function loadDonorSummary(db: Database, donorId: string, year: number, page: PageRequest) {
  const donor = await donors.get(db, donorId);
  const [cells, links, yearLabs] = await Promise.all([
    getDonorTotals(db, donorId, year),
    queryPage(db, { ...model.donorLink.key.query({ donor: donorId, year }), keysOnly: true }, page),
    labsOfYear(db, year),
  ]);
  const activities = validated(await getActivities(db, links.items.map(linkedActivityId)));
  // A lab counts if an activity it names is a validated one of this donor: those are read by id.
  const named = [...new Set(yearLabs.flatMap((lab) => lab.activityIds))];
  const funded = new Set(
    validated(await getActivities(db, named))
      .filter((activity) => activity.donors.includes(donorId))
      .map((activity) => activity.id),
  );
  const fundedLabs = yearLabs.filter((lab) => lab.activityIds.some((id) => funded.has(id)));
  return { donor, year, cells, activities, nextCursor: links.nextCursor, labs: fundedLabs };
}
