// The fault matrix: each failure the database can give, injected into the real client's middleware
// (inside the SDK's retries, as the network or the service would give it) against DynamoDB Local.
// A fault that lasts is a 503 with Retry-After (a conflict that lasts, a 409 with Retry-After); a
// fault that passes is retried and the request succeeds; either way nothing is half-written.
import { beforeEach, describe, expect, it } from "vitest";
import { freePort, LOCAL_CREDENTIALS, LOCAL_REGION } from "../../../local/dynamodb-local";
import {
  ALWAYS,
  createUnderFault,
  injectFaults,
  internalError,
  LASTING,
  PASSING,
  serviceError,
} from "../../../local/reliability/fault-matrix";
import { createApp } from "../../../shared/app/app";
import { createTokenVerifier } from "../../../shared/auth/verify-token";
import { createDatabase } from "../../../shared/data/client";
import { testApp, testConfig } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

describe("database faults", async () => {
  const { app, db } = await testApp();
  const faults = injectFaults(db);
  beforeEach(() => faults.set(undefined));

  for (const [name, fault, status] of LASTING) {
    it(`a create meeting ${name} at every try is a ${status} with Retry-After, and writes nothing`, async () => {
      const outcome = await createUnderFault(app, db, faults, fault);
      expect(outcome).toMatchObject({
        status,
        error: status === 503 ? "unavailable" : "conflict",
        storedMore: 0,
        drift: 0,
      });
      expect(outcome.retryAfter).toBeGreaterThan(0);
      expect(outcome.struck).toBeGreaterThan(1);
    });
  }

  for (const [name, fault] of PASSING) {
    it(`a create meeting ${name} is retried and stored once`, async () => {
      const outcome = await createUnderFault(app, db, faults, fault);
      expect(outcome).toMatchObject({ status: 201, struck: fault.times, storedMore: 1, drift: 0 });
    });
  }

  it("a list meeting throttling at every try is a 503 with Retry-After", async () => {
    faults.set({ on: /Query/, error: () => serviceError("ThrottlingException", 400), times: ALWAYS });
    const res = await app.request("/activities?year=2019");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
  });

  it("a read meeting an internal error at every try is a 503, and /health/ready says so", async () => {
    const created = await (await sendJson(app, "POST", "/activities", validActivity)).json();
    faults.set({ on: /GetItem|Get/, error: internalError, times: ALWAYS });
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
