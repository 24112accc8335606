// What the app must know of routes before it loads them: where they are, and how large a body they take.

export { MAX_IMPORT_BYTES } from "../spreadsheet/limits";

/** The development identity provider: its keys, its users and their tokens (the local server only). */
export const DEV_AUTH_PATH = "/dev-auth";

/** The spreadsheet import: its bodies have a limit of their own (shared/app/app.ts). */
export const IMPORTS_PATH = "/imports";

/** The read of one activity, served apart from the other activity routes (./routes/activity-read.ts). */
export const ACTIVITY_READ_PATH = "/activities/:id";
