// Input an adversary or a broken client sends: each is a 4xx naming what is wrong, never a 500,
// and nothing is stored.
import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

const outcome = { indicator: "Investigators trained", value: 12, unit: "investigators" };
const figure = {
  id: "2019-huge",
  qualifier: "exact",
  year: 2019,
  indicator: "practitioners_trained",
  value: 1817,
  unit: "criminal justice practitioners",
  label: { en: "Practitioners trained" },
  source: { document: "E/CN.15/2020/12", paragraph: "18" },
};

const cursorOf = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString("base64url");

describe("bad input", async () => {
  const { app, unauthenticated, identity } = await testApp({
    auth: { issuer: "https://cognito.example", audience: "client", signInDomain: "https://signin.example" },
  });

  async function activitiesOf(mentor: string) {
    return (await (await app.request(`/activities?mentor=${mentor}`)).json()).items;
  }

  describe("numbers DynamoDB cannot store exactly are a 400 on their field", () => {
    for (const [name, value] of [
      ["1e308", 1e308],
      ["2**53", 2 ** 53],
      ["1e-320", 1e-320],
      ["-1e308", -1e308],
    ] as const) {
      it(`an outcome value of ${name}`, async () => {
        const res = await sendJson(app, "POST", "/activities", {
          ...validActivity,
          outcomes: [{ ...outcome, value }],
        });
        const body = await res.json();
        expect(res.status).toBe(400);
        expect(body.details.issues.map((issue: { path: string }) => issue.path)).toContain("outcomes.0.value");
      });
    }

    it("an outcome baseline of 1e308", async () => {
      const res = await sendJson(app, "POST", "/activities", {
        ...validActivity,
        outcomes: [{ ...outcome, baseline: 1e308 }],
      });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues[0].path).toBe("outcomes.0.baseline");
    });

    it("a published figure of 1e308", async () => {
      const res = await sendJson(app, "POST", "/published-figures", { ...figure, value: 1e308 });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues[0].path).toBe("value");
    });

    it("while ordinary decimals and large counts still store", async () => {
      const res = await sendJson(app, "POST", "/activities", {
        ...validActivity,
        outcomes: [{ ...outcome, baseline: 0.25, value: 123_456_789.5 }],
      });
      expect(res.status).toBe(201);
      expect((await res.json()).outcomes[0]).toMatchObject({ baseline: 0.25, value: 123_456_789.5 });
    });
  });

  describe("forged cursors are a 400 on cursor", () => {
    for (const [query, key] of [
      ["year=2019&theme=prevention", { pk: "A", sk: "B", gsi1pk: "YEAR#2019", gsi1sk: "" }],
      ["country=KEN&year=2019", { pk: "COUNTRY#KEN#YEAR#2019", sk: 7 }],
      ["country=KEN&year=2019&theme=prevention", { pk: "COUNTRY#KEN#YEAR#2019", sk: "THEME#other#x" }],
      ["year=2019&theme=prevention", { pk: "A", sk: "B", gsi1pk: "YEAR#2019", gsi1sk: "THEME#cybercrime_policy#x" }],
      ["mentor=mentor-kenya", { pk: "", sk: "", gsi2pk: "MENTOR#mentor-kenya", gsi2sk: "" }],
    ] as const) {
      it(`${query} with ${JSON.stringify(key)}`, async () => {
        const res = await app.request(`/activities?${query}&cursor=${cursorOf(key)}`);
        expect(res.status).toBe(400);
        expect((await res.json()).details.issues[0].path).toBe("cursor");
      });
    }
  });

  describe("control characters are refused in text", () => {
    it("a NUL in a title", async () => {
      const res = await sendJson(app, "POST", "/activities", { ...validActivity, title: "Training\u0000" });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues[0]).toMatchObject({ path: "title" });
    });

    it("an escape sequence in a narrative, while its line breaks are kept", async () => {
      const res = await sendJson(app, "POST", "/activities", {
        ...validActivity,
        narrative: { en: "First line\n\u001b[31mred" },
      });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues[0]).toMatchObject({ path: "narrative.en" });
      const lines = await sendJson(app, "POST", "/activities", {
        ...validActivity,
        narrative: { en: "One\nTwo\tthree" },
      });
      expect(lines.status).toBe(201);
    });

    it("a C1 control in a partner's name", async () => {
      const res = await sendJson(app, "POST", "/activities", { ...validActivity, partners: ["INTER\u0085POL"] });
      expect(res.status).toBe(400);
      expect((await res.json()).details.issues[0]).toMatchObject({ path: "partners.0" });
    });
  });

  describe("bodies must be UTF-8", () => {
    it("a charset other than UTF-8 is a 415", async () => {
      const res = await app.request("/activities", {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-16" },
        body: Buffer.from(JSON.stringify(validActivity), "utf16le"),
      });
      expect(res.status).toBe(415);
      expect((await res.json()).message).toMatch(/UTF-8/);
    });

    it("charset=UTF-8 is accepted, in any case", async () => {
      const res = await app.request("/activities", {
        method: "POST",
        headers: { "content-type": 'application/json; charset="UTF-8"' },
        body: JSON.stringify(validActivity),
      });
      expect(res.status).toBe(201);
    });

    it("invalid UTF-8 is a 400, and nothing is stored", async () => {
      const before = (await activitiesOf("mentor-el-salvador")).length;
      const json = Buffer.from(JSON.stringify({ ...validActivity, title: "Training XX" }).replace("XX", "\u0001"));
      // The byte 0x01 of the marker becomes 0xff, which no UTF-8 text holds.
      json[json.indexOf(0x01)] = 0xff;
      const res = await app.request("/activities", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: json,
      });
      expect(res.status).toBe(400);
      expect((await res.json()).message).toMatch(/UTF-8/);
      expect((await activitiesOf("mentor-el-salvador")).length).toBe(before);
    });
  });

  it("a token issued in the future is a 401", async () => {
    const future = Math.floor(Date.now() / 1000) + 24 * 3600;
    const token = await identity.issue("manager", { iat: future, exp: future + 3600 });
    const res = await unauthenticated.request("/activities?year=2019", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("iat");
  });

  it("a token issued a few seconds ahead (clock skew) is accepted", async () => {
    const soon = Math.floor(Date.now() / 1000) + 5;
    const token = await identity.issue("manager", { iat: soon, exp: soon + 3600 });
    const res = await unauthenticated.request("/activities?year=2019", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
  });

  it("a sign-in cookie that is not ours shows the sign-in-failed page", async () => {
    for (const cookie of ["pkce=not-json", "pkce=%7B%7D", "pkce=%5B1%5D", "pkce=null"]) {
      const res = await unauthenticated.request("/auth/callback?code=abc", { headers: { cookie } });
      expect(res.status, cookie).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      expect(await res.text()).toContain('href="/sign-in"');
    }
  });
});
