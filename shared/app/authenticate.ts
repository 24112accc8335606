// Every request that reaches data carries a verified token; the identity it proves goes in the
// context. API clients send it as a bearer token; the pages' browser as its session cookie. Behind
// API Gateway's JWT authorizer the gateway has verified the bearer token, and its claims are read.
import type { MiddlewareHandler } from "hono";
import type { GatewayIdentity } from "../auth/gateway-identity";
import { PAGES_PATH, sessionToken } from "../auth/session";
import type { TokenVerifier } from "../auth/verify-token";
import { UnauthorizedError } from "../domain/errors";
import type { AppEnv } from "../http/context";

/** Paths that hold no data: liveness, the API description, sign-in and the pages' static files. */
const PUBLIC = [
  /^\/health(\/ready)?$/,
  /^\/openapi\.json$/,
  /^\/docs$/,
  /^\/dev-auth(\/|$)/,
  /^\/$/,
  /^\/sign-in$/,
  /^\/auth\//,
  /^\/assets\//,
  /^\/app\/sw\.js$/,
];

const underPages = (path: string) => path === PAGES_PATH || path.startsWith(`${PAGES_PATH}/`);

export function authenticate(verify: TokenVerifier, fromGateway?: GatewayIdentity): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (PUBLIC.some((path) => path.test(c.req.path))) return next();
    const authorized = await fromGateway?.(c.env);
    if (authorized) {
      c.set("identity", authorized);
      return next();
    }
    const header = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    // The cookie counts only under /app, where every change is a same-origin JSON request.
    const token = header ?? (underPages(c.req.path) ? sessionToken(c) : undefined);
    try {
      if (!token) throw new UnauthorizedError("sign in first: send the ID token as Authorization: Bearer <token>");
      c.set("identity", await verify(token));
    } catch (error) {
      // A person opening a page is sent to sign in, and brought back afterwards.
      if (error instanceof UnauthorizedError && isPageRequest(c.req.path, c.req.method)) {
        const next = encodeURIComponent(c.req.path + (new URL(c.req.url).search ?? ""));
        return c.redirect(`/sign-in?next=${next}`, 303);
      }
      throw error;
    }
    await next();
  };
}

function isPageRequest(path: string, method: string): boolean {
  return method === "GET" && underPages(path) && !path.startsWith(`${PAGES_PATH}/api/`);
}
