// Who may sign in to the local server: the development identity provider on loopback (or with
// --dev-auth), Cognito where its settings are given, nobody otherwise; and what the server and its
// routes say about it.
import { isIP } from "node:net";
import { DEV_AUTH_PATH } from "../shared/api/paths";
import { createDevIdentityProvider, type DevIdentityProvider } from "../shared/auth/dev-identity-provider";
import { createTokenVerifier, type TokenVerifier } from "../shared/auth/verify-token";
import type { Config } from "../shared/config";
import { UnauthorizedError } from "../shared/domain/errors";

/** 127.0.0.0/8, ::1 and their IPv4-mapped form, or the name localhost. */
export function isLoopback(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "localhost") return true;
  const v4 = bare.startsWith("::ffff:") ? bare.slice(7) : bare;
  if (isIP(v4) === 4) return v4.startsWith("127.");
  return bare === "::1";
}

export type SignIn =
  | { kind: "dev"; devIdentity: DevIdentityProvider; verifyToken: TokenVerifier }
  | { kind: "cognito"; devIdentity?: undefined; verifyToken: TokenVerifier; ignoredDevAuth: boolean }
  | { kind: "none"; devIdentity?: undefined; verifyToken: TokenVerifier };

export async function chooseSignIn(config: Config, local: boolean, devAuth: boolean, port: number): Promise<SignIn> {
  // Cognito's settings win: its tokens are checked, and the development users do not exist.
  if (config.auth) {
    return { kind: "cognito", verifyToken: createTokenVerifier(config.auth), ignoredDevAuth: devAuth };
  }
  if (local || devAuth) {
    // The issuer names localhost, as the printed URL does: it is a claim the server checks against
    // itself, so tokens stay valid whichever address a client reached the server by.
    const devIdentity = await createDevIdentityProvider(`http://localhost:${port}${DEV_AUTH_PATH}`);
    return { kind: "dev", devIdentity, verifyToken: createTokenVerifier(devIdentity) };
  }
  return {
    kind: "none",
    // Whoever sends a token is told why none can be had here, in the API's own 401.
    verifyToken: async () => {
      throw new UnauthorizedError(`no token is accepted here. ${noSignInMessage(port)}`);
    },
  };
}

function noSignInMessage(port: number): string {
  return (
    "This server has no sign-in: it listens beyond this machine without --dev-auth, and AUTH_ISSUER and " +
    `AUTH_AUDIENCE (Cognito) are not set. Restart it with --dev-auth (anyone who can reach port ${port} can then ` +
    "sign in as any user), or on 127.0.0.1."
  );
}

/** Without any sign-in, the routes that would offer one say why there is none. */
export function withoutSignIn(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
): (request: Request) => Response | Promise<Response> {
  const message = noSignInMessage(port);
  return (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === DEV_AUTH_PATH || pathname.startsWith(`${DEV_AUTH_PATH}/`)) {
      return Response.json(
        { error: "not_found", message: `No route for ${request.method} ${pathname}. ${message}` },
        { status: 404 },
      );
    }
    if (pathname === "/sign-in" || pathname === "/auth/dev-sign-in") {
      return new Response(`Sign-in is off. ${message}\n`, {
        status: 503,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    return fetch(request);
  };
}

export function describeSignIn(
  signIn: SignIn,
  { address, port, local }: { address: string; port: number; local: boolean },
) {
  if (signIn.kind === "dev") {
    if (!local) {
      console.error(
        `Warning: the development sign-in is on while the server listens on ${address}: anyone who can reach ` +
          `port ${port} can sign in as any user, manager and admin included, without a password.`,
      );
    }
    console.log(`Pages: open http://localhost:${port} and sign in as any user below.`);
    console.log(
      `API token: curl -X POST localhost:${port}${DEV_AUTH_PATH}/token -H 'content-type: application/json' -d '{"username":"manager"}'`,
    );
    console.log(`Users: ${signIn.devIdentity.users.map((user) => user.username).join(", ")}. Ctrl-C stops.`);
    return;
  }
  if (signIn.kind === "cognito") {
    if (signIn.ignoredDevAuth) console.error("--dev-auth is ignored: AUTH_ISSUER and AUTH_AUDIENCE name Cognito.");
    console.log("Sign-in: Cognito ID tokens (AUTH_ISSUER, AUTH_AUDIENCE); no development users. Ctrl-C stops.");
    return;
  }
  console.error(
    `Development sign-in is off: the server listens on ${address}, beyond this machine, and --dev-auth was not given ` +
      `(it would let anyone who can reach port ${port} sign in as any user, manager and admin included).`,
  );
  console.error(
    "No Cognito either (AUTH_ISSUER, AUTH_AUDIENCE), so nobody can sign in: /health, /docs and /openapi.json " +
      "answer; every data request answers 401, /dev-auth/* 404 and /sign-in 503, each saying why.",
  );
  console.log("Sign-in: none. Ctrl-C stops.");
}
