// A readable page of the OpenAPI document, rendered on the server: no script, no CDN.
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  anyOf?: Schema[];
  additionalProperties?: Schema | boolean;
};
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string }>;
};
/** The parts of an OpenAPI 3.1 document the page shows. */
export type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

function typeLabel(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.anyOf) return schema.anyOf.map(typeLabel).join(" or ");
  if (schema.type === "array") return `${typeLabel(schema.items)}[]`;
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    return `map of ${typeLabel(schema.additionalProperties)}`;
  }
  return Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
}

function schemaTable(name: string, schema: Schema): HtmlEscapedString | Promise<HtmlEscapedString> {
  const rows = Object.entries(schema.properties ?? {});
  return html`<section class="schema" id="schema-${name}">
    <h3>${name}</h3>
    ${schema.description ? html`<p>${schema.description}</p>` : ""}
    ${
      rows.length
        ? html`<table><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>About</th></tr></thead><tbody>
        ${rows.map(
          ([field, property]) =>
            html`<tr><td><code>${field}</code></td><td>${typeLink(property)}</td><td>${schema.required?.includes(field) ? "yes" : ""}</td><td>${property.description ?? ""}</td></tr>`,
        )}
        </tbody></table>`
        : html`<p><code>${typeLabel(schema)}</code></p>`
    }
  </section>`;
}

function typeLink(schema: Schema | undefined) {
  const ref = schema?.$ref ?? schema?.items?.$ref;
  const label = typeLabel(schema);
  return ref ? html`<a href="#schema-${refName(ref)}"><code>${label}</code></a>` : html`<code>${label}</code>`;
}

function operation(method: string, path: string, op: Operation) {
  const body = op.requestBody?.content?.["application/json"]?.schema;
  return html`<article class="operation">
    <h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
    ${op.summary ? html`<p><strong>${op.summary}</strong></p>` : ""}
    ${op.description ? html`<p>${op.description}</p>` : ""}
    ${
      op.parameters?.length
        ? html`<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>About</th></tr></thead><tbody>
        ${op.parameters.map(
          (p) =>
            html`<tr><td><code>${p.name}</code>${p.required ? " *" : ""}</td><td>${p.in}</td><td>${typeLink(p.schema)}</td><td>${p.description ?? ""}</td></tr>`,
        )}</tbody></table>`
        : ""
    }
    ${body ? html`<p>Body: ${typeLink(body)}</p>` : ""}
    <ul class="responses">
      ${Object.entries(op.responses ?? {}).map(([status, r]) => html`<li><code>${status}</code> ${r.description ?? ""}</li>`)}
    </ul>
  </article>`;
}

export function docsPage(document: OpenApiDocument) {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op, tag: op.tags?.[0] ?? "Other" })),
  );
  const tags = [...new Set(operations.map((o) => o.tag))];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${document.info.title} — API</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header>
  <h1>${document.info.title} <small>API ${document.info.version}</small></h1>
  <p>${document.info.description ?? ""}</p>
  <p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
  <nav><ul>${tags.map((tag) => html`<li><a href="#tag-${tag}">${tag}</a></li>`)}<li><a href="#schemas">Schemas</a></li></ul></nav>
</header>
<main>
${tags.map(
  (tag) => html`<section id="tag-${tag}"><h2>${tag}</h2>
    ${operations.filter((o) => o.tag === tag).map((o) => operation(o.method, o.path, o.op))}</section>`,
)}
<section id="schemas"><h2>Schemas</h2>
${Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => schemaTable(name, schema))}
</section>
</main>
</body>
</html>`;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
h1 small{font-weight:normal;color:#555;font-size:.6em}
nav ul{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;padding:0}
.operation{border-top:1px solid #ddd;padding:.5rem 0}
.method{display:inline-block;min-width:4.5em;font-family:monospace;font-size:.9em;padding:.1em .4em;border-radius:4px;background:#e8eef9;color:#0b3d91}
.method.post{background:#e6f4ea;color:#0d652d}.method.put{background:#fef7e0;color:#7a4f01}.method.delete{background:#fce8e6;color:#a50e0e}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95em}
th,td{text-align:left;border-bottom:1px solid #eee;padding:.25rem .5rem;vertical-align:top}
code{font-family:ui-monospace,monospace;overflow-wrap:anywhere}
a{color:#0b3d91}
`;
