// Small helpers to call the app as a client would, and a valid activity to start from.
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

export const validActivity = {
  kind: "training",
  theme: "cryptocurrency_darknet",
  title: "Cryptocurrency investigations for East African investigators",
  startDate: "2019-06-10",
  endDate: "2019-06-14",
  countries: ["KEN", "UGA"],
  partners: ["INTERPOL"],
  participants: {
    total: 30,
    qualifier: "approximately",
    bySex: { women: 12, men: 18 },
    byProfession: { law_enforcement: 25, prosecutors: 5 },
  },
  narrative: { fr: "Formation sur les cryptomonnaies.", en: "Training on cryptocurrencies." },
  source: { document: "E/CN.15/2020/12", paragraph: "22" },
};
