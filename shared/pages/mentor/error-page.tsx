// A refused page action answers with a page in the visitor's language, not the API's JSON.
import type { Context } from "hono";
import { ForbiddenError, NotFoundError } from "../../domain/errors";
import type { AppEnv } from "../../http/context";
import { forbiddenPage, notFoundPage } from "../message-page";

/**
 * Forbidden and missing records become 403 and 404 pages, said in the page's language (the
 * error's own message is the API's English); anything else goes to the app's handler.
 */
export function errorPage(c: Context<AppEnv>, error: unknown) {
  if (error instanceof ForbiddenError) return forbiddenPage(c, true);
  if (error instanceof NotFoundError) return notFoundPage(c);
  throw error;
}
