// Whether a page fits a phone: opened at 390 px in a mobile context with the journey's session,
// nothing may be wider than the screen. With isMobile, innerWidth grows to fit wide content, so the
// document's scroll width is compared with the device's width, not with innerWidth.
import type { Page } from "playwright-core";
import { localeOf } from "../support/browser";

export const PHONE_WIDTH = 390;

/** The scroll width of the page's address opened on a phone (390×844, mobile, touch). */
export async function phoneScrollWidth(page: Page): Promise<number> {
  const browser = page.context().browser();
  if (!browser) throw new Error("The page's browser is gone");
  const phone = await browser.newContext({
    viewport: { width: PHONE_WIDTH, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    storageState: await page.context().storageState(),
    locale: localeOf(await page.locator("html").getAttribute("lang")),
  });
  try {
    const phonePage = await phone.newPage();
    await phonePage.goto(page.url());
    return await phonePage.evaluate(() => document.documentElement.scrollWidth);
  } finally {
    await phone.close();
  }
}
