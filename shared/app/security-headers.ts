// Headers every answer carries: what the browser may load and run (Content-Security-Policy), HTTPS
// only (HSTS), no referrer, no framing; and no caching of what is not a static file, since data
// answers and pages name people and change with each write.
import type { MiddlewareHandler } from "hono";
import { NONCE, secureHeaders } from "hono/secure-headers";

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // The pages' scripts are files of this origin; an inline one would need the request's nonce
      // (c.get("secureHeadersNonce")). JSON data blocks (type="application/json") are not run.
      scriptSrc: ["'self'", NONCE],
      // Styles may be inline: the report's HTML and the API documentation carry a <style> element.
      // Markup is escaped wherever text is written, so no one else's style reaches a page.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
    referrerPolicy: "no-referrer",
  });
}

/** `Cache-Control: no-store` on every answer that does not say how it may be cached (static files do). */
export function noStoreByDefault(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
  };
}
