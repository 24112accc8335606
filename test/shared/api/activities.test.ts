import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

describe("activities API", async () => {
  const { app } = await testApp({ maxBodyBytes: 16 * 1024 });

  async function create(overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const res = await sendJson(app, "POST", "/activities", { ...validActivity, ...overrides }, headers);
    return { res, body: await res.json() };
  }

  describe("POST /activities", () => {
    it("creates a draft at version 1 with a Location header", async () => {
      const { res, body } = await create();
      expect(res.status).toBe(201);
      expect(res.headers.get("location")).toBe(`/activities/${body.id}`);
      expect(body).toMatchObject({ status: "draft", version: 1, year: 2019, createdBy: "manager@example.org" });
      expect(body.participants).toMatchObject({ total: 30, qualifier: "approximately" });
    });

    it("answers 400 with the path of each invalid field", async () => {
      const { res, body } = await create({
        countries: ["KEN", "XYZ"],
        participants: { total: 10, bySex: { women: 8, men: 5 } },
        endDate: "2019-06-01",
        colour: "blue",
      });
      expect(res.status).toBe(400);
      expect(body.error).toBe("validation_failed");
      const paths = body.details.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(["countries.1", "participants.bySex", "endDate", "colour"]));
      expect(body.message).toContain('unknown ISO 3166-1 alpha-3 country code "XYZ"');
      expect(body.message).toContain("more than the total of 10");
    });

    it("refuses a profession breakdown above the total", async () => {
      const { res, body } = await create({ participants: { total: 5, byProfession: { judges: 4, prosecutors: 2 } } });
      expect(res.status).toBe(400);
      expect(body.details.issues).toContainEqual({
        path: "participants.byProfession",
        message: "the parts add up to 6, more than the total of 5",
      });
    });

    it("answers 400 to fields the server sets, and writes nothing", async () => {
      const { res, body } = await create({ status: "validated", mentorId: "mentor-kenya", createdBy: "someone" });
      expect(res.status).toBe(400);
      expect(body.details.issues).toEqual([
        { path: "status", message: "is set by the server and cannot be sent" },
        { path: "mentorId", message: "is set by the server and cannot be sent" },
        { path: "createdBy", message: "is set by the server and cannot be sent" },
      ]);
      const list = await (await app.request("/activities?mentor=mentor-kenya")).json();
      expect(list.items).toEqual([]);
    });

    it("answers 415 to a body that is not JSON", async () => {
      const res = await app.request("/activities", {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "kind=training",
      });
      expect(res.status).toBe(415);
      expect((await res.json()).error).toBe("unsupported_media_type");
    });

    it("answers 400 to malformed JSON", async () => {
      const res = await app.request("/activities", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"kind": "training",',
      });
      expect(res.status).toBe(400);
      expect((await res.json()).message).toMatch(/Malformed JSON/);
    });

    it("answers 413 above the body size limit", async () => {
      const { res, body } = await create({ notes: "x".repeat(20 * 1024) });
      expect(res.status).toBe(413);
      expect(body.message).toContain("16384 bytes");
    });
  });

  describe("Idempotency-Key", () => {
    it("returns the first result to a retry and writes nothing more", async () => {
      const headers = { "idempotency-key": "phone-42-attempt-0001" };
      const first = await create(
        { title: "Idempotent", startDate: "2019-03-01", endDate: "2019-03-01", countries: ["GTM"] },
        headers,
      );
      const retry = await create(
        { title: "Idempotent", startDate: "2019-03-01", endDate: "2019-03-01", countries: ["GTM"] },
        headers,
      );
      expect(first.res.status).toBe(201);
      expect(retry.res.status).toBe(201);
      expect(retry.res.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toEqual(first.body);
      const list = await (await app.request("/activities?year=2019&country=GTM")).json();
      expect(list.items.map((a: { id: string }) => a.id)).toEqual([first.body.id]);
    });

    it("refuses the same key with a different body", async () => {
      const headers = { "idempotency-key": "phone-42-attempt-0002" };
      await create({ title: "First body" }, headers);
      const { res, body } = await create({ title: "Second body" }, headers);
      expect(res.status).toBe(422);
      expect(body.error).toBe("idempotency_key_reused");
    });

    it("creates one record when the same request races itself", async () => {
      const headers = { "idempotency-key": "phone-42-attempt-0003" };
      const payload = { title: "Race", countries: ["SLV"], startDate: "2019-09-09", endDate: "2019-09-09" };
      const results = await Promise.all([create(payload, headers), create(payload, headers), create(payload, headers)]);
      const created = results.filter((r) => r.res.status === 201).map((r) => r.body.id);
      for (const r of results) expect([201, 409]).toContain(r.res.status);
      expect(new Set(created).size).toBe(1);
      const list = await (await app.request("/activities?year=2019&country=SLV")).json();
      expect(list.items).toHaveLength(1);
    });
  });

  describe("GET /activities/{id}", () => {
    it("returns the activity with its version as ETag", async () => {
      const { body: created } = await create();
      const res = await app.request(`/activities/${created.id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("etag")).toBe('"1"');
      expect(await res.json()).toEqual(created);
    });

    it("answers 404 for an unknown id", async () => {
      const res = await app.request("/activities/does-not-exist");
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({
        error: "not_found",
        message: 'Activity "does-not-exist" does not exist',
      });
    });
  });

  describe("PUT /activities/{id}", () => {
    it("replaces the activity and moves its links to the new country", async () => {
      const { body: created } = await create({ countries: ["SEN"], startDate: "2019-04-01", endDate: "2019-04-02" });
      const res = await sendJson(app, "PUT", `/activities/${created.id}`, {
        ...validActivity,
        countries: ["CIV"],
        startDate: "2019-04-01",
        endDate: "2019-04-02",
        version: 1,
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ version: 2, countries: ["CIV"], createdAt: created.createdAt });
      const senegal = await (await app.request("/activities?year=2019&country=SEN")).json();
      const ivoryCoast = await (await app.request("/activities?year=2019&country=CIV")).json();
      expect(senegal.items).toEqual([]);
      expect(ivoryCoast.items.map((a: { id: string }) => a.id)).toEqual([created.id]);
    });

    it("answers 409 with the current version when the client's copy is stale", async () => {
      const { body: created } = await create();
      await sendJson(app, "PUT", `/activities/${created.id}`, { ...validActivity, title: "Edited", version: 1 });
      const res = await sendJson(app, "PUT", `/activities/${created.id}`, {
        ...validActivity,
        title: "Stale",
        version: 1,
      });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ error: "version_conflict", details: { currentVersion: 2 } });
      expect((await (await app.request(`/activities/${created.id}`)).json()).title).toBe("Edited");
    });

    it("lets exactly one of two concurrent edits of the same version win", async () => {
      const { body: created } = await create();
      const edits = await Promise.all(
        ["A", "B"].map((title) =>
          sendJson(app, "PUT", `/activities/${created.id}`, { ...validActivity, title, version: 1 }),
        ),
      );
      expect(edits.map((r) => r.status).sort()).toEqual([200, 409]);
      const stored = await (await app.request(`/activities/${created.id}`)).json();
      expect(stored.version).toBe(2);
    });

    it("leaves the stored version, its lists and its counts untouched when a replacement fails", async () => {
      const donor = await sendJson(app, "POST", "/donors", { id: "eu", name: "European Union" });
      expect(donor.status).toBe(201);
      const { body: created } = await create({ countries: ["MAR"], donors: ["eu"] });
      const res = await sendJson(app, "PUT", `/activities/${created.id}`, {
        ...validActivity,
        countries: ["TUN"],
        donors: ["eu", "ghost"],
        version: 1,
      });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues).toEqual([{ path: "donors.1", message: 'unknown donor "ghost"' }]);
      expect(await (await app.request(`/activities/${created.id}`)).json()).toEqual(created);
      expect((await (await app.request("/activities?year=2019&country=MAR")).json()).items).toHaveLength(1);
      expect((await (await app.request("/activities?year=2019&country=TUN")).json()).items).toHaveLength(0);
      const refused = await app.request("/donors/eu?version=1", { method: "DELETE" });
      expect((await refused.json()).message).toBe('Donor "eu" is cited by 1 activity: it cannot be deleted');
    });

    it("refuses a body without the version", async () => {
      const { body: created } = await create();
      const res = await sendJson(app, "PUT", `/activities/${created.id}`, validActivity);
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues[0].path).toBe("version");
    });

    it("accepts the activity as GET returned it, changed, and keeps the server's fields", async () => {
      const { body: created } = await create();
      const read = await (await app.request(`/activities/${created.id}`)).json();
      const res = await sendJson(app, "PUT", `/activities/${created.id}`, { ...read, title: "Renamed" });
      expect(res.status).toBe(200);
      const stored = await res.json();
      expect(stored).toMatchObject({ id: created.id, title: "Renamed", version: 2, createdAt: created.createdAt });
    });

    it("answers 400 naming each server field sent with another value, and writes nothing", async () => {
      const { body: created } = await create();
      const read = await (await app.request(`/activities/${created.id}`)).json();
      const res = await sendJson(app, "PUT", `/activities/${created.id}`, {
        ...read,
        title: "Renamed",
        status: "validated",
        createdBy: "someone@example.org",
      });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues).toEqual([
        { path: "status", message: 'is set by the server and cannot be changed (stored: "draft")' },
        { path: "createdBy", message: 'is set by the server and cannot be changed (stored: "manager@example.org")' },
      ]);
      expect(await (await app.request(`/activities/${created.id}`)).json()).toEqual(created);
    });

    it("answers 404 for an unknown id", async () => {
      const res = await sendJson(app, "PUT", "/activities/nope", { ...validActivity, version: 1 });
      expect(res.status).toBe(404);
    });
  });

  describe("POST /activities/{id}/status", () => {
    it("moves a draft to submitted and then validated", async () => {
      const { body: created } = await create();
      const submitted = await sendJson(app, "POST", `/activities/${created.id}/status`, {
        status: "submitted",
        version: 1,
      });
      expect(await submitted.json()).toMatchObject({ status: "submitted", version: 2 });
      const validated = await sendJson(app, "POST", `/activities/${created.id}/status`, {
        status: "validated",
        version: 2,
      });
      expect(await validated.json()).toMatchObject({ status: "validated", version: 3 });
    });

    it("answers 409 to a transition the workflow does not allow", async () => {
      const { body: created } = await create();
      const res = await sendJson(app, "POST", `/activities/${created.id}/status`, { status: "validated", version: 1 });
      expect(res.status).toBe(409);
      expect((await res.json()).message).toBe("a draft activity cannot become validated; it can become submitted");
    });
  });

  describe("DELETE /activities/{id}", () => {
    it("deletes at the version read, and the activity leaves its lists", async () => {
      const { body: created } = await create({ countries: ["THA"] });
      expect((await app.request(`/activities/${created.id}?version=2`, { method: "DELETE" })).status).toBe(409);
      expect((await app.request(`/activities/${created.id}?version=1`, { method: "DELETE" })).status).toBe(204);
      expect((await app.request(`/activities/${created.id}`)).status).toBe(404);
      const list = await (await app.request("/activities?year=2019&country=THA")).json();
      expect(list.items).toEqual([]);
    });
  });
});
