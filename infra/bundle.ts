// How every function's code is built: esbuild, ES modules split into chunks. The entry file
// (index.mjs) holds what every request needs; code that only some requests use — the pages, the
// report, exports and imports, Word documents, spreadsheets, the IATI file's XML, the map's
// outlines — is imported where it is used, and esbuild makes each such import a chunk of its own
// that Node loads on first use, not at every cold start (the README's Deploy section lists them).
// `npm run bench -- --only cold-start` measures this against one file, and against one file
// without docx and exceljs (what documents and imports in functions of their own would give).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Runtime } from "aws-cdk-lib/aws-lambda";
import { type BuildOptions, build, type Plugin } from "esbuild";

/** The newest Node.js runtime this aws-cdk-lib offers; pinned, unlike NODEJS_LATEST, so a CDK upgrade never moves it. */
export const RUNTIME = Runtime.NODEJS_24_X;

/** esbuild's options for a function's code: `entry` built into `outdir` as index.mjs and its chunks. */
export function functionBuild(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: RUNTIME.name.replace(/^nodejs(\d+).*$/, "node$1"),
    format: "esm",
    splitting: true,
    outdir,
    entryNames: "index",
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    minify: true,
    sourcemap: true,
    // The map only serves stack traces (--enable-source-maps); without the sources it is a third the size.
    sourcesContent: false,
    // Prefer packages' ES module builds (the SDK's dist-es): a smaller bundle that loads faster.
    mainFields: ["module", "main"],
    // An ES module has no require(): a bundled CommonJS dependency asking for a Node built-in would fail at load.
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    // The AWS SDK bundled rather than the runtime's copy: it loads faster.
    external: [],
    logLevel: "error",
    plugins: [zodWithoutLocales],
  };
}

/**
 * Zod's error messages in English only. @hono/zod-openapi hands zod's whole namespace to a
 * function, so esbuild keeps every member of it, among them `z.locales`: some 40 languages' error
 * messages (300 KB) parsed at every cold start and never used (the API's messages are English;
 * the pages and the import word their own). The namespace keeps `locales.en`.
 */
const zodWithoutLocales: Plugin = {
  name: "zod-without-locales",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "zod-locales" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, () => ({
      contents: 'export { default as en } from "zod/v4/locales/en.js";',
      resolveDir: ROOT,
      loader: "js",
    }));
  },
};

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Builds `entry` into `outdir` with functionBuild's options. */
export async function buildFunction(entry: string, outdir: string): Promise<void> {
  await build(functionBuild(entry, outdir));
}

/**
 * The same, for callers that must not return before it is done (CDK's local bundling): esbuild's
 * plugins run only in its asynchronous build, so it runs in a child process.
 */
export function buildFunctionSync(entry: string, outdir: string): void {
  execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "infra", "build-function.ts"), entry, outdir], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/** Copies files the code reads at run time into the built folder: folder → files from the project's root. */
export function copyIntoBundle(root: string, outdir: string, copyFiles: Record<string, string[]>): void {
  for (const [folder, files] of Object.entries(copyFiles)) {
    mkdirSync(join(outdir, folder), { recursive: true });
    for (const file of files) cpSync(join(root, file), join(outdir, folder, basename(file)), { dereference: true });
  }
}
