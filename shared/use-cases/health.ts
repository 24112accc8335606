// Readiness: the app can serve data only if its database answers.
import { probeDatabase } from "../data/health";
import type { UseCaseDeps } from "./context";

export async function checkReady({ db }: UseCaseDeps): Promise<{ status: "ok"; database: "ok" }> {
  await probeDatabase(db);
  return { status: "ok", database: "ok" };
}
