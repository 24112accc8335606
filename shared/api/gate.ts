// A route's first check: a caller whose role may never use it is refused before its body or
// query is read, so a donor's malformed write gets a 403, not a list of the schema's values.
import type { MiddlewareHandler } from "hono";
import type { Identity } from "../auth/identity";
import type { AppEnv } from "../http/context";

export function gate(assertAllowed: (identity: Identity) => void): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    assertAllowed(c.get("identity"));
    await next();
  };
}
