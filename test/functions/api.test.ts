import { createServer, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import type { APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { freePort, LOCAL_CREDENTIALS, LOCAL_REGION } from "../../local/dynamodb-local";
import { createDevIdentityProvider, type DevIdentityProvider } from "../../shared/auth/dev-identity-provider";
import { authorizedEvent, httpApiEvent, lambdaContext } from "../support/api-gateway-event";
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
      AUTH_SIGN_IN_DOMAIN: "https://tracker.auth.eu-west-1.amazoncognito.com",
    });
    handler = (await import("../../functions/api")).handler as Handler;
  });

  afterAll(() => new Promise<void>((closed) => jwksServer.close(() => closed())));

  /** As the API's routes receive a request: through the gateway's JWT authorizer. */
  async function invoke(event: ReturnType<typeof httpApiEvent>, username = "manager") {
    const signed = authorizedEvent(event, await issuer.issue(username));
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

  it("logs each request as one JSON line with Lambda's request id, the route, status, latency and cold start, and counts what it did and its database time", async () => {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      return true;
    });
    let created: APIGatewayProxyStructuredResultV2;
    try {
      created = await invoke(
        httpApiEvent({
          method: "POST",
          path: "/activities",
          headers: { "content-type": "application/json", "idempotency-key": "lambda-log-test-0001" },
          body: JSON.stringify({ ...validActivity, title: "A title that must not be logged" }),
        }),
      );
    } finally {
      spy.mockRestore();
    }
    expect(created.statusCode).toBe(201);
    const entries = lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        write(`${line}\n`);
        return [];
      }
    });
    const request = entries.find((entry) => entry.message === "request");
    expect(request).toMatchObject({
      level: "INFO",
      service: "cybercrime-tracker",
      method: "POST",
      route: "/activities",
      status: 201,
      function_request_id: lambdaContext.awsRequestId,
      cold_start: expect.any(Boolean),
    });
    expect(request?.latencyMs).toEqual(expect.any(Number));
    expect(request?.requestId).toEqual(expect.any(String));
    // Nothing the person sent or is: no title, no e-mail, no token.
    const logged = lines.join("\n");
    expect(logged).not.toContain("A title that must not be logged");
    expect(logged).not.toContain("@example.org");
    expect(logged).not.toMatch(/Bearer|eyJ/);
    const emf = entries.find((entry) => entry._aws !== undefined && "ActivitiesLogged" in entry);
    expect(emf).toMatchObject({ ActivitiesLogged: 1, service: "cybercrime-tracker" });
    expect(JSON.stringify(emf?._aws)).toContain("CybercrimeTracker");
    // A create is one transaction: one call, timed.
    expect(emf?.DynamoDBTime).toEqual(expect.any(Number));
    expect(JSON.stringify(emf?._aws)).toContain('"Name":"DynamoDBTime","Unit":"Milliseconds"');
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

  it("compresses a large answer for a client that accepts gzip, base64-encoded as API Gateway expects", async () => {
    const res = await invoke(
      httpApiEvent({ method: "GET", path: "/openapi.json", headers: { "accept-encoding": "gzip" } }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers?.["content-encoding"]).toBe("gzip");
    expect(res.isBase64Encoded).toBe(true);
    const body = gunzipSync(Buffer.from(res.body ?? "", "base64"));
    expect(JSON.parse(body.toString("utf8")).paths["/activities"]).toBeDefined();
    expect(Buffer.byteLength(res.body ?? "", "base64")).toBeLessThan(body.length / 4);
  });

  it("sends a browser without a session to the hosted sign-in, with PKCE, to come back to this API", async () => {
    const page = (await handler(
      httpApiEvent({ method: "GET", path: "/app/activities", headers: { accept: "text/html" } }),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    expect(page.statusCode).toBe(303);
    expect(page.headers?.location).toBe("/sign-in?next=%2Fapp%2Factivities");

    const signIn = (await handler(
      httpApiEvent({ method: "GET", path: "/sign-in", query: "next=%2Fapp%2Factivities" }),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    expect(signIn.statusCode).toBe(303);
    const authorize = new URL(String(signIn.headers?.location));
    expect(authorize.origin + authorize.pathname).toBe(
      "https://tracker.auth.eu-west-1.amazoncognito.com/oauth2/authorize",
    );
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: "code",
      client_id: issuer.audience,
      redirect_uri: "https://abc123.execute-api.eu-west-1.amazonaws.com/auth/callback",
      code_challenge_method: "S256",
    });
    // The verifier waits in a cookie only the callback reads, sent back by the browser over https only.
    expect(signIn.cookies?.[0]).toMatch(/^pkce=.+; Max-Age=600; Path=\/auth; HttpOnly; Secure; SameSite=Lax$/);
  });

  it("serves the pages to a browser whose session cookie holds a valid token", async () => {
    const session = `session=${await issuer.issue("mentor.kenya")}`;
    const res = (await handler(
      httpApiEvent({
        method: "GET",
        path: "/app/activities/new",
        headers: { accept: "text/html" },
        cookies: [session],
      }),
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(200);
    expect(res.headers?.["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toContain('<form id="activity-form"');
  });

  it("takes who is asking from the claims the gateway's authorizer verified, without verifying the token again", async () => {
    const event = authorizedEvent(
      httpApiEvent({ method: "GET", path: "/activities", query: "year=2019&country=UGA&limit=5" }),
      await issuer.issue("manager"),
    );
    // The header is the gateway's business; the function reads the claims it passed on.
    const res = (await handler(
      { ...event, headers: { ...event.headers, authorization: "Bearer checked-by-the-gateway" } },
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body ?? "").items.length).toBeGreaterThan(0);
  });

  it("refuses an access token of the pool, which the gateway's authorizer lets through", async () => {
    const event = authorizedEvent(httpApiEvent({ method: "GET", path: "/activities" }), await issuer.issue("manager"));
    const claims = { ...event.requestContext.authorizer.jwt.claims, token_use: "access" };
    const res = (await handler(
      { ...event, requestContext: { ...event.requestContext, authorizer: { jwt: { claims, scopes: null } } } },
      lambdaContext,
    )) as APIGatewayProxyStructuredResultV2;
    expect(res.statusCode).toBe(401);
    expect(JSON.parse(res.body ?? "")).toMatchObject({ message: expect.stringContaining("not an ID token") });
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
