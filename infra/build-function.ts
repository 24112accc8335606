// Builds one function's code, as infra/bundle.ts says: node --import tsx infra/build-function.ts ENTRY OUTDIR
import { buildFunction } from "./bundle";

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) throw new Error("usage: build-function.ts ENTRY OUTDIR");
await buildFunction(entry, outdir);
