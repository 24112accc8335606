// Read capacity as DynamoDB bills it: every request of a client asks for its consumed capacity
// (ReturnConsumedCapacity TOTAL) and the units are added up, along with the items read.
import type { Database } from "../../shared/data/client";

export type ReadMeter = {
  reset: () => void;
  readonly units: number;
  readonly requests: number;
  readonly items: number;
};

type Consumed = { CapacityUnits?: number; ReadCapacityUnits?: number };

export function meterReads(db: Database): ReadMeter {
  let units = 0;
  let requests = 0;
  let items = 0;
  db.client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = "TOTAL";
      const result = await next(args);
      const output = result.output as {
        ConsumedCapacity?: Consumed | Consumed[];
        Items?: unknown[];
        Item?: unknown;
        Responses?: Record<string, unknown[]>;
      };
      const consumed = [output.ConsumedCapacity ?? []].flat();
      units += consumed.reduce((sum, c) => sum + (c.ReadCapacityUnits ?? c.CapacityUnits ?? 0), 0);
      requests++;
      items +=
        (output.Items?.length ?? 0) +
        (output.Item ? 1 : 0) +
        Object.values(output.Responses ?? {}).reduce((sum, list) => sum + list.length, 0);
      return result;
    },
    { step: "initialize", name: "meterReads" },
  );
  return {
    reset: () => {
      units = 0;
      requests = 0;
      items = 0;
    },
    get units() {
      return units;
    },
    get requests() {
      return requests;
    },
    get items() {
      return items;
    },
  };
}
