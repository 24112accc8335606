import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testApp } from "../../support/database";

const REDOCLY = resolve(import.meta.dirname, "../../../node_modules/.bin/redocly");

type LintProblem = { ruleId: string; severity: string; message: string; location: { pointer: string }[] };

/** `redocly lint` with its recommended rules on the document; its JSON report. */
async function redoclyLint(document: unknown) {
  const dir = await mkdtemp(join(tmpdir(), "openapi-"));
  const file = join(dir, "openapi.json");
  await writeFile(file, JSON.stringify(document));
  try {
    const { stdout } = await promisify(execFile)(REDOCLY, ["lint", file, "--extends=recommended", "--format=json"], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    return JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: LintProblem[] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
type Operation = {
  operationId?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { example?: unknown; examples?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

describe("API description", async () => {
  const { app } = await testApp();

  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const res = await app.request("/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/activities",
        "/activities/{id}",
        "/activities/{id}/status",
        "/mentors/{id}",
        "/donors",
        "/labs",
      ]),
    );
    const activity = doc.components.schemas.ActivityInput;
    expect(activity.required).toEqual(expect.arrayContaining(["kind", "theme", "startDate", "endDate"]));
    expect(activity.additionalProperties).toBe(false);
    expect(doc.components.schemas.Theme.enum).toContain("child_sexual_exploitation");
    expect(doc.paths["/activities"].post.parameters).toContainEqual(
      expect.objectContaining({ name: "idempotency-key", in: "header" }),
    );
  });

  it("passes redocly lint with the recommended rules without an error", async () => {
    const doc = await (await app.request("https://tracker.example.org/openapi.json")).json();
    const report = await redoclyLint(doc);
    const errors = report.problems.filter((problem) => problem.severity === "error");
    expect(errors.map((e) => `${e.ruleId} ${e.location[0]?.pointer}: ${e.message}`)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);

  it("tells clients how to authenticate and where the API is", async () => {
    const doc = await (await app.request("https://tracker.example.org/openapi.json")).json();
    expect(doc.servers).toEqual([{ url: "https://tracker.example.org", description: "This server" }]);
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes.bearer).toMatchObject({
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
    });
    expect(doc.components.securitySchemes.session).toMatchObject({ type: "apiKey", in: "cookie", name: "session" });
    expect(doc.info.description).toContain("/dev-auth/token");
  });

  it("names every operation once and documents the errors each may answer, with the error schema", async () => {
    const doc = await (await app.request("/openapi.json")).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
      METHODS.flatMap((method) => (item[method] ? [{ name: `${method.toUpperCase()} ${path}`, ...item[method] }] : [])),
    );
    expect(operations.length).toBeGreaterThan(25);
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) {
      const statuses = Object.keys(operation.responses);
      const open = Array.isArray(operation.security) && operation.security.length === 0;
      expect(statuses, operation.name).toEqual(expect.arrayContaining(open ? ["500", "503"] : ["401", "500", "503"]));
      if (open) expect(statuses, `${operation.name} needs no token`).not.toContain("401");
      if (operation.requestBody) {
        expect(statuses, operation.name).toEqual(expect.arrayContaining(["400", "403", "413", "415"]));
        for (const [type, body] of Object.entries(operation.requestBody.content)) {
          expect(body.example ?? body.examples, `${operation.name} has an example ${type} body`).toBeDefined();
        }
      }
      for (const status of statuses.filter((code) => Number(code) >= 400)) {
        const schema = operation.responses[status]?.content?.["application/json"]?.schema;
        expect(schema?.$ref, `${operation.name} ${status}`).toBe("#/components/schemas/Error");
      }
    }
    const by = (name: string) => operations.find((operation) => operation.name === name);
    // The catalogue's writes are the managers': a mentor or donor gets a 403.
    for (const name of ["POST /donors", "PUT /donors/{id}", "DELETE /labs/{id}", "POST /published-figures"]) {
      expect(Object.keys(by(name)?.responses ?? {}), name).toContain("403");
    }
    expect(Object.keys(by("PUT /activities/{id}")?.responses ?? {})).toEqual(
      expect.arrayContaining(["400", "403", "404", "409"]),
    );
    expect(by("GET /exports/iati")?.operationId).toBe("exportIati");
  });

  it("serves the documentation page with Swagger UI from the npm package, nothing from another site", async () => {
    const res = await app.request("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const page = await res.text();
    expect(page).toContain("Getting a token");
    expect(page).toContain("/dev-auth/token");
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
    const script = assets.find((url) => url.startsWith("/assets/docs/swagger-ui-bundle.js"));
    expect(script).toBeDefined();
    const served = await app.request(script as string);
    expect(served.status).toBe(200);
    expect(served.headers.get("cache-control")).toContain("immutable");
    const packaged = readFileSync(createRequire(import.meta.url).resolve("swagger-ui-dist/swagger-ui-bundle.js"));
    expect(Buffer.from(await served.arrayBuffer()).equals(packaged)).toBe(true);
    for (const url of assets.filter((u) => u.startsWith("/assets/docs/"))) {
      expect((await app.request(url)).status, url).toBe(200);
    }
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await app.request("/nowhere");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "not_found", message: "No route for GET /nowhere" });
  });

  it("reports health without touching the database", async () => {
    expect(await (await app.request("/health")).json()).toEqual({ status: "ok" });
  });
});
