// Bodies are read as UTF-8, so they must be UTF-8: another charset is a 415 rather than text read
// wrong, and bytes that are not UTF-8 are a 400 rather than U+FFFD stored in a record.
import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ValidationError } from "../domain/errors";

/** The media types whose bodies the app reads as text: JSON, forms and plain text. */
const TEXT_BODY = /^\s*(application\/([\w.-]+\+)?json|application\/x-www-form-urlencoded|text\/[\w.+-]+)\s*(;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

export function utf8Bodies(): MiddlewareHandler {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return async (c, next) => {
    const type = c.req.header("content-type");
    if (!type || c.req.method === "GET" || c.req.method === "HEAD") return next();
    const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
      throw new HTTPException(415, { message: `The body's charset is ${charset}: send it as UTF-8` });
    }
    if (TEXT_BODY.test(type)) {
      // Read once here; the routes' parsers reuse what was read.
      try {
        decoder.decode(await c.req.arrayBuffer());
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        throw new ValidationError([{ path: "", message: "The body is not valid UTF-8" }]);
      }
    }
    await next();
  };
}
