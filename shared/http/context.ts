// What the API's routes and the pages share about a request: the app's dependencies, and who is
// asking (set by the app's authentication before any route runs).
import type { DevIdentityProvider } from "../auth/dev-identity-provider";
import type { GatewayIdentity } from "../auth/gateway-identity";
import type { Identity } from "../auth/identity";
import type { TokenVerifier } from "../auth/verify-token";
import type { Config } from "../config";
import type { UseCaseDeps } from "../use-cases/context";
import type { Telemetry } from "./telemetry";

export type Deps = UseCaseDeps & {
  config: Config;
  verifyToken: TokenVerifier;
  /** Only in Lambda: who is asking, from the claims API Gateway's JWT authorizer verified. */
  gatewayIdentity?: GatewayIdentity;
  /** Only on the local server: sign-in without Cognito. */
  devIdentity?: DevIdentityProvider;
  /** Where it runs in Lambda: request logs and metrics. */
  telemetry?: Telemetry;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    identity: Identity;
    /** The pattern a lazily loaded route matched (shared/http/lazy-routes.ts), for the request log. */
    route?: string;
  };
};
