// The manager's pages.
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../api/context";

export function managerPages(_deps: Deps) {
  return new Hono<AppEnv>();
}
