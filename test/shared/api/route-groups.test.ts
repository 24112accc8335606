// The API's routes are imported by group on their first request (shared/api/route-groups.ts): every
// operation of the document must lie under its group's paths, or it would answer the app's 404.
import { describe, expect, it } from "vitest";
import { allRoutes } from "../../../shared/api/documentation";
import { openApiDocument } from "../../../shared/api/openapi-document";
import { ROUTE_GROUPS } from "../../../shared/api/route-groups";
import type { Deps } from "../../../shared/http/context";
import { testApp } from "../../support/database";

const matches = (pattern: string, path: string) =>
  pattern === path || (pattern.endsWith("/*") && path.startsWith(pattern.slice(0, -1)));

describe("the API's routes, loaded by group", async () => {
  const { app, unauthenticated } = await testApp();

  it("lies under its own group's paths, every operation of the document", async () => {
    for (const group of ROUTE_GROUPS) {
      const routes = (await group.load())({} as Deps);
      const paths = Object.keys(openApiDocument(routes).paths ?? {}).map((path) => path.replace(/\{\w+\}/g, "x"));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((path) => !group.paths.some((pattern) => matches(pattern, path)))).toEqual([]);
    }
    const all = Object.keys(openApiDocument(await allRoutes({} as Deps)).paths ?? {});
    expect(all.length).toBeGreaterThan(20);
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
