import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MENTOR_WORDS } from "../../../shared/pages/mentor/words";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";

describe("the mentor pages' files", async () => {
  const { unauthenticated } = await testApp();
  const kenya = await signedInBrowser(unauthenticated, "mentor.kenya");
  const get = (path: string) => unauthenticated.request(`http://localhost${path}`);
  const linked = async (pattern: RegExp) => {
    const page = await (await kenya.get("/app/activities/new")).text();
    return pattern.exec(page)?.[0] ?? "";
  };

  it("serves the service worker to anyone, for the whole of /app/", async () => {
    const res = await get("/app/sw.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/javascript; charset=utf-8");
    expect(res.headers.get("service-worker-allowed")).toBe("/app/");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const body = await res.text();
    expect(() => new Function(body)).not.toThrow();
    expect(body).toContain('"/app/activities/new","/app/activities","/app/offline","/assets/app.css"');
    expect(body).toContain('"/assets/mentor-pages.js?v=');
    // My activities and each activity's page are kept as seen; sign-out forgets them.
    expect(body).toContain(
      '{"pattern":"^/app/activities(/[^/]+)?$","offline":"/app/offline","signOut":"/auth/sign-out"}',
    );
  });

  it("serves the app's own offline page, in the visitor's language, for the worker to keep", async () => {
    const res = await kenya.get("/app/offline?lang=fr");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("<h1>Pas de connexion</h1>");
    expect(page).toContain('<a href="/app/activities">Mes activités</a>');
  });

  it("gives My activities and each activity's page the script that submits offline", async () => {
    const list = await (await kenya.get("/app/activities?lang=en")).text();
    const script = /\/assets\/mentor-pages\.js\?v=[\w-]+/.exec(list)?.[0] ?? "";
    expect(script).not.toBe("");
    expect(list).toContain('<section id="pending" aria-live="polite"');
    const settings = /<script type="application\/json" id="pages-settings">(.*?)<\/script>/.exec(list)?.[1];
    expect(JSON.parse(settings ?? "")).toMatchObject({ user: "mentor.kenya", words: MENTOR_WORDS.en.pages });
    const res = await get(script);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = await res.text();
    expect(() => new Function(body)).not.toThrow();
    // On a page without its settings it does nothing.
    expect(() => new Function("document", body)({ getElementById: () => null })).not.toThrow();
  });

  it("installs the worker's listeners when it runs", async () => {
    const body = await (await get("/app/sw.js")).text();
    const listened: string[] = [];
    const self = { addEventListener: (type: string) => listened.push(type) };
    new Function("self", "location", body)(self, { origin: "http://localhost" });
    expect(listened).toEqual(["install", "activate", "fetch"]);
  });

  it("serves the form's script as plain JavaScript, kept for as long as its URL names it", async () => {
    const url = await linked(/\/assets\/activity-form\.js\?v=[\w-]+/);
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = await res.text();
    expect(() => new Function(body)).not.toThrow();
    // On a page without the form it does nothing, and nothing it refers to is missing.
    const document = { getElementById: () => null };
    expect(() => new Function("document", "HTMLFormElement", body)(document, class {})).not.toThrow();
    expect((await get("/assets/activity-form.js")).headers.get("cache-control")).toBe("no-cache");
  });

  it("serves the pages' style", async () => {
    const res = await get(await linked(/\/assets\/mentor\.css\?v=[\w-]+/));
    expect(res.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await res.text()).toContain(".checks");
  });

  it("keeps the form light enough for a phone on a slow network", async () => {
    const page = await (await kenya.get("/app/activities/new?lang=fr")).text();
    const linkedFiles = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? "");
    const bodies = [page, ...(await Promise.all(linkedFiles.map(async (url) => (await get(url)).text())))];
    expect(linkedFiles).toHaveLength(3);
    // Measured at 71 kB, 17 kB gzipped (the script unminified, as tests and npm start serve it).
    expect(bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0)).toBeLessThan(100_000);
    expect(bodies.reduce((sum, body) => sum + gzipSync(body).length, 0)).toBeLessThan(24_000);
  });
});
