// The real app on a free port, as `npm start` serves it, over a fresh seeded table on the run's
// DynamoDB Local: for tests that need a browser, which cannot call `app.request()`.
import type { AddressInfo } from "node:net";
import { type Http2Bindings, type HttpBindings, serve } from "@hono/node-server";
import { afterAll } from "vitest";
import { seed2019 } from "../../seed/2019";
import { devDonors } from "../../seed/dev-fixtures";
import { loadSeed } from "../../seed/load";
import { DEV_AUTH_PATH } from "../../shared/api/paths";
import { createApp } from "../../shared/app/app";
import { createDevIdentityProvider } from "../../shared/auth/dev-identity-provider";
import { createTokenVerifier } from "../../shared/auth/verify-token";
import type { Database } from "../../shared/data/client";
import { testConfig, testDatabase } from "./database";

export type TestServer = {
  baseUrl: string;
  /** The server's table, e.g. for SDK middleware that holds or fails its writes. */
  db: Database;
  /** Every request the server received, in order, as "METHOD /path?query". */
  requests: string[];
  /**
   * Cuts the browser off the server, or restores it: while cut, the connection of every request
   * but the test's own (`api`, `tokenFor`: another device) is dropped unanswered, as a phone
   * without a network gets none through, and the request is listed in `cutOff`, not in `requests`.
   */
  cutNetwork: (cut: boolean) => void;
  /**
   * The requests dropped while the network was cut, with what the browser said of them
   * (Sec-Fetch-Mode and -Dest, whether a service worker sent it) and when they came.
   */
  cutOff: string[];
  /** A bearer token for a development user, from the server's development identity provider. */
  tokenFor: (username: string) => Promise<string>;
  /** Calls the JSON API as `username`. */
  api: (username: string, path: string, init?: { method?: string; body?: unknown }) => Promise<Response>;
};

/** Marks the test's own requests, which a cut network leaves through. */
const OTHER_DEVICE = "x-other-device";

/** Starts the app for this test file; it stops after the file's tests. */
export async function startTestServer(): Promise<TestServer> {
  const db = await testDatabase();
  await loadSeed(db, { ...seed2019, donors: [...seed2019.donors, ...devDonors] });

  // The issuer names the port, which is known once the server listens: the app is bound after.
  let fetchApp: ((request: Request) => Response | Promise<Response>) | undefined;
  const requests: string[] = [];
  const cutOff: string[] = [];
  let cut = false;
  const server = serve({
    port: 0,
    hostname: "127.0.0.1",
    fetch: (request: Request, env: HttpBindings | Http2Bindings) => {
      const url = new URL(request.url);
      if (cut && !request.headers.has(OTHER_DEVICE)) {
        const header = (name: string) => request.headers.get(name) ?? "-";
        cutOff.push(
          `${request.method} ${url.pathname} mode=${header("sec-fetch-mode")} dest=${header("sec-fetch-dest")} ` +
            `service-worker=${header("service-worker")} at=${new Date().toISOString()}`,
        );
        // The browser sees the connection fail, as it would with no network.
        env.incoming.socket.destroy();
        return new Response(null, { status: 502 });
      }
      requests.push(`${request.method} ${url.pathname}${url.search}`);
      return fetchApp ? fetchApp(request) : new Response("Starting", { status: 503 });
    },
  });
  await new Promise<void>((ready, fail) => {
    if (server.listening) return ready();
    server.once("listening", ready);
    server.once("error", fail);
  });
  afterAll(
    () =>
      new Promise<void>((done) => {
        // Chromium keeps connections alive; they must not hold the file's end.
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => done());
      }),
  );

  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}`;
  const devIdentity = await createDevIdentityProvider(`${baseUrl}${DEV_AUTH_PATH}`);
  const app = createApp({ db, config: testConfig(db), verifyToken: createTokenVerifier(devIdentity), devIdentity });
  fetchApp = (request) => app.fetch(request);

  const tokens = new Map<string, string>();
  const tokenFor = async (username: string) => {
    // As any API client signs in locally: the identity provider's token endpoint.
    if (!tokens.has(username)) {
      const response = await fetch(`${baseUrl}${DEV_AUTH_PATH}/token`, {
        method: "POST",
        headers: { "content-type": "application/json", [OTHER_DEVICE]: "1" },
        body: JSON.stringify({ username }),
      });
      if (!response.ok) throw new Error(`No token for ${username}: ${response.status} ${await response.text()}`);
      tokens.set(username, ((await response.json()) as { id_token: string }).id_token);
    }
    return tokens.get(username) as string;
  };
  const api: TestServer["api"] = async (username, path, init = {}) =>
    fetch(`${baseUrl}${path}`, {
      method: init.method ?? "GET",
      headers: {
        [OTHER_DEVICE]: "1",
        authorization: `Bearer ${await tokenFor(username)}`,
        ...(init.body !== undefined && { "content-type": "application/json" }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const cutNetwork = (value: boolean) => {
    cut = value;
  };
  return { baseUrl, db, requests, cutNetwork, cutOff, tokenFor, api };
}
