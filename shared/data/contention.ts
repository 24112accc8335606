// DynamoDB's rules for items written at the same moment, which DynamoDB Local does not apply, as
// SDK middleware: so that a test or a benchmark on DynamoDB Local meets what a busy table on AWS
// would give. Never installed by the application itself.
//
// - Conflicts: a transaction that touches an item (Put, Update, Delete or ConditionCheck) while
//   another transaction in flight holds it is cancelled, with TransactionConflict as the reason
//   of that item; a single PutItem, UpdateItem or DeleteItem on such an item fails with
//   TransactionConflictException. An item is held from the moment its transaction is sent until
//   its answer comes back.
// - Throttling: one partition key takes at most `writeUnitsPerSecond` (1 000 on AWS) write units
//   a second; a transactional write costs two. Beyond it a transaction is cancelled with
//   ThrottlingError on that item, a single write fails with ProvisionedThroughputExceededException
//   (which the SDK tries again). A write counts one unit per KB of what the request carries for
//   the item, at least one: an update is counted by its expression, not by the item it grows,
//   so the figure errs on the side of fewer units.
// - Service: DynamoDB serves requests side by side and holds an item only while it serves the
//   transaction, some milliseconds; DynamoDB Local, one process on a shared machine, queues them,
//   and a request waiting in its queue would hold its items for as long. So the simulation sends
//   at most `parallel` requests at once (others wait their turn before they take any item): an item
//   is held for the time a request is served.
import {
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
  TransactionConflictException,
} from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { KEY } from "./model";

export type ContentionOptions = {
  /** Write units one partition key takes in a second; 1 000 on AWS. */
  writeUnitsPerSecond?: number;
  /** Requests DynamoDB Local serves at once; default 4. */
  parallel?: number;
};

/** What the simulation did: transactions and writes it refused, and why. */
export type ContentionCounts = { transactions: number; conflicts: number; throttled: number };

type Target = { item: string; partition: string; units: number };

const SINGLE_WRITES = new Set(["PutItemCommand", "UpdateItemCommand", "DeleteItemCommand"]);
const WINDOW_MS = 1_000;

/** A key attribute as either client sends it: plain from the document client, typed ({ S }) below it. */
function keyValue(value: unknown): string {
  if (value && typeof value === "object" && "S" in value) return String((value as { S: unknown }).S);
  return String(value);
}

function target(table: string, key: Record<string, unknown> | undefined, carried: unknown): Target {
  const partition = `${table}|${keyValue(key?.[KEY.partition])}`;
  const units = Math.max(1, Math.ceil(Buffer.byteLength(JSON.stringify(carried ?? {})) / 1024));
  return { item: `${partition}|${keyValue(key?.[KEY.sort])}`, partition, units };
}

type WriteInput = {
  TableName?: string;
  Key?: Record<string, unknown>;
  Item?: Record<string, unknown>;
  ExpressionAttributeValues?: unknown;
};

function writeTarget(write: WriteInput): Target {
  return target(write.TableName ?? "", write.Key ?? write.Item, write.Item ?? write.ExpressionAttributeValues);
}

type TransactWrite = { Put?: WriteInput; Update?: WriteInput; Delete?: WriteInput; ConditionCheck?: WriteInput };

function transactionTargets(items: TransactWrite[]): { target: Target; writes: boolean }[] {
  return items.map((entry) => {
    const write = entry.Put ?? entry.Update ?? entry.Delete;
    // A condition check holds its item, but writes nothing.
    return write
      ? { target: writeTarget(write), writes: true }
      : { target: writeTarget(entry.ConditionCheck ?? {}), writes: false };
  });
}

const metadata = { $metadata: { httpStatusCode: 400 } };

/** Installs the simulation on a client; returns its counts. */
export function simulateContention(client: DynamoDBDocumentClient, options: ContentionOptions = {}): ContentionCounts {
  const limit = options.writeUnitsPerSecond ?? 1_000;
  const counts: ContentionCounts = { transactions: 0, conflicts: 0, throttled: 0 };
  /** Items held by transactions in flight, with how many hold them (a retry of the same one). */
  const held = new Map<string, number>();
  /** Units written per partition key in the last second: [time, units] pairs, oldest first. */
  const written = new Map<string, [number, number][]>();

  const unitsInWindow = (partition: string, now: number) => {
    const recent = (written.get(partition) ?? []).filter(([at]) => now - at < WINDOW_MS);
    written.set(partition, recent);
    return recent.reduce((sum, [, units]) => sum + units, 0);
  };
  const overLimit = (partition: string, units: number, now: number) => unitsInWindow(partition, now) + units > limit;
  const record = (partition: string, units: number, now: number) =>
    written.set(partition, [...(written.get(partition) ?? []), [now, units]]);

  const parallel = options.parallel ?? 4;
  let serving = 0;
  const waiting: (() => void)[] = [];
  const admitted = async () => {
    while (serving >= parallel) await new Promise<void>((resolve) => waiting.push(resolve));
    serving++;
  };
  const done = () => {
    serving--;
    waiting.shift()?.();
  };

  client.middlewareStack.add(
    (next, context) => async (args) => {
      await admitted();
      try {
        return await simulated(next, context.commandName ?? "", args);
      } finally {
        done();
      }
    },
    // Inside the SDK's retries, as the service would answer each attempt.
    { step: "finalizeRequest", priority: "low", name: "simulateContention" },
  );
  return counts;

  async function simulated<Args extends { input: unknown }, Output>(
    next: (args: Args) => Promise<Output>,
    commandName: string,
    args: Args,
  ): Promise<Output> {
    const input = args.input as { TransactItems?: TransactWrite[] } & WriteInput;
    const now = Date.now();
    if (commandName === "TransactWriteItemsCommand") {
      counts.transactions++;
      const targets = transactionTargets(input.TransactItems ?? []);
      const reasons = targets.map(({ target: { item, partition, units }, writes }) => {
        if (held.has(item)) return "TransactionConflict";
        if (writes && overLimit(partition, 2 * units, now)) return "ThrottlingError";
        return "None";
      });
      if (reasons.includes("TransactionConflict") || reasons.includes("ThrottlingError")) {
        if (reasons.includes("TransactionConflict")) counts.conflicts++;
        else counts.throttled++;
        throw new TransactionCanceledException({
          message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.join(", ")}] (simulated)`,
          CancellationReasons: reasons.map((Code) => ({ Code })),
          ...metadata,
        });
      }
      for (const { target, writes } of targets) {
        held.set(target.item, (held.get(target.item) ?? 0) + 1);
        if (writes) record(target.partition, 2 * target.units, now);
      }
      try {
        return await next(args);
      } finally {
        for (const { target } of targets) {
          const holders = (held.get(target.item) ?? 1) - 1;
          if (holders === 0) held.delete(target.item);
          else held.set(target.item, holders);
        }
      }
    }
    if (SINGLE_WRITES.has(commandName)) {
      const { item, partition, units } = writeTarget(input);
      if (held.has(item)) {
        counts.conflicts++;
        throw new TransactionConflictException({
          message: "Transaction is ongoing for the item (simulated)",
          ...metadata,
        });
      }
      if (overLimit(partition, units, now)) {
        counts.throttled++;
        throw new ProvisionedThroughputExceededException({
          message: "The level of configured provisioned throughput for the table was exceeded (simulated)",
          ...metadata,
        });
      }
      record(partition, units, now);
    }
    return next(args);
  }
}
