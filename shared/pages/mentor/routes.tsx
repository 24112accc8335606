// The mentor's pages.
import { Hono } from "hono";
import type { AppEnv, Deps } from "../../api/context";

export function mentorPages(_deps: Deps) {
  return new Hono<AppEnv>();
}
