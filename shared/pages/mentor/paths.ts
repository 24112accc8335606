// Where the mentor's pages and files live.
export const LIST_PATH = "/app/activities";
export const FORM_PATH = "/app/activities/new";
export const SERVICE_WORKER_PATH = "/app/sw.js";
export const SERVICE_WORKER_SCOPE = "/app/";
/** The app's page for a page never opened on this device, when there is no network. */
export const OFFLINE_PATH = "/app/offline";
/** The pages the service worker keeps as they are seen: My activities and each activity's page. */
export const KEPT_PAGES = "^/app/activities(/[^/]+)?$";

export const activityPath = (id: string) => `${LIST_PATH}/${encodeURIComponent(id)}`;
export const submitPath = (id: string) => `${activityPath(id)}/submit`;
export const editPath = (id: string) => `${activityPath(id)}/edit`;
