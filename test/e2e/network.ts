// The network cut and restored as a phone's is. Chromium's offline emulation makes the page think
// it is offline, but it has let a request through to the server (a submission or an outbox entry
// sent from a page opened from the service worker's copy, in about one run in four on a loaded
// machine): a request that falls back from a service worker escapes both the emulation and the
// context's routes. A phone without a network gets nothing through, so the server is cut off too.
import type { BrowserContext, Route } from "playwright-core";
import type { TestServer } from "../support/server";

const disconnected = (route: Route) => route.abort("internetdisconnected");

/**
 * Offline: the server drops every connection and the page's requests fail before the page is
 * told it is offline. Online: the server answers again before the page is told it is online.
 */
export async function setOffline(context: BrowserContext, server: TestServer, offline: boolean): Promise<void> {
  if (offline) {
    server.cutNetwork(true);
    await context.route("**/*", disconnected);
    await context.setOffline(true);
  } else {
    server.cutNetwork(false);
    await context.unroute("**/*", disconnected);
    await context.setOffline(false);
  }
}
