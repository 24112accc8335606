// What every route handler can reach: the database, the token check, and who is asking.
import type { DevIdentityProvider } from "../auth/dev-identity-provider";
import type { Identity } from "../auth/identity";
import type { TokenVerifier } from "../auth/verify-token";
import type { Config } from "../config";
import type { Database } from "../data/client";

export type Deps = {
  db: Database;
  config: Config;
  verifyToken: TokenVerifier;
  /** Only on the local server: sign-in without Cognito. */
  devIdentity?: DevIdentityProvider;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    identity: Identity;
  };
};
