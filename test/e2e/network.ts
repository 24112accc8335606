// The browser's network, cut and restored as a phone's is. Chromium's offline emulation alone has
// let one request of a page through to the server while offline (a submission sent from a page
// opened from the service worker's copy, in about one run in four on a loaded machine); a phone
// without a network fails every request, so the page's requests are failed here too.
import type { BrowserContext, Route } from "playwright-core";

const disconnected = (route: Route) => route.abort("internetdisconnected");

/** The requests are failed before the page is told it is offline, and until it is told it is online. */
export async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  if (offline) {
    await context.route("**/*", disconnected);
    await context.setOffline(true);
  } else {
    await context.unroute("**/*", disconnected);
    await context.setOffline(false);
  }
}
