// What a page costs to load: the bytes of its HTML, CSS and scripts as they crossed the network,
// written to test-results/page-weight.json.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { RESULTS_DIR } from "../support/browser";

const WEIGHED = ["document", "stylesheet", "script"];

export type PageWeight = {
  url: string;
  measuredAt: string;
  resources: { url: string; type: string; status: number; transferBytes: number; bodyBytes: number }[];
  total: { transferBytes: number; bodyBytes: number };
};

/**
 * Opens `url` with an empty HTTP cache and adds up its documents, stylesheets and scripts: transferBytes are the response
 * headers and body as sent (compressed if the server compressed), bodyBytes the body as read.
 */
export async function measurePageWeight(page: Page, url: string): Promise<PageWeight> {
  const pending: Promise<PageWeight["resources"][number]>[] = [];
  page.on("response", (response) => {
    const request = response.request();
    if (!WEIGHED.includes(request.resourceType())) return;
    pending.push(
      (async () => {
        const [sizes, body] = await Promise.all([request.sizes(), response.body()]);
        return {
          url: new URL(response.url()).pathname,
          type: request.resourceType(),
          status: response.status(),
          transferBytes: sizes.responseHeadersSize + sizes.responseBodySize,
          bodyBytes: body.length,
        };
      })(),
    );
  });
  // A first visit: nothing from the HTTP cache (sign-in's own page fetched the stylesheet).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  await cdp.detach();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const resources = await Promise.all(pending);
  const sum = (key: "transferBytes" | "bodyBytes") => resources.reduce((all, resource) => all + resource[key], 0);
  const weight = {
    url: new URL(url).pathname,
    measuredAt: new Date().toISOString(),
    resources,
    total: { transferBytes: sum("transferBytes"), bodyBytes: sum("bodyBytes") },
  };
  recordPageWeight(weight);
  return weight;
}

/** Keeps one entry per page in test-results/page-weight.json. */
function recordPageWeight(weight: PageWeight) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = resolve(RESULTS_DIR, "page-weight.json");
  let pages: Record<string, PageWeight> = {};
  try {
    pages = JSON.parse(readFileSync(file, "utf8")) as Record<string, PageWeight>;
  } catch {
    // No earlier measurement, or an unreadable one: start again.
  }
  pages[weight.url] = weight;
  writeFileSync(file, `${JSON.stringify(pages, null, 2)}\n`);
}
