// 300 random operations, 16 at a time, on the same records through the API: the stored totals of
// the years they touch still add up to exactly what their records do.
import { describe, expect, it } from "vitest";
import { randomOperations } from "../../../local/reliability/random-operations";
import { testApp } from "../../support/database";

describe("random operations", () => {
  it("create, correct, submit, validate, return and delete at once leave no drift between the totals and the records", async () => {
    const { app, db } = await testApp();
    const result = await randomOperations(app, db, { operations: 300, concurrency: 16 });
    const summary = `seed ${result.seed}: ${JSON.stringify(result.answers)}`;
    console.log(`random operations, ${summary}`);
    expect(result.serverErrors, summary).toBe(0);
    expect(result.drift, summary).toBe(0);
    // The run did what it says: records were created, validated, returned and deleted, and some
    // operations met another on the same record.
    for (const answer of ["create 201", "submit 200", "validate 200", "return 200", "delete 204"]) {
      expect(result.answers[answer] ?? 0, `${answer} in ${summary}`).toBeGreaterThan(0);
    }
    expect(result.cells).toBeGreaterThan(0);
  }, 600_000);
});
