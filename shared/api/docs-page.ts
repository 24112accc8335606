// The API's documentation page: Swagger UI (swagger-ui-dist) rendering /openapi.json, with how to
// get a token said first, in the page itself, so it reads even before the script runs.
import { html } from "hono/html";
import { OPENAPI_INFO } from "./openapi-document";

export const DOCS_SCRIPT = `window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false,
  });
});
`;

export function docsPage(assetVersion: string) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${OPENAPI_INFO.title} — API</title>
<link rel="stylesheet" href="/assets/docs/swagger-ui.css?v=${assetVersion}">
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}.intro{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 0}code{overflow-wrap:anywhere}</style>
</head>
<body>
<header class="intro">
  <h1>${OPENAPI_INFO.title}: API</h1>
  <p>The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1): give it to a client generator or import it into Postman.</p>
  <h2>Getting a token</h2>
  <p>Every operation needs an ID token sent as <code>Authorization: Bearer &lt;token&gt;</code>; press <strong>Authorize</strong> below and paste it to try the operations here.</p>
  <ul>
    <li>On the local server (<code>npm start</code>): <code>curl -X POST /dev-auth/token -H 'content-type: application/json' -d '{"username":"manager"}'</code> answers <code>{"id_token": …}</code>; the users are listed at <a href="/dev-auth/users">/dev-auth/users</a>.</li>
    <li>On AWS: the ID token Cognito issues to the app client (output <code>UserPoolClientId</code>) when a user of the pool signs in, by the hosted sign-in's authorization code flow with PKCE (output <code>SignInUrl</code>) or by the Secure Remote Password flow (<code>USER_SRP_AUTH</code>, as AWS Amplify's <code>signIn</code> does); the user needs their password and their TOTP code. Tokens last an hour.</li>
  </ul>
</header>
<main id="swagger-ui"></main>
<script src="/assets/docs/swagger-ui-bundle.js?v=${assetVersion}"></script>
<script src="/assets/docs/docs.js?v=${assetVersion}"></script>
</body>
</html>`;
}
