// Random operations at once on the same records — create, correct, submit, validate, return,
// delete — through the real app, then the year's totals recomputed from the records: every
// transaction that changed a record changed the totals by exactly its part, or the two drift.
import type { Database } from "../../shared/data/client";
import { checkTotals } from "../../shared/data/recompute-totals";
import { type Client, inParallel } from "./app";

/** Years no other record uses: a correction may move an activity from one to the other. */
export const DRIFT_YEARS = [2032, 2033] as const;
const DONORS = ["drift-donor-a", "drift-donor-b"];
const COUNTRIES = ["KEN", "UGA", "TZA", "SLV", "GTM", "THA", "PHL", "EGY"];
const THEMES = ["investigations_forensics", "cryptocurrency_darknet", "child_sexual_exploitation", "prevention"];
const KINDS = ["training", "meeting", "awareness_campaign", "mentoring", "equipment_delivery"];
const QUALIFIERS = ["exact", "approximately", "at_least"];

export type RandomOperationsOptions = { operations: number; concurrency: number; seed?: number };

export type RandomOperationsResult = {
  seed: number;
  /** Answers by operation and status, e.g. { "validate 200": 41, "validate 409": 3 }. */
  answers: Record<string, number>;
  /** Answers 500 or above: none is expected. */
  serverErrors: number;
  /** Totals cells of the years that do not match their records. */
  drift: number;
  /** Cells compared. */
  cells: number;
};

/** A small seeded generator (mulberry32): a failing run can be replayed with its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

type Random = ReturnType<typeof random>;

function randomActivity(rng: Random, index: number) {
  const year = rng.pick(DRIFT_YEARS);
  const countries = COUNTRIES.filter(() => rng.next() < 0.3);
  const total = rng.int(200);
  const women = rng.int(total + 1);
  const men = rng.int(total - women + 1);
  const lawEnforcement = rng.int(total + 1);
  const first = countries[0];
  return {
    kind: rng.pick(KINDS),
    theme: rng.pick(THEMES),
    title: `Random operation ${index}`,
    startDate: `${year}-0${1 + rng.int(9)}-10`,
    endDate: `${year}-10-14`,
    countries,
    ...(rng.next() < 0.2 && { countryCount: countries.length + 1 + rng.int(5) }),
    donors: DONORS.filter(() => rng.next() < 0.4),
    ...(rng.next() < 0.9 && {
      participants: {
        total,
        qualifier: rng.pick(QUALIFIERS),
        ...(rng.next() < 0.7 && { bySex: { women, men } }),
        // A split by country is for participants of one measure: with it, no split by profession.
        ...(first && rng.next() < 0.3
          ? { byCountry: { [first]: rng.int(total + 1) } }
          : rng.next() < 0.7 && {
              byProfession: { law_enforcement: lawEnforcement, teachers: total - lawEnforcement },
            }),
      },
    }),
  };
}

type Known = { id: string; version: number; status: string };

export async function randomOperations(
  app: Client,
  db: Database,
  options: RandomOperationsOptions,
): Promise<RandomOperationsResult> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const rng = random(seed);
  for (const id of DONORS) {
    await app.request("/donors", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id, name: id }),
    });
  }
  const known: Known[] = [];
  const answers: Record<string, number> = {};
  let serverErrors = 0;

  const send = async (operation: string, path: string, method: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      ...(body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    answers[`${operation} ${res.status}`] = (answers[`${operation} ${res.status}`] ?? 0) + 1;
    if (res.status >= 500) serverErrors++;
    return res;
  };
  /** Keeps the version a client would hold next: the new one on success, the current one on a 409. */
  const learn = async (record: Known, res: Response) => {
    const answer = res.headers.get("content-type")?.includes("json") ? await res.json() : undefined;
    if (res.ok && typeof answer?.version === "number") {
      record.version = answer.version;
      record.status = answer.status;
    }
    const current = answer?.details?.currentVersion;
    if (res.status === 409 && typeof current === "number") record.version = current;
  };
  const change = (operation: string, status: string, comment?: string) => async (record: Known) => {
    const res = await send(operation, `/activities/${record.id}/status`, "POST", {
      status,
      version: record.version,
      ...(comment && { comment }),
    });
    await learn(record, res);
  };
  type Operation = (record: Known, index: number) => Promise<void>;
  const update: Operation = async (record, index) => {
    const res = await send("update", `/activities/${record.id}`, "PUT", {
      ...randomActivity(rng, index),
      version: record.version,
    });
    await learn(record, res);
  };
  const remove: Operation = async (record) => {
    const res = await send("delete", `/activities/${record.id}?version=${record.version}`, "DELETE");
    await learn(record, res);
    if (res.status === 204 && known.includes(record)) known.splice(known.indexOf(record), 1);
  };
  const submit = change("submit", "submitted");
  const validate = change("validate", "validated");
  const giveBack = change("return", "draft", "Give the participants by sex.");
  /** What a person would do next with a record in this status, as far as this client knows it. */
  const next: Record<string, Operation[]> = {
    draft: [submit, submit, update, remove],
    submitted: [validate, giveBack, update],
    validated: [update, remove],
  };
  const all = [update, submit, validate, giveBack, remove];

  await inParallel(options.operations, options.concurrency, async (index) => {
    // A third of the operations create, the rest act on a record created earlier, often one that
    // another operation is changing at the same moment.
    if (known.length < 5 || rng.next() < 0.33) {
      const res = await send("create", "/activities", "POST", randomActivity(rng, index));
      if (res.status === 201) {
        const created = await res.json();
        known.push({ id: created.id, version: created.version, status: created.status });
      }
      return;
    }
    // Mostly what the record's status calls for, as this client last saw it (another operation may
    // have changed it meanwhile); sometimes anything, which the workflow may refuse.
    const record = rng.pick(known.slice(-40));
    const operation = rng.next() < 0.8 ? rng.pick(next[record.status] ?? all) : rng.pick(all);
    await operation(record, index);
  });

  let drift = 0;
  let cells = 0;
  for (const year of DRIFT_YEARS) {
    const check = await checkTotals(db, year);
    drift += check.drift.length;
    cells += check.cells;
  }
  return { seed, answers, serverErrors, drift, cells };
}
