// Who may open a page: the roles it is for; anyone else gets a 403 page in their language.
import type { MiddlewareHandler } from "hono";
import type { Role } from "../auth/identity";
import type { AppEnv } from "../http/context";
import { forbiddenPage } from "./message-page";

export function pageFor(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (roles.includes(c.get("identity").role)) return next();
    return forbiddenPage(c);
  };
}
