// The real app over a given database, signed in as a development user, for the reliability runs
// (`npm run bench:reliability` and their tests): requests go through app.request(), in process.
import { createApp } from "../../shared/app/app";
import { createDevIdentityProvider, type DevIdentityProvider } from "../../shared/auth/dev-identity-provider";
import { createTokenVerifier } from "../../shared/auth/verify-token";
import type { Database } from "../../shared/data/client";
import { LOCAL_REGION } from "../dynamodb-local";

export type Client = { request: (path: string, init?: RequestInit) => Promise<Response> };

const ISSUER = "http://localhost/dev-auth";

/** The identity provider outlives a database restart: the same tokens work on the new app. */
export function identityProvider(): Promise<DevIdentityProvider> {
  return createDevIdentityProvider(ISSUER);
}

/** The app over `db`, as `username` (a manager by default, who may do everything). */
export async function signedInApp(db: Database, identity: DevIdentityProvider, username = "manager"): Promise<Client> {
  const app = createApp({
    db,
    config: { tableName: db.tableName, region: LOCAL_REGION, maxBodyBytes: 256 * 1024 },
    verifyToken: createTokenVerifier(identity),
    devIdentity: identity,
  });
  const token = await identity.issue(username);
  return {
    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set("authorization", `Bearer ${token}`);
      return app.request(path, { ...init, headers });
    },
  };
}

/** Runs `work` on the indexes 0…count−1 with at most `concurrency` at once, until `stop()` says so. */
export async function inParallel(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count && !stop()) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
