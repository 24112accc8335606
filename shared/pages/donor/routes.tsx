// The donor's pages.
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../api/context";

export function donorPages(_deps: Deps) {
  return new Hono<AppEnv>();
}
