// Where an activity's benefit goes, as IATI says it: recipient countries (ISO 3166-1 alpha-2) and
// regions (UN M49, region vocabulary 2) whose percentages add up to 100.
//
// - Countries named, and no others counted unnamed: the split of participants by country where it
//   names every country, equal shares otherwise.
// - Some countries counted but not named (`countryCount` above the list): every country, named or
//   not, has an equal share; the named ones are listed, and the unnamed ones' shares go to the
//   activity's region (or M49 001, World, when no region is recorded), so that nothing is credited
//   to a country the record does not name.
// - No country, a region: the region, 100.
// - Neither (a global meeting, a research product): M49 001, World, 100.
import countries from "i18n-iso-countries/index";
import type { Activity } from "../domain/activity";
import { percentages } from "./percentages";

export const REGION_VOCABULARY_UN_M49 = "2";
export const WORLD = "001";

export type Recipient = { code: string; percentage: string };
export type Recipients = { countries: Recipient[]; regions: Recipient[] };

type Located = Pick<Activity, "countries" | "countryCount" | "region" | "participants">;

function alpha2(iso3: string): string {
  const code = countries.alpha3ToAlpha2(iso3);
  if (!code) throw new Error(`no ISO 3166-1 alpha-2 code for ${iso3}`);
  return code;
}

export function recipients(activity: Located): Recipients {
  const named = activity.countries;
  const region = activity.region ?? WORLD;
  if (named.length === 0) return { countries: [], regions: [{ code: region, percentage: "100" }] };
  const unnamed = Math.max(0, (activity.countryCount ?? named.length) - named.length);
  if (unnamed > 0) {
    const [regionShare = "0", ...countryShares] = percentages([unnamed, ...named.map(() => 1)]);
    return {
      countries: named.map((iso3, index) => ({ code: alpha2(iso3), percentage: countryShares[index] ?? "0" })),
      regions: [{ code: region, percentage: regionShare }],
    };
  }
  const split = activity.participants?.byCountry ?? {};
  const splitNamesAll = named.every((iso3) => (split[iso3] ?? 0) > 0);
  const shares = percentages(named.map((iso3) => (splitNamesAll ? (split[iso3] ?? 0) : 1)));
  return {
    countries: named.map((iso3, index) => ({ code: alpha2(iso3), percentage: shares[index] ?? "0" })),
    regions: [],
  };
}
