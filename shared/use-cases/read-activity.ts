// The read of one activity, on its own: the API's most frequent request loads only this, the
// policy and the record's item (shared/api/routes/activity-read.ts).
import { assertCanRead, viewFor } from "../auth/policy";
import { getActivity } from "../data/activity-item";
import type { Caller, UseCaseDeps } from "./context";

/** The activity as the caller may see it (a donor: without internal fields). */
export async function readActivity({ db }: UseCaseDeps, caller: Caller, id: string) {
  const activity = await getActivity(db, id);
  assertCanRead(caller, activity);
  return (await viewFor(caller))(activity);
}
