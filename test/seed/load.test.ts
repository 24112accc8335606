import { describe, expect, it } from "vitest";
import { seed2019 } from "../../seed/2019";
import { loadSeed } from "../../seed/load";
import { getTotals } from "../../shared/data/aggregates";
import { checkTotals } from "../../shared/data/recompute-totals";
import { testDatabase } from "../support/database";

describe("loadSeed", async () => {
  const db = await testDatabase();

  it("loads every 2019 record once, and a second run changes nothing", async () => {
    const total =
      seed2019.activities.length +
      seed2019.mentors.length +
      seed2019.labs.length +
      seed2019.publishedFigures.length +
      // The year's report texts: one record.
      1;
    expect(await loadSeed(db, seed2019)).toEqual({ written: total, present: 0 });
    const totals = await getTotals(db, 2019, ["validated"]);
    expect(await loadSeed(db, seed2019)).toEqual({ written: 0, present: total });
    expect(await getTotals(db, 2019, ["validated"])).toEqual(totals);
    expect(totals.activities).toBe(seed2019.activities.length);
    expect(totals.labs).toBe(seed2019.labs.length);
    expect((await checkTotals(db, 2019)).drift).toEqual([]);
  });
});
