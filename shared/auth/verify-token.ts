// Verifies a bearer token: signature against the issuer's keys, issuer, audience, expiry and
// token use. The same code runs on AWS (Cognito's JWKS) and locally (the dev identity provider's).
import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from "jose";
import { UnauthorizedError } from "../domain/errors";
import { type Identity, identityFromClaims } from "./identity";

/** How far the issuer's clock and ours may differ. */
const CLOCK_SKEW_SECONDS = 30;

export type TokenVerifier = (token: string) => Promise<Identity>;

export type VerifierOptions = {
  issuer: string;
  /** The app client id the ID token is issued for. */
  audience: string;
  /** The issuer's public keys; by default its JWKS document, fetched and cached. */
  keys?: JWTVerifyGetKey;
};

export function jwksUrl(issuer: string): URL {
  return new URL(`${issuer.replace(/\/$/, "")}/.well-known/jwks.json`);
}

export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const keys = options.keys ?? createRemoteJWKSet(jwksUrl(options.issuer));
  return async (token) => {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        // Cognito signs with RS256; naming it refuses "none" and algorithm confusion.
        algorithms: ["RS256"],
        requiredClaims: ["exp", "iat", "sub"],
        // A token issued in the future is forged or from a broken clock: refused beyond a small
        // skew, which also bounds how long after expiry a token is still read. No ID token the
        // pool issues lives longer than a day.
        clockTolerance: CLOCK_SKEW_SECONDS,
        maxTokenAge: "1 day",
      }));
    } catch (error) {
      throw new UnauthorizedError(describe(error));
    }
    // Access tokens carry no profile or custom attributes: the API takes ID tokens.
    if (payload.token_use !== "id") throw new UnauthorizedError("the token is not an ID token");
    return identityFromClaims(payload);
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature is not valid";
  if (error instanceof errors.JWKSNoMatchingKey) return "the token was not signed by the expected issuer's keys";
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's signing algorithm is not accepted";
  return "the token is malformed or not valid";
}
