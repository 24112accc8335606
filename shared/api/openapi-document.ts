// The OpenAPI document integrators generate clients from: the routes' own description (from the
// schemas), how to authenticate, where the API is, and the answers every route may give besides
// its own — no token (401), a body too large or not JSON (413, 415), a database that does not
// answer (503), a fault of ours (500) — each with the error schema.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { SESSION_COOKIE } from "../auth/session";
import type { AppEnv } from "../http/context";

export type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;
type Operation = NonNullable<NonNullable<OpenApiDocument["paths"]>[string]["get"]>;
type Responses = NonNullable<Operation["responses"]>;

export const OPENAPI_INFO = {
  title: "Cybercrime capacity-building tracker",
  version: "1.0.0",
  description:
    "Activities of UNODC's Global Programme on Cybercrime — trainings, assessments, forensic labs, " +
    "equipment, campaigns — recorded by mentors, validated by managers and reported to the Commission.\n\n" +
    "**Authentication.** Every operation needs a Cognito ID token of the tracker's user pool, sent as " +
    "`Authorization: Bearer <token>`. On AWS, it is the ID token Cognito issues to the app client when a " +
    "user signs in, by the hosted sign-in (authorization code with PKCE) or the Secure Remote Password flow " +
    "(`USER_SRP_AUTH`, as AWS Amplify's `signIn` does), with the user's password and TOTP code. On the local server (`npm start`), " +
    '`POST /dev-auth/token` with `{"username": "manager"}` (or `mentor.kenya`, `donor.a`…; the list at ' +
    "`GET /dev-auth/users`) answers `{ id_token }`. Tokens last an hour.",
};

const BEARER = "bearer";
const SESSION = "session";

const ERROR = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
const error = (description: string, headers?: Record<string, { description: string }>) => ({
  description,
  content: ERROR,
  ...(headers && {
    headers: Object.fromEntries(
      Object.entries(headers).map(([name, { description: about }]) => [
        name,
        { description: about, schema: { type: "string" as const } },
      ]),
    ),
  }),
});

/** Answers any operation may give, whatever it does. */
const EVERY_OPERATION: Responses = {
  401: error("No token, or one that is expired, forged, or for another audience or issuer", {
    "WWW-Authenticate": { description: 'Bearer realm="cybercrime-tracker", with the reason a token was refused' },
  }),
  500: error("A fault of ours; the message gives the request id to quote"),
  503: error("The database did not answer: nothing was written; try again", {
    "Retry-After": { description: "Seconds to wait before trying again" },
  }),
};

/** Answers of an operation that reads a body. */
const WITH_BODY: Responses = {
  413: error("The body is over the size limit (MAX_BODY_BYTES, 256 KiB by default)"),
  415: error("The body is not application/json"),
};

/** Declares how to authenticate; called once, where the routes are registered. */
export function registerSecuritySchemes(api: OpenAPIHono<AppEnv>) {
  api.openAPIRegistry.registerComponent("securitySchemes", BEARER, {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A Cognito ID token of the tracker's user pool (see the description above for how to get one)",
  });
  api.openAPIRegistry.registerComponent("securitySchemes", SESSION, {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description:
      "The pages' session: the same ID token, in an HttpOnly cookie set at sign-in. It is read only under " +
      "/app (the pages and their own requests), never by the operations below, which need the bearer token.",
  });
}

/** The document of the API's routes, with the server it is served from. */
export function openApiDocument(api: OpenAPIHono<AppEnv>): OpenApiDocument {
  const document = api.getOpenAPI31Document({
    openapi: "3.1.0",
    info: OPENAPI_INFO,
    servers: [{ url: "/", description: "The server this document is served from" }],
    security: [{ [BEARER]: [] }],
  });
  for (const methods of Object.values(document.paths ?? {})) {
    for (const method of ["get", "put", "post", "delete", "patch"] as const) {
      const operation = methods[method];
      if (!operation) continue;
      // An operation open without a token (`security: []`) never answers 401.
      const open = Array.isArray(operation.security) && operation.security.length === 0;
      const { 401: _unauthorized, ...everyOpen } = EVERY_OPERATION;
      operation.responses = {
        ...operation.responses,
        ...(operation.requestBody ? WITH_BODY : {}),
        ...(open ? everyOpen : EVERY_OPERATION),
        ...operation.responses,
      };
    }
  }
  return document;
}

/** The document as served at `origin`: its `servers` names that address. */
export function servedDocument(document: OpenApiDocument, origin: string): OpenApiDocument {
  return { ...document, servers: [{ url: origin, description: "This server" }] };
}
