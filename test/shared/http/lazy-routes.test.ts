// The pages are imported on their first request (shared/http/lazy-routes.ts): every path they serve
// must still reach them, and a path they do not serve must still reach the API or the app's 404.
import { describe, expect, it } from "vitest";
import { PAGE_PATHS } from "../../../shared/app/app";
import type { Deps } from "../../../shared/http/context";
import { pageRoutes } from "../../../shared/pages/pages";
import { testApp } from "../../support/database";

const covered = (path: string) =>
  PAGE_PATHS.some((prefix) => prefix === path || (prefix.endsWith("/*") && path.startsWith(prefix.slice(0, -1))));

describe("the pages, loaded on first use", async () => {
  const { app, unauthenticated } = await testApp();

  it("serves every path the pages declare under a prefix the app hands to them", () => {
    const pages = pageRoutes({} as Deps, () => new Response());
    const paths = [...new Set(pages.routes.map((route) => route.path))].filter((path) => path !== "/*" && path !== "*");
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !covered(path))).toEqual([]);
  });

  it("serves a page with who is signed in, and its static files", async () => {
    const page = await app.request("/app/activities/new");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<form");
    const css = await unauthenticated.request("/assets/app.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toContain("text/css");
  });

  it("leaves a path the pages do not serve to the API and to the app's 404", async () => {
    const docs = await unauthenticated.request("/docs");
    expect(docs.status).toBe(200);
    const script = await unauthenticated.request("/assets/docs/docs.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    const missing = await app.request("/assets/no-such-file.js");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      error: "not_found",
      message: "No route for GET /assets/no-such-file.js",
    });
  });

  it("reads a form a page receives, after the app has checked its body", async () => {
    const answer = await app.request("/app/activities/new", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
      body: new URLSearchParams({ title: "" }).toString(),
    });
    // The form comes back with what is wrong, which it can only say having read the body.
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain("<form");
  });
});
