// The mentor pages' static files, built once from their sources: the form's script (plain browser
// JavaScript made of type-checked functions' source text), the style and the service worker.
import { createHash } from "node:crypto";
import { SIGN_OUT_PATH } from "../../auth/session";
import { activityForm } from "../client/activity-form";
import { countryListField } from "../client/country-list-field";
import { countryPicker } from "../client/country-picker";
import { fieldIssues } from "../client/field-issues";
import { formInput } from "../client/form-input";
import { formSteps } from "../client/form-steps";
import { importProgress } from "../client/import-progress";
import { startOutbox } from "../client/outbox";
import { serviceWorker } from "../client/service-worker";
import { submitQueue } from "../client/submit-queue";
import { MENTOR_CSS } from "./mentor-css";
import { FORM_PATH, KEPT_PAGES, LIST_PATH, OFFLINE_PATH } from "./paths";

/**
 * `main` called with `args`: functions as their source text, anything else as JSON. Each function
 * must be self-contained. Under tsx (npm start), esbuild's keepNames wraps inner functions in a
 * module-level `__name(fn, "name")` that the source text still calls: the script brings its own.
 */
export function scriptOf(main: (...args: never[]) => unknown, ...args: unknown[]): string {
  const values = args.map((arg) => (typeof arg === "function" ? String(arg) : JSON.stringify(arg)));
  return `"use strict";(()=>{const __name=(fn)=>fn;(${String(main)})(${values.join(",")});})();\n`;
}

const version = (...bodies: string[]) =>
  createHash("sha256").update(bodies.join("\0")).digest("base64url").slice(0, 12);

const FORM_SCRIPT = scriptOf(activityForm, formInput, startOutbox, fieldIssues, countryPicker, formSteps);
const PAGES_SCRIPT = scriptOf(submitQueue);
const IMPORT_SCRIPT = scriptOf(importProgress);
const COUNTRY_LIST_SCRIPT = scriptOf(countryListField, countryPicker);
const CACHE_PREFIX = "activity-form-";

/** Each URL names its content's version, so that browsers may keep a file as long as they like. */
export const ASSETS = {
  script: `/assets/activity-form.js?v=${version(FORM_SCRIPT)}`,
  css: `/assets/mentor.css?v=${version(MENTOR_CSS)}`,
  pages: `/assets/mentor-pages.js?v=${version(PAGES_SCRIPT)}`,
  importProgress: `/assets/import-progress.js?v=${version(IMPORT_SCRIPT)}`,
  countryList: `/assets/country-list.js?v=${version(COUNTRY_LIST_SCRIPT)}`,
};

export const BODIES = {
  "/assets/activity-form.js": { body: FORM_SCRIPT, type: "application/javascript; charset=utf-8" },
  "/assets/mentor.css": { body: MENTOR_CSS, type: "text/css; charset=utf-8" },
  "/assets/mentor-pages.js": { body: PAGES_SCRIPT, type: "application/javascript; charset=utf-8" },
  "/assets/import-progress.js": { body: IMPORT_SCRIPT, type: "application/javascript; charset=utf-8" },
  "/assets/country-list.js": { body: COUNTRY_LIST_SCRIPT, type: "application/javascript; charset=utf-8" },
};

// A new version of the pages' files is a new service worker, which replaces the old cache.
const OFFLINE_URLS = [FORM_PATH, LIST_PATH, OFFLINE_PATH, "/assets/app.css", ASSETS.script, ASSETS.css, ASSETS.pages];
export const SERVICE_WORKER = scriptOf(
  serviceWorker,
  `${CACHE_PREFIX}${version(FORM_SCRIPT, MENTOR_CSS, PAGES_SCRIPT)}`,
  CACHE_PREFIX,
  OFFLINE_URLS,
  { pattern: KEPT_PAGES, offline: OFFLINE_PATH, signOut: SIGN_OUT_PATH },
);
