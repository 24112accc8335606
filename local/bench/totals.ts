// Row: the read capacity of a year's totals (the dashboard's and the report's headline figures)
// for the large year against the small one. Totals are stored per year, so reading them should
// cost the same whatever the number of activities.
import { getTotals } from "../../shared/data/aggregates";
import { createDatabase } from "../../shared/data/client";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../dynamodb-local";
import { meterReads } from "./capacity";
import type { BenchContext } from "./context";
import { type BenchRow, ratioRow } from "./table";

export async function totalsRows(context: BenchContext): Promise<BenchRow[]> {
  const { activities, smallActivities } = context.sizes;
  const [large, small] = [await context.year(activities), await context.year(smallActivities)];
  // A client of its own, so that the meter counts only these reads.
  const db = createDatabase(
    { tableName: context.db.tableName, dynamodbEndpoint: context.local.endpoint, region: LOCAL_REGION },
    LOCAL_CREDENTIALS,
  );
  const meter = meterReads(db);
  const units = async (year: number) => {
    meter.reset();
    await getTotals(db, year, ["validated"]);
    return meter.units;
  };
  return [
    ratioRow(
      `a year's totals, ${count(activities)} vs ${count(smallActivities)} activities (reads, RCU)`,
      { value: await units(large.year), unit: "RCU" },
      { value: await units(small.year), unit: "RCU" },
      1.5,
    ),
  ];
}

/** 100000 as "100 000", as the table writes its sizes. */
export function count(n: number): string {
  return n.toLocaleString("fr-FR").replace(/\s/g, " ");
}
