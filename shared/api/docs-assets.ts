// The files of the API's documentation page: Swagger UI's script and style, served from the
// swagger-ui-dist package (no CDN: the page works offline). In the Lambda bundle there is no
// node_modules: the stack copies them into the bundle's `swagger-ui/` folder, beside index.mjs.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/** The package's files the page needs, by the name they are served under (/assets/docs/<name>). */
export const DOCS_ASSETS = {
  "swagger-ui-bundle.js": "application/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
} as const;
export type DocsAsset = keyof typeof DOCS_ASSETS;

export const DOCS_PACKAGE = "swagger-ui-dist";
/** Where the stack puts the files in the Lambda bundle, relative to the bundled code. */
export const BUNDLED_DOCS_DIR = "swagger-ui";

const loaded = new Map<DocsAsset, Promise<Buffer>>();

/** Beside index.mjs: this module is there, or in a chunk of the `chunks/` folder below it. */
const BUNDLED = [`./${BUNDLED_DOCS_DIR}/`, `../${BUNDLED_DOCS_DIR}/`];

async function load(name: DocsAsset): Promise<Buffer> {
  for (const folder of BUNDLED) {
    try {
      return await readFile(new URL(`${folder}${name}`, import.meta.url));
    } catch {
      // Not bundled there: the next place, then the package.
    }
  }
  return readFile(createRequire(import.meta.url).resolve(`${DOCS_PACKAGE}/${name}`));
}

/** A file's content, read once. */
export function docsAsset(name: DocsAsset): Promise<Buffer> {
  let content = loaded.get(name);
  if (!content) {
    content = load(name);
    // A failed read is tried again on the next request rather than kept.
    content.catch(() => loaded.delete(name));
    loaded.set(name, content);
  }
  return content;
}
