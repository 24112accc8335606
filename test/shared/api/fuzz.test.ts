// A bounded fuzz: random and mutated bodies and queries on every write route and list, against
// DynamoDB Local. Whatever comes in, the answer is never a 5xx. FUZZ_RUNS raises the count (the
// test command runs about 2 800 requests).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FuzzRequest, fuzzCases, VALID_ACTIVITY } from "../../../local/reliability/fuzz";
import { testApp } from "../../support/database";

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

describe("fuzz: no input is a 5xx", async () => {
  const { app } = await testApp();
  const created = await (
    await app.request("/activities", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(VALID_ACTIVITY),
    })
  ).json();
  let sent = 0;
  async function expectNo5xx({ method, path, body }: FuzzRequest) {
    const res = await app.request(path, {
      method,
      ...(body !== undefined && { headers: { "content-type": "application/json" }, body }),
    });
    sent++;
    if (res.status >= 500)
      throw new Error(`${method} ${path} ${body ?? ""} answered ${res.status}: ${await res.text()}`);
  }

  for (const { name, arbitrary, share } of fuzzCases(created.id)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (requests) => {
          for (const request of requests) await expectNo5xx(request);
        }),
        { numRuns: Math.ceil(RUNS * share) },
      );
    }, 600_000);
  }

  it("sent every request it meant to", () => {
    expect(sent).toBeGreaterThanOrEqual(RUNS * 7);
  });
});
