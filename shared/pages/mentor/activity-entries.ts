// A stored activity as the activity form's fields, name/value pairs in the form's order: the
// inverse of formInput (shared/pages/client/form-input.ts), to prefill the form that corrects it.
import type { ActivityInput } from "../../domain/activity";
import { LANGUAGES } from "../../language/languages";

/** Lists the form shows in one field are joined as formInput splits them. */
export function activityEntries(activity: ActivityInput): [string, string][] {
  const entries: [string, string][] = [];
  const put = (name: string, value: string | number | undefined) => {
    if (value !== undefined) entries.push([name, String(value)]);
  };
  for (const key of ["kind", "theme", "title", "startDate", "endDate"] as const) put(key, activity[key]);
  for (const country of activity.countries) put("countries", country);
  put("countryCount", activity.countryCount);
  put("region", activity.region);
  put("place", activity.place);
  if (activity.partners.length > 0) put("partners", activity.partners.join(", "));
  for (const donor of activity.donors) put("donors", donor);
  const participants = activity.participants;
  if (participants) {
    put("participants.total", participants.total);
    put("participants.qualifier", participants.qualifier);
    for (const [sex, count] of Object.entries(participants.bySex ?? {})) put(`participants.bySex.${sex}`, count);
    for (const [profession, count] of Object.entries(participants.byProfession ?? {})) {
      put(`participants.byProfession.${profession}`, count);
    }
    for (const [country, count] of Object.entries(participants.byCountry ?? {})) {
      put(`participants.byCountry.${country}`, count);
    }
  }
  if (activity.topics.length > 0) put("topics", activity.topics.join("\n"));
  activity.outcomes.forEach((outcome, row) => {
    for (const key of ["indicator", "baseline", "value", "qualifier", "unit"] as const) {
      put(`outcomes.${row}.${key}`, outcome[key]);
    }
  });
  for (const language of LANGUAGES) put(`narrative.${language}`, activity.narrative?.[language]);
  return entries;
}
