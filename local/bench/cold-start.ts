// Rows: a cold process of the API function — Node started on the bundle, the handler imported and
// one API Gateway (HTTP API, payload 2.0) event handled: GET /health, and an authenticated
// GET /activities/{id} read from DynamoDB Local, its token's claims verified by the gateway's JWT
// authorizer — in time and resident memory, against a bare bundle built here with the same
// options: Hono and the DynamoDB client doing one GetItem.
// The API is bundled in each way the function could ship, so that the table shows which loads faster.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BuildOptions, build, type Plugin } from "esbuild";
import { decodeJwt } from "jose";
import { functionBuild } from "../../infra/bundle";
import { createDevIdentityProvider } from "../../shared/auth/dev-identity-provider";
import { asGatewayClaims } from "../../shared/auth/gateway-identity";
import { LOCAL_CREDENTIALS } from "../dynamodb-local";
import type { BenchContext } from "./context";
import { median } from "./probe";
import { type BenchRow, ratioRow } from "./table";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRY = join(ROOT, "functions", "api.ts");
/** Where the bench serves the development identity provider's keys, as Cognito serves its JWKS. */
const JWKS_PORTS = [4701, 4702, 4703, 4704, 4705];

/** The bundles compared; the first is how infra/bundle.ts ships the function. */
export const API_BUNDLES = {
  "ESM chunks": { splitting: true, leftOut: [] as string[] },
  "one file": { splitting: false, leftOut: [] as string[] },
  // What the API function would load if Word documents and spreadsheets were functions of their own.
  "one file without docx and exceljs": { splitting: false, leftOut: ["docx", "exceljs"] },
} as const;
type BundleName = keyof typeof API_BUNDLES;

// The baseline: the least an API on Lambda reading DynamoDB can load.
const BARE_ENTRY = `
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
const client = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT, region: process.env.AWS_REGION });
const app = new Hono();
app.get("*", async (c) => {
  const { Item } = await client.send(new GetItemCommand({
    TableName: process.env.TABLE_NAME,
    Key: { pk: { S: "ACTIVITY#" + c.req.path.split("/").pop() }, sk: { S: "ACTIVITY" } },
  }));
  return c.json({ found: Boolean(Item) });
});
export const handler = handle(app);
`;

/** Built as the stack builds a function (infra/bundle.ts), in one file or in chunks, some packages left out. */
async function bundle(
  dir: string,
  entry: Pick<BuildOptions, "entryPoints" | "stdin">,
  splitting = true,
  leftOut: readonly string[] = [],
) {
  const { entryPoints: _, ...options } = functionBuild("", dir);
  await build({ ...options, ...entry, splitting, plugins: [...(options.plugins ?? []), leaveOut(leftOut)] });
  return { dir, bytes: sizeOf(dir, "index.mjs"), total: totalSize(dir) };
}

/** Packages replaced by an empty module: the code a function without them would not hold. */
function leaveOut(packages: readonly string[]): Plugin {
  const filter = new RegExp(`^(${packages.join("|")})$`);
  return {
    name: "leave-out",
    setup(build) {
      if (packages.length === 0) return;
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: "left-out" }));
      build.onLoad({ filter: /.*/, namespace: "left-out" }, () => ({ contents: "module.exports = {};", loader: "js" }));
    },
  };
}

function sizeOf(dir: string, file: string) {
  return statSync(join(dir, file)).size;
}

function totalSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mjs"))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function event(path: string, token?: string) {
  const now = new Date();
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    cookies: [],
    headers: {
      accept: "application/json",
      host: "abc123.execute-api.eu-west-1.amazonaws.com",
      "x-forwarded-proto": "https",
      ...(token && { authorization: `Bearer ${token}` }),
    },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.eu-west-1.amazonaws.com",
      domainPrefix: "abc123",
      http: { method: "GET", path, protocol: "HTTP/1.1", sourceIp: "198.51.100.7", userAgent: "bench" },
      requestId: "bench",
      routeKey: "$default",
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      // As on the API's routes, behind the gateway's JWT authorizer: the claims it verified.
      ...(token && { authorizer: { jwt: { claims: asGatewayClaims(decodeJwt(token)), scopes: null } } }),
    },
    isBase64Encoded: false,
  };
}

// In the fresh process: import the bundle, handle one event, report time and memory.
const PROBE = `
const t0 = performance.now();
const { handler } = await import(process.env.BUNDLE_URL);
const context = { functionName: "api", functionVersion: "$LATEST", awsRequestId: "bench", memoryLimitInMB: "1024",
  invokedFunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:api", logGroupName: "/aws/lambda/api",
  logStreamName: "bench", getRemainingTimeInMillis: () => 10000, callbackWaitsForEmptyEventLoop: true };
const response = await handler(JSON.parse(process.env.EVENT), context);
const ms = performance.now() - t0;
if (response.statusCode !== 200) throw new Error("answered " + response.statusCode + ": " + response.body);
console.log(JSON.stringify({ ms, rssMiB: process.resourceUsage().maxRSS / 1024 }));
`;

type Sample = { ms: number; rssMiB: number };

function coldProcess(dir: string, env: Record<string, string>): Promise<Sample> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--enable-source-maps", "--no-warnings", "--input-type=module", "-e", PROBE],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? "",
          BUNDLE_URL: pathToFileURL(join(dir, "index.mjs")).href,
          AWS_REGION: "eu-west-1",
          AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
          POWERTOOLS_METRICS_DISABLED: "true",
          ...env,
        },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`a cold process failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as Sample);
      },
    );
  });
}

async function listen(server: Server): Promise<number> {
  for (const port of JWKS_PORTS) {
    const listening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (listening) return port;
  }
  throw new Error(`no free port for the keys among ${JWKS_PORTS.join(", ")}`);
}

export async function coldStartRows(context: BenchContext): Promise<BenchRow[]> {
  const loaded = await context.year(context.sizes.smallActivities);
  const id = loaded.ids[0] as string;
  const work = mkdtempSync(join(tmpdir(), "bench-cold-"));
  const server = createServer();
  try {
    const port = await listen(server);
    const identity = await createDevIdentityProvider(`http://127.0.0.1:${port}`);
    server.on("request", (_, response) => {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(identity.jwks));
    });
    const token = await identity.issue("manager");
    context.say("building the bundles");
    const bare = await bundle(join(work, "bare"), { stdin: { contents: BARE_ENTRY, resolveDir: ROOT, loader: "js" } });
    const apis = new Map<BundleName, Awaited<ReturnType<typeof bundle>>>();
    for (const [name, options] of Object.entries(API_BUNDLES) as [BundleName, (typeof API_BUNDLES)[BundleName]][]) {
      apis.set(
        name,
        await bundle(
          join(work, name.replace(/\W/g, "-")),
          { entryPoints: [ENTRY] },
          options.splitting,
          options.leftOut,
        ),
      );
    }
    const env = {
      TABLE_NAME: context.db.tableName,
      DYNAMODB_ENDPOINT: context.local.endpoint,
      AUTH_ISSUER: identity.issuer,
      AUTH_AUDIENCE: identity.audience,
    };
    const requests = {
      "/health": JSON.stringify(event("/health")),
      "an authenticated GET /activities/{id}": JSON.stringify(event(`/activities/${id}`, token)),
    };
    const samples = new Map<string, Sample[]>();
    const keep = (key: string, sample: Sample) => samples.set(key, [...(samples.get(key) ?? []), sample]);
    // The file cache warmed once for each, then the runs, each bundle in turn.
    const runs = Math.max(5, context.runs * 3);
    for (let run = 0; run <= runs; run++) {
      context.say(`cold processes: run ${run} of ${runs}`);
      for (const [request, body] of Object.entries(requests)) {
        const bareSample = await coldProcess(bare.dir, { ...env, EVENT: body });
        if (run > 0) keep(`bare ${request}`, bareSample);
        for (const [name, built] of apis) {
          const sample = await coldProcess(built.dir, { ...env, EVENT: body });
          if (run > 0) keep(`${name} ${request}`, sample);
        }
      }
    }
    const ms = (key: string) => Math.round(median((samples.get(key) ?? []).map((s) => s.ms)));
    const mib = (key: string) => Math.round(median((samples.get(key) ?? []).map((s) => s.rssMiB)));
    const kb = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
    return Object.keys(requests).flatMap((request) =>
      [...apis].flatMap(([name, built]) => [
        ratioRow(
          `cold process, ${request}: API bundled as ${name} (${kb(built.bytes)} loaded first, ${kb(built.total)} in all) vs a bare Hono + DynamoDB GetItem bundle (${kb(bare.bytes)}), time`,
          { value: ms(`${name} ${request}`), unit: "ms" },
          { value: ms(`bare ${request}`), unit: "ms" },
          1.3,
        ),
        ratioRow(
          `cold process, ${request}: API bundled as ${name} vs the bare bundle, resident memory`,
          { value: mib(`${name} ${request}`), unit: "MiB" },
          { value: mib(`bare ${request}`), unit: "MiB" },
          1.3,
        ),
      ]),
    );
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
