// The fuzz's requests: random and mutated bodies for every write route, random queries for the
// lists, reports and exports. Whatever comes in, the answer must never be a 5xx.
import fc from "fast-check";
import { activityBody } from "./activity-body";

/** Values that broke or could break the server: edges of numbers, text and structure. */
const nasty = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53, 1e-320, -0, 0.1, Number.MAX_SAFE_INTEGER, -1, 0, 1e21),
  fc.constantFrom("", " ", "\u0000", "\u001b[31m", "\ud800", "a".repeat(300), "KEN", "2019-02-30", "../..", "<script>"),
  fc.constantFrom(null, true, [], {}, [null], { fr: "" }, { en: "\u0000" }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A valid body with one field replaced, removed or added. */
const mutated = (valid: Record<string, unknown>) =>
  fc.tuple(fc.constantFrom(...Object.keys(valid), "extra"), nasty, fc.boolean()).map(([field, value, remove]) => {
    const body: Record<string, unknown> = { ...valid };
    if (remove) delete body[field];
    else body[field] = value;
    return body;
  });

/** Mostly a valid body with one field spoiled; else any JSON, or any text at all. */
export const bodyFor = (valid: Record<string, unknown>) =>
  fc.oneof(
    { weight: 3, arbitrary: mutated(valid).map((body) => JSON.stringify(body)) },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  );

export const VALID_ACTIVITY: Record<string, unknown> = activityBody(
  "Cryptocurrency investigations for East African investigators",
  2019,
);

/** A valid body of each creating route. */
export const VALID: Record<string, Record<string, unknown>> = {
  "/activities": VALID_ACTIVITY,
  "/mentors": {
    name: "Mentor",
    dutyStation: { city: "Nairobi", country: "KEN" },
    countriesCovered: ["KEN"],
    themes: [],
    period: { start: "2019-01-01" },
  },
  "/donors": { id: "fuzz-donor", name: "Donor" },
  "/labs": { id: "fuzz-lab", institution: "Directorate", country: "KEN", kind: "digital_forensics" },
  "/published-figures": {
    id: "fuzz-figure",
    year: 2019,
    indicator: "practitioners_trained",
    value: 10,
    qualifier: "exact",
    unit: "people",
    label: { en: "People" },
    source: { document: "E/CN.15/2020/12", paragraph: "18" },
  },
};

/** The lists, reports and exports a random query string is sent to. */
export const READ_PATHS = [
  "/activities",
  "/mentors",
  "/labs",
  "/published-figures",
  "/reports/annual/2019",
  "/reports/annual/2019/records",
  "/exports/activities/2019",
] as const;

export const query = fc
  .dictionary(
    fc.constantFrom(
      "year",
      "theme",
      "country",
      "donor",
      "mentor",
      "limit",
      "cursor",
      "version",
      "lang",
      "format",
      "cell",
      "preview",
    ),
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        "2019",
        "-1",
        "1e308",
        "KEN",
        "NaN",
        "eyJwayI6IkEifQ",
        "labs",
        "country:KEN:activities",
        "measure:*:country:*:activities",
        "true",
      ),
    ),
    { maxKeys: 4 },
  )
  .map((params) => new URLSearchParams(params).toString());

export type FuzzRequest = { method: string; path: string; body?: string };

/**
 * Every fuzzed request kind, each with the share of `runs` it gets and the requests each of its
 * samples sends: a POST per creating route, a PUT and a status change on the activity
 * `activityId`, a GET with a random query. `runs` per kind adds up to 7 × runs requests.
 */
export function fuzzCases(
  activityId: string,
): { name: string; arbitrary: fc.Arbitrary<FuzzRequest[]>; share: number; requests: number }[] {
  return [
    ...Object.entries(VALID).map(([path, valid]) => ({
      name: `POST ${path}`,
      arbitrary: bodyFor(valid).map((body) => [{ method: "POST", path, body }]),
      share: 1,
      requests: 1,
    })),
    {
      name: "PUT /activities/{id} and its status changes",
      arbitrary: fc
        .tuple(bodyFor({ ...VALID_ACTIVITY, version: 1 }), bodyFor({ status: "submitted", version: 1 }))
        .map(([put, status]) => [
          { method: "PUT", path: `/activities/${activityId}`, body: put },
          { method: "POST", path: `/activities/${activityId}/status`, body: status },
        ]),
      share: 0.5,
      requests: 2,
    },
    {
      name: "lists and reports with random queries",
      arbitrary: fc
        .tuple(fc.constantFrom(...READ_PATHS), query)
        .map(([path, search]) => [{ method: "GET", path: `${path}?${search}` }]),
      share: 1,
      requests: 1,
    },
  ];
}
