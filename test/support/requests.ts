// Small helpers to call the app as a client would, and a valid activity to start from.
import { activityBody } from "../../local/reliability/activity-body";

export type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export async function sendJson(
  app: App,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return app.request(path, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

export const validActivity = activityBody("Cryptocurrency investigations for East African investigators", 2019);
