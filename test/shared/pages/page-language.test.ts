import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { signedInBrowser } from "../../support/pages";

const ORIGIN = "http://localhost";

describe("the pages' language", async () => {
  const { unauthenticated } = await testApp();
  const open = (path: string, headers: Record<string, string> = {}) =>
    unauthenticated.request(`${ORIGIN}${path}`, { headers });

  it.each(["es-SV", "es-419", "es", "es-GT,es;q=0.9,en;q=0.8"])(
    "is Spanish for a browser that asks for %s first",
    async (acceptLanguage) => {
      const page = await (await open("/sign-in", { "accept-language": acceptLanguage })).text();
      expect(page).toContain('<html lang="es">');
      expect(page).toContain("Servidor local: elija un usuario de desarrollo.");
    },
  );

  it("is Spanish on a signed-in mentor's pages for a browser in El Salvador", async () => {
    const mentor = await signedInBrowser(unauthenticated, "mentor.elsalvador");
    const res = await unauthenticated.request(`${ORIGIN}/app/activities`, {
      headers: { cookie: mentor.cookie, "accept-language": "es-SV,es;q=0.9" },
    });
    const page = await res.text();
    expect(page).toContain('<html lang="es">');
    expect(page).toContain("<h1>Mis actividades</h1>");
    expect(page).toContain("Sesión iniciada como Mentor, San Salvador (Mentor)");
    expect(page).toContain("Registrar una nueva actividad");
  });

  it("says in the page's language that a page does not exist or is not open to the role", async () => {
    const donor = await signedInBrowser(unauthenticated, "donor.a");
    const manager = await signedInBrowser(unauthenticated, "manager");
    const cases = [
      [manager, "/app/no-such-page?lang=fr", 404, "Il n’y a rien à cette adresse\u00a0: l’enregistrement"],
      [manager, "/app/activities/no-such-record?lang=es", 404, "No hay nada en esta dirección: puede que"],
      [manager, "/app/manage/planets?lang=es", 404, "<h1>Página no encontrada</h1>"],
      [donor, "/app/validation?lang=fr", 403, "Cette page n’est pas ouverte à votre rôle\u00a0: les pages"],
      [donor, "/app/activities/new?lang=es", 403, "<h1>Página no abierta a su función</h1>"],
      [manager, "/app/no-such-page?lang=en", 404, "Nothing is at this address: the record may have been deleted"],
    ] as const;
    for (const [browser, path, status, says] of cases) {
      const res = await browser.get(path);
      expect(res.status, path).toBe(status);
      const page = await res.text();
      expect(page, path).toContain(says);
      // The API's English reason ("Activity \"no-such-record\" does not exist") stays out of the page.
      expect(page, path).not.toContain("does not exist");
      expect(page, path).toContain('<a href="/app">');
    }
  });

  it("offers Español in the switch of the French and English pages", async () => {
    for (const language of ["fr", "en"]) {
      const page = await (await open(`/sign-in?lang=${language}`)).text();
      expect(page).toContain('<a href="/sign-in?lang=es" hreflang="es" lang="es" title="Español">');
      expect(page).toContain('<span class="language-name">Español</span>');
    }
    const spanish = await (await open("/sign-in?lang=es")).text();
    expect(spanish).toContain('<span class="language-name">Français</span>');
    expect(spanish).toContain('<span class="language-name">English</span>');
    expect(spanish).not.toContain('<span class="language-name">Español</span>');
  });

  it("remembers ?lang=es over the browser's preference", async () => {
    const switched = await open("/sign-in?lang=es", { "accept-language": "fr" });
    const remembered = (switched.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(remembered).toBe("lang=es");
    const later = await (await open("/sign-in", { cookie: remembered, "accept-language": "fr-FR,fr" })).text();
    expect(later).toContain('<html lang="es">');
  });

  it("names the manager's role in the page's language only, in the header and on the sign-in page", async () => {
    const manager = await signedInBrowser(unauthenticated, "manager");
    const french = await (await manager.get("/app/validation?lang=fr")).text();
    expect(french).toContain('<span class="who">Connecté en tant que Gestionnaire de programme</span>');
    expect(french).not.toContain("Programme manager");
    const spanish = await (await manager.get("/app/validation?lang=es")).text();
    expect(spanish).toContain('<span class="who">Sesión iniciada como Gestor de programa</span>');
    const signIn = await (await open("/sign-in?lang=fr")).text();
    expect(signIn).toContain("Gestionnaire de programme (manager)");
    expect(signIn).toContain("Administrateur (admin)");
    expect(signIn).not.toContain("Programme manager");
    expect(signIn).not.toContain("Administrator");
  });
});
