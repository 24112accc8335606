import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";

describe("API description", async () => {
  const { app } = await testApp();

  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const res = await app.request("/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/activities",
        "/activities/{id}",
        "/activities/{id}/status",
        "/mentors/{id}",
        "/donors",
        "/labs",
      ]),
    );
    const activity = doc.components.schemas.ActivityInput;
    expect(activity.required).toEqual(expect.arrayContaining(["kind", "theme", "startDate", "endDate"]));
    expect(activity.additionalProperties).toBe(false);
    expect(doc.components.schemas.Theme.enum).toContain("child_sexual_exploitation");
    expect(doc.paths["/activities"].post.parameters).toContainEqual(
      expect.objectContaining({ name: "idempotency-key", in: "header" }),
    );
  });

  it("serves a readable docs page listing every operation", async () => {
    const res = await app.request("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const page = await res.text();
    expect(page).toContain("/activities/{id}/status");
    expect(page).toContain('id="schema-ActivityInput"');
    expect(page).not.toMatch(/<script/);
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await app.request("/nowhere");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "not_found", message: "No route for GET /nowhere" });
  });

  it("reports health without touching the database", async () => {
    expect(await (await app.request("/health")).json()).toEqual({ status: "ok" });
  });
});
