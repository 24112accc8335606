// Headless Chromium (Debian's, never a downloaded one) driven by playwright-core for the browser
// journeys: a fresh context per journey, sign-in, accessibility checks and screenshots.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, expect } from "vitest";

export const CHROMIUM_MISSING = "Chromium is needed for the browser tests: sudo apt-get install chromium";
export const RESULTS_DIR = resolve(import.meta.dirname, "../../test-results");
export const SCREENSHOTS_DIR = resolve(RESULTS_DIR, "screenshots");
const ACCESSIBILITY_DIR = resolve(RESULTS_DIR, "accessibility");

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium keeps calling Google, which this sandbox
// refuses. Playwright gives each launch a fresh, temporary --user-data-dir of its own.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The browser's locale for a page's language, so that what the browser draws itself (a date
 * input's day, month and year) is in the page's language too: Spanish as in El Salvador, where
 * mentors sit.
 */
const LOCALES: Record<string, string> = { en: "en-GB", fr: "fr-FR", es: "es-SV" };

/** The locale a page in `language` is seen with (en-GB for anything else). */
export const localeOf = (language: string | null | undefined) => LOCALES[language ?? ""] ?? "en-GB";

/** The locale for the page's own language, from its <html lang>. */
async function pageLocale(page: Page): Promise<string> {
  return localeOf(await page.locator("html").getAttribute("lang"));
}

/** The method of each page's last main-frame navigation: a page a POST answered cannot be opened again by its address. */
const lastNavigation = new WeakMap<Page, string>();

/**
 * Whether the page looks the same whatever the browser's language: it has no date input (whose
 * day, month and year the browser draws in its own order), or its browser speaks the page's
 * language (its locale's first subtag).
 */
async function drawnAlike(page: Page): Promise<boolean> {
  const [language, browser, dates] = await Promise.all([
    page.locator("html").getAttribute("lang"),
    page.evaluate(() => navigator.language),
    page.locator('input[type="date"]').count(),
  ]);
  return dates === 0 || browser.split("-")[0] === language;
}

export type Journey = { context: BrowserContext; page: Page };

/** Launches Chromium for a test file; it closes after the file's tests. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  afterAll(() => browser.close());
  return browser;
}

/** A fresh context (no cookies, storage or service worker) and page, for one person's journey. */
export async function startJourney(browser: Browser, options: BrowserContextOptions = {}): Promise<Journey> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: "en-GB", ...options });
  context.on("request", (request) => {
    if (!request.isNavigationRequest()) return;
    const page = request.frame().page();
    if (request.frame() === page.mainFrame()) lastNavigation.set(page, request.method());
  });
  // Generous: on one loaded core a page can take seconds; a wait only ends early when it is met.
  context.setDefaultTimeout(30_000);
  afterAll(() => context.close());
  return { context, page: await context.newPage() };
}

/** Signs in through the sign-in page's button for the development user `username`. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await Promise.all([
    page.waitForURL((url) => url.pathname.startsWith("/app")),
    page.getByRole("button", { name: `(${username})` }).click(),
  ]);
}

/** One axe rule that failed or needs a person: `elements` are its CSS selectors, comma-separated. */
export type Finding = { id: string; impact: string | null; help: string; elements: string };
export type AxeResult = { url: string; violations: Finding[]; incomplete: Finding[]; passes: number };

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page as it is now: the violations, what axe could
 * not decide alone (`incomplete`, for a person to look at) and how many rules passed.
 */
export async function runAxe(page: Page): Promise<AxeResult> {
  // Evaluated rather than added as a <script>, so that a page's Content-Security-Policy stays strict.
  await page.evaluate(axeSource());
  const results = await page.evaluate(async (tags) => {
    type Rule = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };
    type Results = { violations: Rule[]; incomplete: Rule[]; passes: Rule[] };
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<Results> } }).axe;
    const { violations, incomplete, passes } = await axe.run({ runOnly: { type: "tag", values: tags } });
    const findings = (rules: Rule[]) =>
      rules.map((rule) => ({
        id: rule.id,
        impact: rule.impact ?? null,
        help: rule.help,
        // One string rather than a list, so that the JSON written stays as Biome would format it.
        elements: rule.nodes.map((node) => node.target.join(" ")).join(", "),
      }));
    return { violations: findings(violations), incomplete: findings(incomplete), passes: passes.length };
  }, WCAG_TAGS);
  return { url: page.url(), ...results };
}

/** The violations alone, for a quick look at a page. */
export async function accessibilityViolations(page: Page): Promise<Finding[]> {
  return (await runAxe(page)).violations;
}

/**
 * Checks the page against WCAG 2.1 A and AA and keeps the result in
 * test-results/accessibility/<name>.json. The check is soft: the journey goes on and the test fails
 * at its end, listing every page's violations with their rule, impact, help and elements.
 */
export async function checkAccessibility(page: Page, name: string): Promise<AxeResult> {
  const result = await runAxe(page);
  mkdirSync(ACCESSIBILITY_DIR, { recursive: true });
  writeFileSync(resolve(ACCESSIBILITY_DIR, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  expect.soft(result.violations.map(describe), `accessibility of ${result.url}`).toEqual([]);
  return result;
}

function describe({ id, impact, help, elements }: Finding): string {
  return `${id} (${impact ?? "no impact given"}): ${help} — ${elements}`;
}

let axe: string | undefined;
function axeSource(): string {
  axe ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return axe;
}

/**
 * How a page lies on the phone (390×844), measured before its screenshot: the document's width
 * (with isMobile, the viewport grows to fit wide content, so it is compared with the device's
 * width, never with innerWidth) and the height of its header.
 */
export type PhoneLayout = { scrollWidth: number; headerHeight: number; deviceWidth: number; deviceHeight: number };

/**
 * Full-page screenshots of the page on a desktop (1280×800) and on a phone (390×844):
 * test-results/screenshots/<name>-desktop.png and -phone.png. The phone is a second, mobile
 * context with the journey's cookies and storage, opening the same address; an offline page
 * cannot be opened again there, so `sameContext` narrows this page to the phone's size instead.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { sameContext?: boolean } = {},
): Promise<PhoneLayout> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = (device: string) => resolve(SCREENSHOTS_DIR, `${name}-${device}.png`);
  const reopens = lastNavigation.get(page) !== "POST";
  if (options.sameContext || !reopens || (await drawnAlike(page))) {
    await page.screenshot({ path: path("desktop"), fullPage: true });
  } else {
    // A French page opened in an English browser would draw its date inputs the English way.
    await inOwnContext(page, { viewport: DESKTOP }, (own) => own.screenshot({ path: path("desktop"), fullPage: true }));
  }
  if (options.sameContext) {
    const viewport = page.viewportSize() ?? DESKTOP;
    await page.setViewportSize(PHONE.viewport);
    const layout = await phoneScreenshot(page, path("phone"));
    await page.setViewportSize(viewport);
    return layout;
  }
  return inOwnContext(page, PHONE, (phonePage) => phoneScreenshot(phonePage, path("phone")));
}

/**
 * Opens the page's address in a context of its own (`options`: its device), with the journey's
 * cookies and storage and the locale of the page's language, and hands it to `use`.
 */
async function inOwnContext<T>(page: Page, options: BrowserContextOptions, use: (own: Page) => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!browser) throw new Error("The page's browser is gone");
  const context = await browser.newContext({
    ...options,
    storageState: await page.context().storageState({ indexedDB: true }),
    locale: await pageLocale(page),
  });
  try {
    const own = await context.newPage();
    await own.goto(page.url());
    return await use(own);
  } finally {
    await context.close();
  }
}

/**
 * The page's full length at the phone's width, taken with a viewport as tall as the page: a
 * full-page screenshot of a mobile viewport is as wide as the widest scrolling box (a wide table
 * in its own scroller), which a phone does not show.
 */
async function phoneScreenshot(page: Page, path: string): Promise<PhoneLayout> {
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    headerHeight: document.querySelector("header")?.getBoundingClientRect().height ?? 0,
  }));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: PHONE.viewport.width, height });
  await page.screenshot({ path });
  return { ...layout, deviceWidth: PHONE.viewport.width, deviceHeight: PHONE.viewport.height };
}
