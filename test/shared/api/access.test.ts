import { generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { DEV_AUDIENCE } from "../../../shared/auth/dev-identity-provider";
import { TEST_ISSUER, testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

describe("who may see and change what", async () => {
  const { app: manager, unauthenticated, as, identity: provider, db } = await testApp();
  const kenya = as("mentor.kenya");
  const salvador = as("mentor.elsalvador");
  const donorA = as("donor.a");
  const donorB = as("donor.b");
  const ids: Record<string, string> = {};

  async function created(client: typeof manager, overrides: Record<string, unknown> = {}) {
    const res = await sendJson(client, "POST", "/activities", { ...validActivity, ...overrides });
    expect(res.status).toBe(201);
    return res.json();
  }
  const status = (client: typeof manager, id: string, body: Record<string, unknown>) =>
    sendJson(client, "POST", `/activities/${id}/status`, body);

  beforeAll(async () => {
    // A validated activity funded by donor A, logged by the Kenya mentor.
    const funded = await created(kenya, { donors: ["demo-donor-a"], notes: "internal: trainee list kept offline" });
    await status(kenya, funded.id, { status: "submitted", version: 1 });
    await status(manager, funded.id, { status: "validated", version: 2 });
    ids.funded = funded.id;
    ids.kenyaDraft = (await created(kenya, { donors: ["demo-donor-a"] })).id;
  });

  describe("a caller whose role may never use a route", () => {
    it("gets 403 whatever the body, before the body is checked", async () => {
      const cases = [
        [donorA, "POST", "/activities", { kind: 1 }],
        [donorA, "PUT", `/activities/${ids.funded}`, { bogus: true }],
        [donorA, "POST", `/activities/${ids.funded}/status`, { status: "nonsense" }],
        [kenya, "POST", "/mentors", { bogus: 1 }],
        [kenya, "PUT", "/donors/demo-donor-a", {}],
        [kenya, "POST", "/labs", []],
        [kenya, "POST", "/published-figures", { value: "x" }],
      ] as const;
      for (const [client, method, path, body] of cases) {
        const res = await sendJson(client, method, path, body);
        expect(res.status, `${method} ${path}`).toBe(403);
        expect((await res.json()).error, `${method} ${path}`).toBe("forbidden");
      }
      const badQuery = await donorA.request("/exports/activities/2019?format=pdf");
      expect(badQuery.status).toBe(403);
      const report = await donorA.request("/reports/annual/2019?format=nonsense");
      expect(report.status).toBe(403);
    });
  });

  describe("tokens", () => {
    async function withToken(token: string) {
      return unauthenticated.request("/activities?year=2019", { headers: { authorization: `Bearer ${token}` } });
    }
    async function sign(
      claims: Record<string, unknown>,
      options: { issuer?: string; audience?: string; exp?: string | number } = {},
    ) {
      const { privateKey } = await generateKeyPair("RS256");
      return new SignJWT({ token_use: "id", "cognito:groups": ["manager"], ...claims })
        .setProtectedHeader({ alg: "RS256", kid: "other" })
        .setIssuer(options.issuer ?? TEST_ISSUER)
        .setAudience(options.audience ?? DEV_AUDIENCE)
        .setSubject("intruder")
        .setIssuedAt()
        .setExpirationTime(options.exp ?? "1h")
        .sign(privateKey);
    }

    it("answers 401 with WWW-Authenticate when no token is sent", async () => {
      const res = await unauthenticated.request("/activities?year=2019");
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="cybercrime-tracker"');
      expect((await res.json()).error).toBe("unauthorized");
    });

    it("refuses a token signed by another key", async () => {
      const res = await withToken(await sign({}));
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
    });

    it("refuses a tampered token", async () => {
      const token = await provider.issue("mentor.kenya");
      const [header, payload, signature] = token.split(".");
      const claims = JSON.parse(Buffer.from(payload as string, "base64url").toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, "cognito:groups": ["admin"] })).toString("base64url");
      const res = await withToken(`${header}.${forged}.${signature}`);
      expect(res.status).toBe(401);
    });

    it("refuses alg: none", async () => {
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
      const now = Math.floor(Date.now() / 1000);
      const token = `${encode({ alg: "none" })}.${encode({ iss: TEST_ISSUER, aud: DEV_AUDIENCE, sub: "x", token_use: "id", "cognito:groups": ["admin"], iat: now, exp: now + 600 })}.`;
      const res = await withToken(token);
      expect(res.status).toBe(401);
    });

    it("refuses expired, wrong-audience and wrong-issuer tokens from the right key", async () => {
      // The right key, but claims the API must not accept.
      expect((await withToken(await provider.issue("manager"))).status).toBe(200);
      for (const [claims, message] of [
        [{ exp: Math.floor(Date.now() / 1000) - 60 }, "the token has expired"],
        [{ aud: "another-client" }, "the token's aud claim is not accepted"],
        [
          { iss: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_other" },
          "the token's iss claim is not accepted",
        ],
      ] as const) {
        const token = await provider.issue("manager", claims);
        const res = await withToken(token);
        expect(res.status).toBe(401);
        expect((await res.json()).message).toBe(message);
      }
    });

    it("refuses an access token where an ID token is expected", async () => {
      const res = await withToken(await provider.issue("manager", { token_use: "access" }));
      expect(res.status).toBe(401);
      expect((await res.json()).message).toBe("the token is not an ID token");
    });
  });

  describe("donors", () => {
    it("read a validated activity their organisation funds, without internal fields", async () => {
      const res = await donorA.request(`/activities/${ids.funded}`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.participants.total).toBe(30);
      for (const field of ["notes", "createdBy", "updatedBy", "mentorId", "returnComment"])
        expect(body).not.toHaveProperty(field);
    });

    it("get 404 for another donor's activity, and for their own before validation", async () => {
      const other = await donorB.request(`/activities/${ids.funded}`);
      expect(other.status).toBe(404);
      expect((await other.json()).message).toBe(`Activity "${ids.funded}" does not exist`);
      expect((await donorA.request(`/activities/${ids.kenyaDraft}`)).status).toBe(404);
    });

    it("list only their organisation's validated activities", async () => {
      expect((await donorA.request("/activities?year=2019")).status).toBe(403);
      expect((await donorA.request("/activities?year=2019&donor=demo-donor-b")).status).toBe(403);
      const own = await (await donorA.request("/activities?year=2019&donor=demo-donor-a")).json();
      expect(own.items.map((a: { id: string }) => a.id)).toEqual([ids.funded]);
    });

    it("cannot create or change activities", async () => {
      expect((await sendJson(donorA, "POST", "/activities", validActivity)).status).toBe(403);
      expect(
        (await sendJson(donorA, "PUT", `/activities/${ids.funded}`, { ...validActivity, version: 3 })).status,
      ).toBe(403);
    });

    it("read their own summary and report, but no other donor's and not the annual report", async () => {
      const own = await donorA.request("/reports/donors/demo-donor-a/2019");
      expect(own.status).toBe(200);
      expect((await own.json()).activities.map((a: { id: string }) => a.id)).toEqual([ids.funded]);
      expect((await donorA.request("/reports/donors/demo-donor-b/2019")).status).toBe(404);
      expect((await donorA.request("/reports/annual/2019")).status).toBe(403);
      expect((await donorA.request("/mentors")).status).toBe(403);
      expect((await donorA.request("/donors/demo-donor-a")).status).toBe(200);
      expect((await donorA.request("/donors/demo-donor-b")).status).toBe(403);
    });
  });

  describe("mentors", () => {
    it("become the mentor of record of what they log", async () => {
      const activity = await (await kenya.request(`/activities/${ids.kenyaDraft}`)).json();
      expect(activity).toMatchObject({ mentorId: "mentor-kenya", createdBy: "mentor.kenya@example.org" });
    });

    it("edit their own draft but not another mentor's record", async () => {
      const own = await sendJson(kenya, "PUT", `/activities/${ids.kenyaDraft}`, {
        ...validActivity,
        title: "Mine",
        donors: ["demo-donor-a"],
        version: 1,
      });
      expect(own.status).toBe(200);
      const other = await sendJson(salvador, "PUT", `/activities/${ids.kenyaDraft}`, { ...validActivity, version: 2 });
      expect(other.status).toBe(403);
      expect((await other.json()).message).toBe("mentors change only the activities they logged");
      expect((await salvador.request(`/activities/${ids.kenyaDraft}?version=2`, { method: "DELETE" })).status).toBe(
        403,
      );
    });

    it("own nothing while their account is bound to no mentor record, not even what managers log", async () => {
      const managers = await created(manager);
      const token = await provider.issue("mentor.kenya", { "custom:mentorId": undefined, sub: "unbound" });
      const unbound = (path: string, init: RequestInit = {}) =>
        unauthenticated.request(path, {
          ...init,
          headers: { ...init.headers, authorization: `Bearer ${token}`, "content-type": "application/json" },
        });
      const put = await unbound(`/activities/${managers.id}`, {
        method: "PUT",
        body: JSON.stringify({ ...validActivity, title: "Taken over", version: 1 }),
      });
      expect(put.status).toBe(403);
      expect((await unbound(`/activities/${managers.id}/history`)).status).toBe(403);
      expect((await manager.request(`/activities/${managers.id}`).then((res) => res.json())).title).toBe(
        validActivity.title,
      );
    });

    it("cannot change a validated record, even their own", async () => {
      const res = await sendJson(kenya, "PUT", `/activities/${ids.funded}`, { ...validActivity, version: 3 });
      expect(res.status).toBe(403);
    });

    it("submit their drafts but cannot validate or return records", async () => {
      const draft = await created(kenya);
      expect((await status(kenya, draft.id, { status: "validated", version: 1 })).status).toBe(403);
      expect((await status(kenya, draft.id, { status: "submitted", version: 1 })).status).toBe(200);
      expect((await status(kenya, draft.id, { status: "validated", version: 2 })).status).toBe(403);
      expect((await status(kenya, draft.id, { status: "draft", version: 2, comment: "oops" })).status).toBe(403);
    });

    it("cannot manage mentors, labs, donors or published figures", async () => {
      expect((await sendJson(kenya, "POST", "/donors", { id: "x-donor", name: "X" })).status).toBe(403);
      expect(
        (await sendJson(kenya, "POST", "/labs", { country: "KEN", institution: "Lab", type: "national_lab" })).status,
      ).toBe(403);
      expect((await kenya.request("/mentors")).status).toBe(200);
    });
  });

  describe("managers", () => {
    it("return a submitted record with a comment its mentor reads", async () => {
      const draft = await created(kenya);
      await status(kenya, draft.id, { status: "submitted", version: 1 });
      const silent = await status(manager, draft.id, { status: "draft", version: 2 });
      expect(silent.status).toBe(400);
      expect((await silent.json()).details.issues[0].path).toBe("comment");
      const returned = await status(manager, draft.id, {
        status: "draft",
        version: 2,
        comment: "Add the trainees by sex.",
      });
      expect(returned.status).toBe(200);
      expect(await (await kenya.request(`/activities/${draft.id}`)).json()).toMatchObject({
        status: "draft",
        returnComment: "Add the trainees by sex.",
      });
    });

    it("see the annual report and its preview; mentors see the report but not the preview", async () => {
      expect((await manager.request("/reports/annual/2019?preview=true")).status).toBe(200);
      expect((await kenya.request("/reports/annual/2019")).status).toBe(200);
      expect((await kenya.request("/reports/annual/2019?preview=true")).status).toBe(403);
    });
  });

  describe("audit trail", () => {
    it("records who changed what, field by field, for managers and the record's mentor", async () => {
      const res = await manager.request(`/activities/${ids.funded}/history`);
      expect(res.status).toBe(200);
      const { items } = await res.json();
      expect(items.map((e: { action: string }) => e.action)).toEqual(["create", "status", "status"]);
      expect(items[0]).toMatchObject({ by: "mentor.kenya@example.org", version: 1 });
      expect(items[2]).toMatchObject({
        by: "manager@example.org",
        version: 3,
        changes: [{ field: "status", before: "submitted", after: "validated" }],
      });
      expect((await kenya.request(`/activities/${ids.funded}/history`)).status).toBe(200);
      expect((await salvador.request(`/activities/${ids.funded}/history`)).status).toBe(403);
      expect((await donorB.request(`/activities/${ids.funded}/history`)).status).toBe(404);
    });

    it("keeps entries that no request can edit or delete", async () => {
      for (const method of ["PUT", "PATCH", "DELETE", "POST"]) {
        const res = await manager.request(`/activities/${ids.funded}/history`, { method });
        expect(res.status).toBe(404);
      }
      const { items } = await (await manager.request(`/activities/${ids.funded}/history`)).json();
      expect(items).toHaveLength(3);
    });

    it("records changes to reference records too", async () => {
      const lab = await (
        await sendJson(manager, "POST", "/labs", { country: "KEN", institution: "DCI lab", type: "national_lab" })
      ).json();
      await sendJson(manager, "PUT", `/labs/${lab.id}`, {
        country: "KEN",
        institution: "DCI digital forensics lab",
        type: "national_lab",
        version: 1,
      });
      const { getHistory } = await import("../../../shared/data/audit");
      const history = await getHistory(db, "Lab", lab.id);
      expect(history.map((e) => e.action)).toEqual(["create", "update"]);
      expect(history[1]?.changes).toEqual([
        { field: "institution", before: "DCI lab", after: "DCI digital forensics lab" },
      ]);
    });
  });
});
