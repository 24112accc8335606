// An import job that fails midway (a fault the SDK's middleware puts on the Nth BatchWrite or
// transaction, against the real DynamoDB Local), then the same file imported again: every row
// there once, with its links, one audit entry and its share of the totals, as if nothing had failed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getActivities } from "../../../shared/data/activities";
import { getHistory } from "../../../shared/data/audit";
import { readCitations } from "../../../shared/data/citations";
import type { Database } from "../../../shared/data/client";
import { directoryFileStore } from "../../../shared/data/file-store";
import { model } from "../../../shared/data/model";
import { queryPage } from "../../../shared/data/query";
import { readPages } from "../../../shared/data/read-pages";
import { checkTotals } from "../../../shared/data/recompute-totals";
import type { Caller, UseCaseDeps } from "../../../shared/use-cases/context";
import { readImportJob, runImportJob, startImport } from "../../../shared/use-cases/import-jobs";
import { testApp } from "../../support/database";

const MENTOR: Caller = { id: "mentor.kenya", role: "mentor", mentorId: "mentor-kenya" };
const ROWS = 700;
const HEADER = "Reference,Kind,Theme,Title,Start date,End date,Countries,Donors,Participants,Women,Men";
const COUNTRIES = ["KEN", "UGA; TZA", "ETH"];

/** 700 rows (three batches), each with its country or two, a donor and participants, so that each counts in the totals. */
function file(prefix: string, year: number): Uint8Array {
  const rows = Array.from({ length: ROWS }, (_, index) => {
    const day = String(1 + (index % 28)).padStart(2, "0");
    const total = 10 + (index % 20);
    return [
      `${prefix}-${index}`,
      "training",
      "cryptocurrency_darknet",
      `Training ${index}`,
      `${year}-03-${day}`,
      `${year}-03-${day}`,
      COUNTRIES[index % COUNTRIES.length],
      "Demo donor A",
      total,
      Math.floor(total / 2),
      total - Math.floor(total / 2),
    ].join(",");
  });
  return new TextEncoder().encode(`${[HEADER, ...rows].join("\r\n")}\r\n`);
}

/** Makes every `command` from the `nth` on fail, as a connection lost midway would, until disarmed. */
function faultFrom(db: Database, command: string, nth: number) {
  const name = `fault-${command}-${Math.random()}`;
  let sent = 0;
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === command && ++sent >= nth) throw new Error("the connection was lost (injected)");
      return next(args);
    },
    { step: "initialize", name },
  );
  return { disarm: () => db.client.middlewareStack.remove(name) };
}

describe("an import job that fails midway and is run again", async () => {
  const { db } = await testApp();
  const store = directoryFileStore(mkdtempSync(join(tmpdir(), "import-jobs-test-")));
  // Jobs are run by the test, awaited, rather than started in the background.
  const deps: UseCaseDeps = { db, imports: { files: store, start: async () => {} } };
  const options = { fileName: "field-office.csv", language: "en", commit: true, submit: true } as const;
  const citations = async () => ({
    mentor: (await readCitations(db, { type: "MENTOR", id: "mentor-kenya" })).total,
    donor: (await readCitations(db, { type: "DONOR", id: "demo-donor-a" })).total,
  });

  it.each([
    { fault: "the third totals transaction", command: "TransactWriteItemsCommand", nth: 3, prefix: "TX", year: 2021 },
    { fault: "the 30th BatchWrite", command: "BatchWriteItemCommand", nth: 30, prefix: "BW", year: 2022 },
  ])(
    "fails on $fault, says so, and imported again writes every row once, at zero drift",
    async ({ command, nth, prefix, year }) => {
      const bytes = file(prefix, year);
      const ids = Array.from({ length: ROWS }, (_, index) => `${prefix}-${index}`);
      const before = await citations();

      const fault = faultFrom(db, command, nth);
      const first = await startImport(deps, MENTOR, bytes, options);
      try {
        await runImportJob(deps, first.id);
      } finally {
        fault.disarm();
      }
      const failed = await readImportJob(deps, MENTOR, first.id);
      expect(failed.status).toBe("failed");
      expect(failed.error).toMatch(/import the file again/);
      expect(failed.written).toBeLessThan(ROWS);
      const halfway = await getActivities(db, ids);
      expect(halfway.length).toBeLessThan(ROWS);

      // The person imports the same file again: a new job.
      const second = await startImport(deps, MENTOR, bytes, options);
      await runImportJob(deps, second.id);
      const done = await readImportJob(deps, MENTOR, second.id);
      expect(done.status, done.error).toBe("done");
      expect(done.report?.committed).toBe(true);
      expect(done.report?.problems).toEqual([]);
      expect(done.report?.create.length).toBe(ROWS - halfway.length);
      expect(done.report?.unchanged.length).toBe(halfway.length);

      // Every row once, made at the first run's times: the second run wrote the same items.
      const activities = await getActivities(db, ids);
      expect(activities.map((activity) => activity.id)).toEqual(ids);
      const firstStart = Date.parse(first.createdAt);
      for (const [index, activity] of activities.entries()) {
        expect(activity.status).toBe("submitted");
        expect(activity.createdAt).toBe(new Date(firstStart + index).toISOString());
      }

      // One audit entry each, "import", at the record's own time.
      for (let start = 0; start < ids.length; start += 50) {
        const histories = await Promise.all(ids.slice(start, start + 50).map((id) => getHistory(db, "Activity", id)));
        for (const [offset, history] of histories.entries()) {
          expect(history.map((entry) => [entry.action, entry.at])).toEqual([
            ["import", activities[start + offset]?.createdAt],
          ]);
        }
      }

      // One link per country and donor of each row.
      const linked = async (partition: ReturnType<typeof model.countryLink.key.query>) =>
        (await readPages((page) => queryPage(db, partition, page))).length;
      expect(await linked(model.countryLink.key.query({ country: "KEN", year }))).toBe(Math.ceil(ROWS / 3));
      expect(await linked(model.countryLink.key.query({ country: "UGA", year }))).toBe(Math.ceil((ROWS - 1) / 3));
      expect(await linked(model.donorLink.key.query({ donor: "demo-donor-a", year }))).toBe(ROWS);

      // The totals as the records add up, and each citation counted once.
      expect((await checkTotals(db, year)).drift).toEqual([]);
      const after = await citations();
      expect(after.mentor - before.mentor).toBe(ROWS);
      expect(after.donor - before.donor).toBe(ROWS);
    },
    180_000,
  );
});
