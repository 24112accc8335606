// Where the mentor's pages and files live.
export const LIST_PATH = "/app/activities";
export const FORM_PATH = "/app/activities/new";
export const SERVICE_WORKER_PATH = "/app/sw.js";
export const SERVICE_WORKER_SCOPE = "/app/";

export const activityPath = (id: string) => `${LIST_PATH}/${encodeURIComponent(id)}`;
export const submitPath = (id: string) => `${activityPath(id)}/submit`;
export const editPath = (id: string) => `${activityPath(id)}/edit`;
