// What a browser is told about every answer: where scripts may come from, never to frame the
// pages, HTTPS only, no referrer; and that data answers are not to be kept in any cache.
import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";

describe("security headers", async () => {
  const { app, unauthenticated } = await testApp();

  it("a page allows only this origin's scripts (or the request's nonce) and no framing", async () => {
    const res = await app.request("/app/activities/new");
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    const directive = (name: string) =>
      csp
        .split(";")
        .find((part) => part.trim().startsWith(`${name} `))
        ?.trim();
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive("script-src")).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+'$/);
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("base-uri")).toBe("base-uri 'none'");
    expect(csp).not.toContain("unsafe-eval");
    // Every script the page loads is a file: nothing inline would run.
    const html = await res.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((match) => match[1]);
    expect(inline.every((attributes) => /type="application\/json"/.test(attributes ?? ""))).toBe(true);
  });

  it("each request gets its own nonce", async () => {
    const nonce = async () =>
      /'nonce-([^']+)'/.exec((await app.request("/health")).headers.get("content-security-policy") ?? "")?.[1];
    expect(await nonce()).not.toBe(await nonce());
  });

  it("HTTPS only, no referrer, no sniffing", async () => {
    const res = await unauthenticated.request("/health");
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("data answers, errors and pages are not stored by any cache", async () => {
    for (const path of ["/activities?year=2019", "/mentors", "/activities/none", "/app/activities"]) {
      expect((await app.request(path)).headers.get("cache-control"), path).toBe("no-store");
    }
    expect((await unauthenticated.request("/activities?year=2019")).headers.get("cache-control")).toBe("no-store");
  });

  it("static files keep their own caching", async () => {
    const res = await unauthenticated.request("/assets/app.css");
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
  });
});
