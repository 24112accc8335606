// Row: the read capacity of a donor's summary (GET /reports/donors/{id}/{year}: its totals, a page
// of its activities, its labs) for a donor funding 1 000 validated activities against one funding
// 100, in the same table. The summary reads the donor's own totals items, so it should cost the
// same whatever the number of activities.
import { writeActivityBatch } from "../../shared/data/activity-batches";
import { donors } from "../../shared/data/catalog";
import { createDatabase } from "../../shared/data/client";
import { loadDonorSummary } from "../../shared/data/donor-data";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../dynamodb-local";
import { meterReads } from "./capacity";
import type { BenchContext } from "./context";
import { syntheticActivity } from "./dataset";
import { type BenchRow, ratioRow } from "./table";
import { count } from "./totals";

const YEAR = 2032;
const LARGE = 1_000;
const SMALL = 100;
/**
 * Activities per write: small, so that both donors' totals are spread over their shards as
 * validations one by one spread them (a batch adds to one shard).
 */
const BATCH = 5;
const ACTOR = { id: "bench" };

/** `funded` validated activities of the year for `donor`, written as an import writes them (totals included). */
async function fund(context: BenchContext, donor: string, funded: number, offset: number) {
  for (let start = 0; start < funded; start += BATCH) {
    const activities = Array.from({ length: Math.min(BATCH, funded - start) }, (_, i) => ({
      ...syntheticActivity(YEAR, offset + start + i),
      donors: [donor],
    }));
    await writeActivityBatch(context.db, {
      importId: `bench-${donor}`,
      batch: start / BATCH,
      activities,
      actor: ACTOR,
    });
  }
}

export async function donorSummaryRows(context: BenchContext): Promise<BenchRow[]> {
  for (const [id, funded, offset] of [
    ["bench-large-donor", LARGE, 0],
    ["bench-small-donor", SMALL, LARGE],
  ] as const) {
    await donors.create(context.db, { id, name: id }, ACTOR).catch(() => undefined);
    context.say(`${funded} validated activities funded by ${id}`);
    await fund(context, id, funded, offset);
  }
  // A client of its own, so that the meter counts only these reads.
  const db = createDatabase(
    { tableName: context.db.tableName, dynamodbEndpoint: context.local.endpoint, region: LOCAL_REGION },
    LOCAL_CREDENTIALS,
  );
  const meter = meterReads(db);
  const units = async (donor: string, expected: number) => {
    meter.reset();
    const summary = await loadDonorSummary(db, donor, YEAR, { limit: 25 });
    if (summary.cells.activities !== expected) {
      throw new Error(`${donor}'s summary counts ${summary.cells.activities} activities, not ${expected}`);
    }
    return meter.units;
  };
  return [
    ratioRow(
      `a donor's summary, ${count(LARGE)} vs ${count(SMALL)} funded activities (reads, RCU)`,
      { value: await units("bench-large-donor", LARGE), unit: "RCU" },
      { value: await units("bench-small-donor", SMALL), unit: "RCU" },
      1.5,
    ),
  ];
}
