/// <reference lib="dom" />
// The service worker at /app/sw.js: keeps the activity form, its style and its scripts so that the
// form, and the activities waiting in its outbox, open again without a network. Network first:
// online, a visitor always gets the current page. Served by its source text: no imports.

type ExtendableEventLike = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEventLike = ExtendableEventLike & { request: Request; respondWith(response: Promise<Response>): void };
type WorkerScope = {
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
};

export function serviceWorker(cacheName: string, cachePrefix: string, urls: string[]) {
  const worker = self as unknown as WorkerScope;
  const paths = new Set(urls.map((url) => new URL(url, location.origin).pathname));
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
    if (request.method !== "GET" || url.origin !== location.origin || !paths.has(url.pathname)) return;
    event.respondWith(
      fetch(request).then(
        (response) => {
          event.waitUntil(store(request.url, response.clone()));
          return response;
        },
        async () => (await (await caches.open(cacheName)).match(keyOf(request.url))) ?? Response.error(),
      ),
    );
  });
}
