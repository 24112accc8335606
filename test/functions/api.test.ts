import type { APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../../local/dynamodb-local";
import { httpApiEvent, lambdaContext } from "../support/api-gateway-event";
import { testDatabase } from "../support/database";
import { validActivity } from "../support/requests";

type Handler = (event: unknown, context: unknown) => Promise<APIGatewayProxyResultV2>;

describe("Lambda handler", () => {
  let handler: Handler;

  beforeAll(async () => {
    const db = await testDatabase();
    // The entry point reads its configuration at cold start, as on Lambda.
    Object.assign(process.env, {
      TABLE_NAME: db.tableName,
      DYNAMODB_ENDPOINT: inject("dynamodbEndpoint"),
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    });
    handler = (await import("../../functions/api")).handler as Handler;
  });

  async function invoke(event: ReturnType<typeof httpApiEvent>) {
    return (await handler(event, lambdaContext)) as APIGatewayProxyStructuredResultV2;
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
});
