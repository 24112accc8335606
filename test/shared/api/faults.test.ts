// The fault matrix: each failure the database can give, injected into the real client's middleware
// (inside the SDK's retries, as the network or the service would give it) against DynamoDB Local.
// A fault that lasts is a 503 with Retry-After (a conflict that lasts, a 409 with Retry-After); a
// fault that passes is retried and the request succeeds; either way nothing is half-written.
import { randomUUID } from "node:crypto";
import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import { beforeEach, describe, expect, it } from "vitest";
import { freePort, LOCAL_CREDENTIALS, LOCAL_REGION } from "../../../local/dynamodb-local";
import { createApp } from "../../../shared/app/app";
import { createTokenVerifier } from "../../../shared/auth/verify-token";
import { createDatabase } from "../../../shared/data/client";
import { checkTotals } from "../../../shared/data/recompute-totals";
import { testApp, testConfig } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

type Fault = {
  /** The DynamoDB operation it strikes, as the SDK names the command. */
  on: RegExp;
  error: () => Error;
  /** How many attempts it strikes; the rest pass. */
  times: number;
  /** Strike once the request has reached the database: the write is done, its answer lost. */
  afterWrite?: boolean;
};

const $metadata = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });
const serviceError = (name: string, httpStatusCode: number) =>
  Object.assign(new Error(`${name} (injected)`), { name, $fault: "server", ...$metadata(httpStatusCode) });
const networkError = (code: string) => Object.assign(new Error(`${code} (injected)`), { code });
const cancelled = (code: string) => () =>
  new TransactionCanceledException({
    message: `Transaction cancelled: ${code} (injected)`,
    CancellationReasons: [{ Code: code }],
    ...$metadata(400),
  });

const throughput = () =>
  new ProvisionedThroughputExceededException({ message: "Rate exceeded (injected)", ...$metadata(400) });
const ALWAYS = Number.POSITIVE_INFINITY;
const WRITE = /TransactWrite/;

describe("database faults", async () => {
  const { app, db } = await testApp();
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
    // Inside the SDK's retry middleware: each attempt meets the fault.
    { step: "finalizeRequest", priority: "low", name: "injectFault" },
  );
  beforeEach(() => {
    fault = undefined;
    struck = 0;
  });

  const stored = async () => {
    fault = undefined;
    const list = await (await app.request("/activities?year=2019&limit=100")).json();
    return list.items.length as number;
  };
  async function expectNothingHalfWritten(before: number) {
    expect(await stored()).toBe(before);
    expect((await checkTotals(db, 2019)).drift).toEqual([]);
  }

  const lasting: [string, Fault, number][] = [
    ["provisioned throughput exceeded", { on: WRITE, error: throughput, times: ALWAYS }, 503],
    ["throttling", { on: WRITE, error: () => serviceError("ThrottlingException", 400), times: ALWAYS }, 503],
    [
      "request limit exceeded",
      { on: WRITE, error: () => new RequestLimitExceeded({ message: "limit", ...$metadata(400) }), times: ALWAYS },
      503,
    ],
    [
      "internal server error",
      { on: WRITE, error: () => new InternalServerError({ message: "boom", ...$metadata(500) }), times: ALWAYS },
      503,
    ],
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
  for (const [name, lastingFault, status] of lasting) {
    it(`a create meeting ${name} at every try is a ${status} with Retry-After, and writes nothing`, async () => {
      const before = await stored();
      fault = lastingFault;
      const res = await sendJson(app, "POST", "/activities", validActivity, { "idempotency-key": randomUUID() });
      expect(res.status).toBe(status);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await res.json()).error).toBe(status === 503 ? "unavailable" : "conflict");
      expect(struck).toBeGreaterThan(1);
      await expectNothingHalfWritten(before);
    });
  }

  const passing: [string, Fault][] = [
    ["throughput exceeded twice", { on: WRITE, error: throughput, times: 2 }],
    [
      "an internal server error once",
      { on: WRITE, error: () => new InternalServerError({ message: "boom", ...$metadata(500) }), times: 1 },
    ],
    ["a transaction cancelled for throttling twice", { on: WRITE, error: cancelled("ThrottlingError"), times: 2 }],
    ["a transaction conflict three times", { on: WRITE, error: cancelled("TransactionConflict"), times: 3 }],
    [
      "a connection reset after the write landed",
      { on: WRITE, error: () => networkError("ECONNRESET"), times: 1, afterWrite: true },
    ],
  ];
  for (const [name, passingFault] of passing) {
    it(`a create meeting ${name} is retried and stored once`, async () => {
      const before = await stored();
      fault = passingFault;
      const res = await sendJson(app, "POST", "/activities", validActivity, { "idempotency-key": randomUUID() });
      expect(res.status).toBe(201);
      expect(struck).toBe(passingFault.times);
      expect(await stored()).toBe(before + 1);
      expect((await checkTotals(db, 2019)).drift).toEqual([]);
    });
  }

  it("a list meeting throttling at every try is a 503 with Retry-After", async () => {
    fault = { on: /Query/, error: () => serviceError("ThrottlingException", 400), times: ALWAYS };
    const res = await app.request("/activities?year=2019");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
  });

  it("a read meeting an internal error at every try is a 503, and /health/ready says so", async () => {
    const created = await (await sendJson(app, "POST", "/activities", validActivity)).json();
    fault = {
      on: /GetItem|Get/,
      error: () => new InternalServerError({ message: "boom", ...$metadata(500) }),
      times: ALWAYS,
    };
    expect((await app.request(`/activities/${created.id}`)).status).toBe(503);
    const ready = await app.request("/health/ready");
    expect(ready.status).toBe(503);
    expect(ready.headers.get("retry-after")).toBe("2");
  });

  it("/health/ready is 200 when the database answers", async () => {
    const res = await app.request("/health/ready");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("an unreachable database is a 503 with Retry-After on data and readiness, while liveness stays 200", async () => {
    // A port nothing listens on: the real connection is refused at every try.
    const closed = createDatabase(
      { tableName: db.tableName, dynamodbEndpoint: `http://127.0.0.1:${await freePort()}`, region: LOCAL_REGION },
      LOCAL_CREDENTIALS,
    );
    const offline = createApp({
      db: closed,
      config: testConfig(closed),
      verifyToken: createTokenVerifier({
        issuer: "https://issuer.example",
        audience: "client",
        keys: async () => {
          throw new Error("unused");
        },
      }),
    });
    const ready = await offline.request("/health/ready");
    expect(ready.status).toBe(503);
    expect(ready.headers.get("retry-after")).toBe("2");
    expect((await ready.json()).message).toMatch(/nothing was changed/);
    expect((await offline.request("/health")).status).toBe(200);
  });
});
