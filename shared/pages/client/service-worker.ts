/// <reference lib="dom" />
// The service worker at /app/sw.js: keeps the activity form, its style and its scripts, and the
// mentor's pages last seen (My activities, each activity's page), so that they open again without
// a network; a page of the app never seen shows the app's own offline page, not the browser's.
// Network first: online, a visitor always gets the current page. Signing out forgets every page
// kept. Served by its source text: no imports.

type ExtendableEventLike = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEventLike = ExtendableEventLike & { request: Request; respondWith(response: Promise<Response>): void };
type WorkerScope = {
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
};

/** The pages kept as they are seen (`pattern`, a RegExp source on the path), where never-seen pages go (`offline`), and the sign-out path. */
export type KeptPages = { pattern: string; offline: string; signOut: string };

export function serviceWorker(cacheName: string, cachePrefix: string, urls: string[], pages: KeptPages) {
  const worker = self as unknown as WorkerScope;
  const paths = new Set(urls.map((url) => new URL(url, location.origin).pathname));
  const seen = new RegExp(pages.pattern);
  // One copy per path: the page in the language last seen, the scripts of the version last served.
  const keyOf = (url: string) => {
    const parsed = new URL(url, location.origin);
    return `${parsed.origin}${parsed.pathname}`;
  };
  const store = async (url: string, response: Response) => {
    // A redirect (to sign in) or an error page must never stand in for the form.
    if (!response.ok || response.redirected || response.type !== "basic") return;
    await (await caches.open(cacheName)).put(keyOf(url), response);
  };

  worker.addEventListener("install", (event) => {
    const fetched = urls.map((url) =>
      fetch(url, { credentials: "same-origin", cache: "no-cache" })
        .then((response) => store(url, response))
        .catch(() => undefined),
    );
    event.waitUntil(Promise.all(fetched).then(() => worker.skipWaiting()));
  });

  worker.addEventListener("activate", (event) => {
    const stale = caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(cachePrefix) && name !== cacheName).map((name) => caches.delete(name)),
        ),
      );
    event.waitUntil(stale.then(() => worker.clients.claim()));
  });

  worker.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (url.origin !== location.origin) return;
    // What one person saw must not open for the next on a shared device.
    if (request.method === "POST" && url.pathname === pages.signOut) {
      event.waitUntil(caches.delete(cacheName));
      return;
    }
    if (request.method !== "GET") return;
    const page = request.mode === "navigate";
    // Pages say no-store to HTTP caches; this store is the device's offline copy, forgotten at
    // sign-out, and holds only the pages named here (never the form prefilled from a record).
    const kept = paths.has(url.pathname) || (page && seen.test(url.pathname));
    if (!kept && !page) return;
    event.respondWith(
      fetch(request).then(
        (response) => {
          if (kept) event.waitUntil(store(request.url, response.clone()));
          return response;
        },
        async () => {
          const cache = await caches.open(cacheName);
          const copy = kept ? await cache.match(keyOf(request.url)) : undefined;
          return copy ?? (await cache.match(keyOf(pages.offline))) ?? Response.error();
        },
      ),
    );
  });
}
