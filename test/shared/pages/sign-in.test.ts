import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";

describe("signing in to the pages", async () => {
  const { unauthenticated } = await testApp();

  it("sends a visitor without a session to the sign-in page, and back afterwards", async () => {
    const res = await unauthenticated.request("http://localhost/app/dashboard?year=2019");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/sign-in?next=%2Fapp%2Fdashboard%3Fyear%3D2019");
  });

  it("lists the development users in the visitor's language", async () => {
    const res = await unauthenticated.request("http://localhost/sign-in?lang=fr");
    const page = await res.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("Mentor, Nairobi — Mentor (mentor.kenya)");
    expect(res.headers.get("set-cookie")).toContain("lang=fr");
  });

  it("signs in with an HttpOnly session cookie and sends each role to its home", async () => {
    for (const [username, home] of [
      ["mentor.kenya", "/app/activities"],
      ["manager", "/app/dashboard"],
      ["donor.a", "/app/donor"],
    ]) {
      const browser = await signedInBrowser(unauthenticated, username as string);
      const res = await browser.get("/app");
      expect(res.headers.get("location")).toBe(home);
    }
  });

  it("names the signed-in person and their role, once where the name is the role", async () => {
    const mentor = await (
      await (await signedInBrowser(unauthenticated, "mentor.kenya")).get("/app/activities?lang=en")
    ).text();
    expect(mentor).toContain('<span class="who">Signed in as Mentor, Nairobi (Mentor)</span>');
    const admin = await (await (await signedInBrowser(unauthenticated, "admin")).get("/app/dashboard?lang=en")).text();
    expect(admin).toContain('<span class="who">Signed in as Administrator</span>');
  });

  it("answers a sign-in that comes back without its code with a page that says to start again", async () => {
    const res = await unauthenticated.request("http://localhost/auth/callback?lang=en");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("text/html");
    const page = await res.text();
    expect(page).toContain("The sign-in did not complete");
    expect(page).toContain('<a href="/sign-in">Sign in</a>');
  });

  it("refuses a sign-in form posted from another site", async () => {
    const res = await unauthenticated.request("http://localhost/auth/dev-sign-in", {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username: "admin" }),
    });
    expect(res.status).toBe(403);
  });

  it("lets the pages call the API with the session, under the same rules", async () => {
    const donor = await signedInBrowser(unauthenticated, "donor.a");
    expect((await donor.get("/app/api/reports/annual/2019")).status).toBe(403);
    const manager = await signedInBrowser(unauthenticated, "manager");
    const res = await manager.get("/app/api/activities?year=2019");
    expect(res.status).toBe(200);
    // The cookie is not a credential outside the pages.
    const outside = await unauthenticated.request("http://localhost/activities?year=2019", {
      headers: { cookie: manager.cookie },
    });
    expect(outside.status).toBe(401);
  });
});
