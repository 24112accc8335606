// Opening the pages as a signed-in browser would: the session cookie and a same-origin Origin.
export type Browser = {
  cookie: string;
  get: (path: string) => Promise<Response>;
  post: (path: string, form: Record<string, string>) => Promise<Response>;
};

const ORIGIN = "http://localhost";

/** A browser signed in through the development sign-in page as `username`. */
export async function signedInBrowser(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  username: string,
): Promise<Browser> {
  const signIn = await app.request(`${ORIGIN}/auth/dev-sign-in`, {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, next: "/app" }),
  });
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return {
    cookie,
    get: async (path) => app.request(`${ORIGIN}${path}`, { headers: { cookie } }),
    post: async (path, form) =>
      app.request(`${ORIGIN}${path}`, {
        method: "POST",
        headers: { cookie, origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form),
      }),
  };
}
