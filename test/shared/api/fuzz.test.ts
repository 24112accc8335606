// A bounded fuzz: random and mutated bodies and queries on every write route and list, against
// DynamoDB Local. Whatever comes in, the answer is never a 5xx. FUZZ_RUNS raises the count (the
// test command runs about 2 400 requests).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { validActivity } from "../../support/requests";

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

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

const bodyFor = (valid: Record<string, unknown>) =>
  fc.oneof(
    { weight: 3, arbitrary: mutated(valid).map((body) => JSON.stringify(body)) },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  );

const VALID: Record<string, Record<string, unknown>> = {
  "/activities": validActivity,
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

const query = fc
  .dictionary(
    fc.constantFrom("year", "theme", "country", "donor", "mentor", "limit", "cursor", "version", "lang", "format"),
    fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("2019", "-1", "1e308", "KEN", "NaN", "eyJwayI6IkEifQ")),
    { maxKeys: 4 },
  )
  .map((params) => new URLSearchParams(params).toString());

describe("fuzz: no input is a 5xx", async () => {
  const { app } = await testApp();
  const created = await (
    await app.request("/activities", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(validActivity),
    })
  ).json();
  const seen: string[] = [];
  async function expectNo5xx(method: string, path: string, body?: string) {
    const res = await app.request(path, {
      method,
      ...(body !== undefined && { headers: { "content-type": "application/json" }, body }),
    });
    seen.push(`${method} ${path.split("?")[0]}`);
    if (res.status >= 500)
      throw new Error(`${method} ${path} ${body ?? ""} answered ${res.status}: ${await res.text()}`);
  }

  for (const [path, valid] of Object.entries(VALID)) {
    it(`POST ${path}`, async () => {
      await fc.assert(
        fc.asyncProperty(bodyFor(valid), (body) => expectNo5xx("POST", path, body)),
        { numRuns: RUNS },
      );
    }, 600_000);
  }

  it("PUT /activities/{id} and its status changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        bodyFor({ ...validActivity, version: 1 }),
        bodyFor({ status: "submitted", version: 1 }),
        async (put, status) => {
          await expectNo5xx("PUT", `/activities/${created.id}`, put);
          await expectNo5xx("POST", `/activities/${created.id}/status`, status);
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 600_000);

  it("lists and reports with random queries", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "/activities",
          "/mentors",
          "/labs",
          "/published-figures",
          "/reports/annual/2019",
          "/exports/activities/2019",
        ),
        query,
        (path, search) => expectNo5xx("GET", `${path}?${search}`),
      ),
      { numRuns: RUNS },
    );
    expect(seen.length).toBeGreaterThanOrEqual(RUNS * 7);
  }, 600_000);
});
