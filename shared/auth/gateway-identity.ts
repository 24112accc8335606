// Who is asking, read from the claims API Gateway's JWT authorizer verified: on a route behind it,
// the gateway has checked the token's signature against the pool's keys, its issuer, audience and
// expiry before the function runs, so the function need not fetch the keys and verify it again.
// Only routes behind the authorizer carry these claims; the pages' (cookie) routes do not, and
// their token is verified by the app (./verify-token.ts).
import { UnauthorizedError } from "../domain/errors";
import { type Identity, identityFromClaims } from "./identity";

/** The claims as the gateway hands them (payload 2.0): every value a string, a list as "[a b]". */
export type GatewayClaims = Readonly<Record<string, string>>;

/** What the Lambda adapter puts in Hono's `c.env`: the event's request context among it. */
type LambdaBindings = { requestContext?: { authorizer?: { jwt?: { claims?: GatewayClaims } } } };

export type GatewayIdentity = (bindings: unknown) => Promise<Identity | undefined>;

/**
 * Reads the identity of a request the gateway authorized, or undefined when it passed no
 * authorizer. The token must still be an ID token of this pool's app client: the gateway also
 * takes the pool's access tokens, which carry no custom attributes.
 */
export function gatewayIdentity(expected: { issuer: string; audience: string }): GatewayIdentity {
  return async (bindings) => {
    const claims = (bindings as LambdaBindings | undefined)?.requestContext?.authorizer?.jwt?.claims;
    if (!claims) return undefined;
    if (claims.token_use !== "id") throw new UnauthorizedError("the token is not an ID token");
    if (claims.iss !== expected.issuer) throw new UnauthorizedError("the token's iss claim is not accepted");
    if (claims.aud !== expected.audience) throw new UnauthorizedError("the token's aud claim is not accepted");
    return identityFromClaims({ ...claims, "cognito:groups": listClaim(claims["cognito:groups"]) });
  };
}

/** "[manager mentor]" → ["manager", "mentor"]; no claim, no groups. */
function listClaim(value: string | undefined): string[] {
  const inner = value?.match(/^\[(.*)\]$/)?.[1] ?? value ?? "";
  return inner.split(" ").filter(Boolean);
}

/** A verified token's claims as the gateway hands them to the function: for tests and the benchmark. */
export function asGatewayClaims(payload: Record<string, unknown>): GatewayClaims {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(" ")}]` : String(value),
    ]),
  );
}
