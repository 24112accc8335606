// The API's routes are imported by group on their first request (shared/api/route-groups.ts): every
// operation of the document must lie under its group's paths, or it would answer the app's 404.
import { OpenAPIHono } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { allRoutes } from "../../../shared/api/documentation";
import { openApiDocument } from "../../../shared/api/openapi-document";
import { ROUTE_GROUPS } from "../../../shared/api/route-groups";
import { IdSchema } from "../../../shared/domain/common";
import type { Deps } from "../../../shared/http/context";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

const matches = (pattern: string, path: string) =>
  pattern === path || (pattern.endsWith("/*") && path.startsWith(pattern.slice(0, -1)));

describe("the API's routes, loaded by group", async () => {
  const { app, unauthenticated } = await testApp();

  it("lies under its own group's paths, every operation of the document", async () => {
    for (const group of ROUTE_GROUPS) {
      const routes = (await group.load())({} as Deps);
      // A group of plain routes is described by another (checked below).
      if (!(routes instanceof OpenAPIHono)) continue;
      const paths = Object.keys(openApiDocument(routes).paths ?? {}).map((path) => path.replace(/\{\w+\}/g, "x"));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((path) => !group.paths.some((pattern) => matches(pattern, path)))).toEqual([]);
    }
    const all = Object.keys(openApiDocument(await allRoutes({} as Deps)).paths ?? {});
    expect(all.length).toBeGreaterThan(20);
  });

  it("serves a record's read from a group of its own, without schemas, as the document describes it", async () => {
    const [read] = ROUTE_GROUPS;
    expect(read?.paths).toEqual(["/activities/:id"]);
    expect((await read?.load())?.({} as Deps)).not.toBeInstanceOf(OpenAPIHono);
    const document = openApiDocument(await allRoutes({} as Deps));
    expect(document.paths?.["/activities/{id}"]?.get?.operationId).toBe("getActivity");

    const first = await (await sendJson(app, "POST", "/activities", validActivity)).json();
    const found = await app.request(`/activities/${first.id}`);
    expect(found.status).toBe(200);
    expect(found.headers.get("etag")).toBe(`"${first.version}"`);
    expect(await found.json()).toEqual(first);
    expect((await app.request("/activities/no-such-activity")).status).toBe(404);
    // Refused as the id's schema refuses it, in the same words.
    const refused = await app.request("/activities/-not-an-id");
    expect(refused.status).toBe(400);
    const schema = IdSchema.safeParse("-not-an-id");
    expect(await refused.json()).toMatchObject({
      details: { issues: [{ path: "path.id", message: schema.error?.issues[0]?.message }] },
    });
  });

  it("answers from each group in turn, the first request of each loading it", async () => {
    expect((await app.request("/activities?year=2019")).status).toBe(200);
    expect((await app.request("/mentors")).status).toBe(200);
    expect((await app.request("/labs")).status).toBe(200);
    expect((await app.request("/reports/annual/2019?format=json")).status).toBe(200);
    expect((await unauthenticated.request("/health/ready")).status).toBe(200);
    expect((await unauthenticated.request("/openapi.json")).status).toBe(200);
  });

  it("leaves a path no group serves to the app's 404, with its message", async () => {
    const missing = await app.request("/activities-archive");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "not_found", message: "No route for GET /activities-archive" });
    const wrongMethod = await app.request("/health/ready", { method: "DELETE" });
    expect(wrongMethod.status).toBe(404);
  });
});
