// Every request that reaches data carries a verified token; the identity it proves goes in the context.
import type { MiddlewareHandler } from "hono";
import type { TokenVerifier } from "../auth/verify-token";
import { UnauthorizedError } from "../domain/errors";
import type { AppEnv } from "./context";

/** Paths that hold no data: liveness, the API description and the development sign-in. */
const PUBLIC = [/^\/health$/, /^\/openapi\.json$/, /^\/docs$/, /^\/dev-auth(\/|$)/];

export function authenticate(verify: TokenVerifier): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (PUBLIC.some((path) => path.test(c.req.path))) return next();
    const header = c.req.header("authorization");
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new UnauthorizedError("sign in first: send the ID token as Authorization: Bearer <token>");
    const identity = await verify(token);
    c.set("identity", identity);
    await next();
  };
}
