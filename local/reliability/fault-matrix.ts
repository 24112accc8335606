// The fault matrix: each failure the database can give, injected into the real client's middleware
// (inside the SDK's retries, as the network or the service would give it). A fault that lasts is a
// 503 with Retry-After (a conflict that lasts, a 409 with Retry-After); a fault that passes is
// retried and the request succeeds; either way nothing is half-written.
import { randomUUID } from "node:crypto";
import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import type { Database } from "../../shared/data/client";
import { checkTotals } from "../../shared/data/recompute-totals";
import { activityBody } from "./activity-body";
import type { Client } from "./app";

export type Fault = {
  /** The DynamoDB operation it strikes, as the SDK names the command. */
  on: RegExp;
  error: () => Error;
  /** How many attempts it strikes; the rest pass. */
  times: number;
  /** Strike once the request has reached the database: the write is done, its answer lost. */
  afterWrite?: boolean;
};

const $metadata = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });
export const serviceError = (name: string, httpStatusCode: number) =>
  Object.assign(new Error(`${name} (injected)`), { name, $fault: "server", ...$metadata(httpStatusCode) });
const networkError = (code: string) => Object.assign(new Error(`${code} (injected)`), { code });
const cancelled = (code: string) => () =>
  new TransactionCanceledException({
    message: `Transaction cancelled: ${code} (injected)`,
    CancellationReasons: [{ Code: code }],
    ...$metadata(400),
  });
export const internalError = () => new InternalServerError({ message: "boom", ...$metadata(500) });
const throughput = () =>
  new ProvisionedThroughputExceededException({ message: "Rate exceeded (injected)", ...$metadata(400) });
export const ALWAYS = Number.POSITIVE_INFINITY;
const WRITE = /TransactWrite/;

/** Faults at every try of a create, and what the client must get: [name, fault, status]. */
export const LASTING: [string, Fault, 503 | 409][] = [
  ["provisioned throughput exceeded", { on: WRITE, error: throughput, times: ALWAYS }, 503],
  ["throttling", { on: WRITE, error: () => serviceError("ThrottlingException", 400), times: ALWAYS }, 503],
  [
    "request limit exceeded",
    { on: WRITE, error: () => new RequestLimitExceeded({ message: "limit", ...$metadata(400) }), times: ALWAYS },
    503,
  ],
  ["internal server error", { on: WRITE, error: internalError, times: ALWAYS }, 503],
  ["service unavailable", { on: WRITE, error: () => serviceError("ServiceUnavailable", 503), times: ALWAYS }, 503],
  [
    "a timeout",
    { on: WRITE, error: () => Object.assign(new Error("timed out"), { name: "TimeoutError" }), times: ALWAYS },
    503,
  ],
  ["a reset connection", { on: WRITE, error: () => networkError("ECONNRESET"), times: ALWAYS }, 503],
  ["a transaction cancelled for throttling", { on: WRITE, error: cancelled("ThrottlingError"), times: ALWAYS }, 503],
  [
    "a transaction cancelled for throughput",
    { on: WRITE, error: cancelled("ProvisionedThroughputExceeded"), times: ALWAYS },
    503,
  ],
  ["a transaction conflict", { on: WRITE, error: cancelled("TransactionConflict"), times: ALWAYS }, 409],
];

/** Faults that pass after a few tries: the create is stored, once. */
export const PASSING: [string, Fault][] = [
  ["throughput exceeded twice", { on: WRITE, error: throughput, times: 2 }],
  ["an internal server error once", { on: WRITE, error: internalError, times: 1 }],
  ["a transaction cancelled for throttling twice", { on: WRITE, error: cancelled("ThrottlingError"), times: 2 }],
  ["a transaction conflict three times", { on: WRITE, error: cancelled("TransactionConflict"), times: 3 }],
  [
    "a connection reset after the write landed",
    { on: WRITE, error: () => networkError("ECONNRESET"), times: 1, afterWrite: true },
  ],
];

export type FaultInjector = {
  /** The fault the next requests meet, or none. */
  set: (fault: Fault | undefined) => void;
  /** Attempts the current fault has struck. */
  struck: () => number;
};

/** Puts a fault switch into the client, inside the SDK's retry middleware: each attempt meets it. */
export function injectFaults(db: Database): FaultInjector {
  let fault: Fault | undefined;
  let struck = 0;
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const current = fault;
      if (!current?.on.test(context.commandName ?? "") || struck >= current.times) return next(args);
      struck++;
      if (current.afterWrite) await next(args);
      throw current.error();
    },
    { step: "finalizeRequest", priority: "low", name: "injectFault" },
  );
  return {
    set(next) {
      fault = next;
      struck = 0;
    },
    struck: () => struck,
  };
}

const YEAR = 2019;

/** The activities of the year the creates go to, as a client lists them. */
async function stored(app: Client, faults: FaultInjector): Promise<number> {
  faults.set(undefined);
  const list = await (await app.request(`/activities?year=${YEAR}&limit=100`)).json();
  return list.items.length;
}

export type FaultOutcome = {
  status: number;
  retryAfter: number;
  error?: string;
  /** Attempts the fault struck. */
  struck: number;
  /** Activities stored by the create: 0 or 1. */
  storedMore: number;
  /** Totals cells that no longer match the records. */
  drift: number;
};

/** Sends one idempotent create while `fault` strikes, then counts what it left behind. */
export async function createUnderFault(
  app: Client,
  db: Database,
  faults: FaultInjector,
  fault: Fault,
): Promise<FaultOutcome> {
  const before = await stored(app, faults);
  faults.set(fault);
  const res = await app.request("/activities", {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
    body: JSON.stringify(activityBody("Created while the database fails", YEAR)),
  });
  const struck = faults.struck();
  const answer = await res.json();
  const storedMore = (await stored(app, faults)) - before;
  return {
    status: res.status,
    retryAfter: Number(res.headers.get("retry-after")),
    ...(res.status >= 400 && { error: answer.error }),
    struck,
    storedMore,
    drift: (await checkTotals(db, YEAR)).drift.length,
  };
}

/** Whether a lasting fault was answered as it must be: its status, Retry-After, nothing written. */
export function lastingHeld(outcome: FaultOutcome, status: 503 | 409): boolean {
  return (
    outcome.status === status &&
    outcome.retryAfter > 0 &&
    outcome.error === (status === 503 ? "unavailable" : "conflict") &&
    outcome.struck > 1 &&
    outcome.storedMore === 0 &&
    outcome.drift === 0
  );
}

/** Whether a passing fault was retried through: 201, stored once, totals right. */
export function passingHeld(outcome: FaultOutcome, fault: Fault): boolean {
  return outcome.status === 201 && outcome.struck === fault.times && outcome.storedMore === 1 && outcome.drift === 0;
}
