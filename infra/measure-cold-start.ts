// Benchmark, not a test: cold-start cost of the api function with the AWS SDK bundled or left to the runtime.
// Run: npx tsx infra/measure-cold-start.ts [runs per variant, default 20]
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { build } from "esbuild";
import { BUNDLING, RUNTIME } from "./node-function";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = join(ROOT, "functions", "api.ts");
const RUNS = Number(process.argv[2] ?? 20);

type Variant = { name: string; externalModules: string[]; mainFields?: string[] };

const VARIANTS: Variant[] = [
  { name: "sdk bundled (chosen)", externalModules: [], mainFields: BUNDLING.mainFields },
  { name: "sdk bundled, esbuild default main fields", externalModules: [] },
  // What CDK does by default for Node 18+: the runtime's own copy of the SDK is imported.
  { name: "sdk from runtime node_modules", externalModules: ["@aws-sdk/*"], mainFields: BUNDLING.mainFields },
];

// Runs in a fresh Node process per sample: import = module load + createApp + handle(), then one request
// that needs no DynamoDB. The flags mirror the function (NODE_OPTIONS) and hide Node 20's SDK support warning.
const PROBE = `
const t0 = performance.now();
const { handler } = await import(process.env.BUNDLE_URL);
const t1 = performance.now();
const res = await handler(${JSON.stringify(healthEvent())});
const t2 = performance.now();
if (res.statusCode !== 200) throw new Error("GET /health answered " + res.statusCode);
console.log(JSON.stringify({ init: t1 - t0, firstRequest: t2 - t0 }));
`;

type Sample = { init: number; firstRequest: number };
type Built = Variant & { dir: string; bytes: number; samples: Sample[] };

const workDir = mkdtempSync(join(tmpdir(), "cold-start-"));
try {
  const built: Built[] = [];
  for (const [i, variant] of VARIANTS.entries()) built.push(await bundle(variant, join(workDir, String(i))));
  for (const variant of built) sample(variant); // warm the file cache, discarded
  for (let run = 0; run < RUNS; run++) for (const variant of built) variant.samples.push(sample(variant));
  printTable(built);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

/** Builds like CDK's local esbuild bundling (aws-lambda-nodejs buildEsbuildArgs) with BUNDLING's options. */
async function bundle(variant: Variant, dir: string): Promise<Built> {
  const outfile = join(dir, "index.mjs");
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    target: RUNTIME.name.replace(/^nodejs(\d+).*$/, "node$1"),
    format: BUNDLING.format === OutputFormat.ESM ? "esm" : "cjs",
    outfile,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    sourcesContent: BUNDLING.sourcesContent,
    banner: { js: BUNDLING.banner },
    external: variant.externalModules,
    ...(variant.mainFields && { mainFields: variant.mainFields }),
    metafile: true,
    logLevel: "error",
  });
  const externalPackages = Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path))
    .filter((path) => !path.startsWith("node:") && !builtinModules.includes(path))
    .map(packageName);
  copyPackages(new Set(externalPackages), dir);
  return { ...variant, dir, bytes: statSync(outfile).size, samples: [] };
}

function sample(variant: Built): Sample {
  const stdout = execFileSync(
    process.execPath,
    ["--enable-source-maps", "--no-warnings", "--input-type=module", "-e", PROBE],
    {
      cwd: variant.dir,
      env: {
        BUNDLE_URL: pathToFileURL(join(variant.dir, "index.mjs")).href,
        TABLE_NAME: "cold-start-probe",
        AWS_REGION: "eu-west-1",
        // As the stack sets them; GET /health needs no token, so nothing is fetched from them.
        AUTH_ISSUER: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_probe",
        AUTH_AUDIENCE: "cold-start-probe",
        AUTH_SIGN_IN_DOMAIN: "https://cold-start-probe.auth.eu-west-1.amazoncognito.com",
      },
      encoding: "utf8",
    },
  );
  return JSON.parse(stdout) as Sample;
}

/** Copies packages and everything they depend on into dir/node_modules, as the Lambda runtime ships them. */
function copyPackages(names: Set<string>, dir: string): void {
  const hoistedRoot = join(ROOT, "node_modules");
  const pending = [...names].map((name) => join(hoistedRoot, name));
  const seen = new Set<string>();
  for (let from = pending.pop(); from !== undefined; from = pending.pop()) {
    if (seen.has(from) || !existsSync(from)) continue;
    seen.add(from);
    // A nested package travels inside its parent's copy; only hoisted ones are copied themselves.
    if (!relative(hoistedRoot, from).split(sep).includes("node_modules")) {
      cpSync(from, join(dir, "node_modules", relative(hoistedRoot, from)), { recursive: true, dereference: true });
    }
    const manifest = JSON.parse(readFileSync(join(from, "package.json"), "utf8")) as { dependencies?: object };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      const nested = join(from, "node_modules", dependency);
      pending.push(existsSync(nested) ? nested : join(hoistedRoot, dependency));
    }
  }
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function printTable(variants: Built[]): void {
  const header = ["variant", "bundle bytes", "median ms", "p90 ms", "+1st request median ms", "+1st request p90 ms"];
  const ms = (values: number[], p: number) => percentile(values, p).toFixed(1);
  const rows = variants.map((v) => {
    const init = v.samples.map((s) => s.init);
    const first = v.samples.map((s) => s.firstRequest);
    return [v.name, String(v.bytes), ms(init, 50), ms(init, 90), ms(first, 50), ms(first, 90)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(
    `Node ${process.versions.node}, ${RUNS} fresh processes per variant; ms = module load + createApp + handle().`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function healthEvent() {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: "/health",
    rawQueryString: "",
    headers: { host: "cold-start.example", accept: "application/json" },
    requestContext: {
      accountId: "123456789012",
      apiId: "cold-start",
      domainName: "cold-start.example",
      domainPrefix: "cold-start",
      http: { method: "GET", path: "/health", protocol: "HTTP/1.1", sourceIp: "192.0.2.1", userAgent: "probe" },
      requestId: "cold-start-probe",
      routeKey: "$default",
      stage: "$default",
      time: "01/Jan/2025:00:00:00 +0000",
      timeEpoch: 1735689600000,
    },
    isBase64Encoded: false,
  };
}
