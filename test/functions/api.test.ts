import { createServer, type Server } from "node:http";
import type { APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort, LOCAL_CREDENTIALS, LOCAL_REGION } from "../../local/dynamodb-local";
import { createDevIdentityProvider, type DevIdentityProvider } from "../../shared/auth/dev-identity-provider";
import { httpApiEvent, lambdaContext } from "../support/api-gateway-event";
import { testDatabase } from "../support/database";
import { validActivity } from "../support/requests";

type Handler = (event: unknown, context: unknown) => Promise<APIGatewayProxyResultV2>;

describe("Lambda handler", () => {
  let handler: Handler;
  let issuer: DevIdentityProvider;
  let jwksServer: Server;

  beforeAll(async () => {
    const db = await testDatabase();
    // The deployed function fetches the issuer's JWKS over HTTP, as it does from Cognito.
    const port = await freePort();
    issuer = await createDevIdentityProvider(`http://127.0.0.1:${port}/pool`);
    jwksServer = createServer((request, response) => {
      if (request.url !== "/pool/.well-known/jwks.json") return void response.writeHead(404).end();
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(issuer.jwks));
    });
    await new Promise<void>((listening) => jwksServer.listen(port, "127.0.0.1", listening));
    // The entry point reads its configuration at cold start, as on Lambda.
    Object.assign(process.env, {
      TABLE_NAME: db.tableName,
      DYNAMODB_ENDPOINT: inject("dynamodbEndpoint"),
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AUTH_ISSUER: issuer.issuer,
      AUTH_AUDIENCE: issuer.audience,
    });
    handler = (await import("../../functions/api")).handler as Handler;
  });

  afterAll(() => new Promise<void>((closed) => jwksServer.close(() => closed())));

  async function invoke(event: ReturnType<typeof httpApiEvent>, username = "manager") {
    const authorization = `Bearer ${await issuer.issue(username)}`;
    const signed = { ...event, headers: { ...event.headers, authorization } };
    return (await handler(signed, lambdaContext)) as APIGatewayProxyStructuredResultV2;
  }

  it("creates an activity from an HTTP API event and reads it back", async () => {
    const created = await invoke(
      httpApiEvent({
        method: "POST",
        path: "/activities",
        headers: { "content-type": "application/json", "idempotency-key": "lambda-test-0001" },
        body: JSON.stringify(validActivity),
      }),
    );
    expect(created.statusCode).toBe(201);
    const activity = JSON.parse(created.body ?? "");
    expect(created.headers?.location).toBe(`/activities/${activity.id}`);

    const read = await invoke(httpApiEvent({ method: "GET", path: `/activities/${activity.id}` }));
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body ?? "")).toEqual(activity);
  });

  it("passes the query string through to list filters", async () => {
    const res = await invoke(
      httpApiEvent({ method: "GET", path: "/activities", query: "year=2019&country=UGA&limit=5" }),
    );
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body ?? "").items.length).toBeGreaterThan(0);
  });

  it("answers validation errors as JSON with field paths", async () => {
    const res = await invoke(
      httpApiEvent({
        method: "POST",
        path: "/activities",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...validActivity, kind: "party" }),
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers?.["content-type"]).toMatch(/application\/json/);
    expect(JSON.parse(res.body ?? "").details.issues[0].path).toBe("kind");
  });

  it("answers 401 with WWW-Authenticate to an event without a token", async () => {
    const res = (await handler(
      httpApiEvent({ method: "GET", path: "/activities" }),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(401);
    expect(res.headers?.["www-authenticate"]).toBe('Bearer realm="cybercrime-tracker"');
  });
});
