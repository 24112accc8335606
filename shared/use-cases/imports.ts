// Importing a spreadsheet of activities: every row read and checked as the API checks a record (the
// schema, then the policy on what the row creates or changes), a dry run that lists every problem
// and what would be created and updated, then, on commit and only without problems, the writes:
// new records in batches, changed ones one by one on the version read, each with an "import" audit
// entry. A row's reference (or the file's name and the row's number) makes its record's id, so the
// same file imported again changes nothing.
import { createHash } from "node:crypto";
import stringify from "safe-stable-stringify";
import { actorOf } from "../auth/identity";
import { assertCanAssignMentor, assertCanCreate, assertCanEdit, mentorOfRecord } from "../auth/policy";
import { getActivities, newActivity, replaceActivity } from "../data/activities";
import {
  addBatchTotals,
  IMPORT_BATCH_SIZE,
  importStartedAt,
  putBatchItems,
  writeQueue,
} from "../data/activity-batches";
import { donors, mentors } from "../data/catalog";
import { readPages } from "../data/read-pages";
import { type Activity, type ActivityInput, ActivityInputSchema, reportingYear } from "../domain/activity";
import { ForbiddenError, NotFoundError } from "../domain/errors";
import { LANGUAGES, type Language } from "../language/languages";
import { columnHeader, type ReadContext } from "../spreadsheet/columns";
import { PROBLEM_WORDS } from "../spreadsheet/problem-words";
import { readFile } from "../spreadsheet/read-file";
import { type ImportRow, type Problem, readRows } from "../spreadsheet/rows";
import type { Caller, UseCaseDeps } from "./context";

/** New records' batches whose items are queued at once: enough to keep every request in flight. */
const BATCHES_IN_FLIGHT = 3;

export type ImportOptions = {
  fileName: string;
  language: Language;
  /** Write, when the file has no problem; otherwise only say what would be written. */
  commit: boolean;
  /** New records as submitted for validation rather than drafts. */
  submit: boolean;
  /** Told how many rows the file has, once it is read. */
  onRead?: (rows: number) => void;
  /** Told how many rows are written, as they are. */
  onProgress?: (written: number, total: number) => void;
  /**
   * When the import started (ms): new records are made a millisecond apart from it. A job run again
   * gives its own start, so the records and audit entries it writes again are the same items.
   */
  startedAt?: number;
};

export type ImportedRow = { row: number; id: string; title: string };

export type ImportReport = {
  file: string;
  rows: number;
  create: ImportedRow[];
  update: ImportedRow[];
  unchanged: ImportedRow[];
  problems: Problem[];
  committed: boolean;
};

/** The id of a row's record: its reference, or one made from the file's name and the row's number. */
export function recordId(fileName: string, row: Pick<ImportRow, "row" | "reference">): string {
  if (row.reference) return row.reference;
  return `imp-${createHash("sha256").update(`${fileName}#${row.row}`).digest("base64url").slice(0, 24)}`;
}

const inputFields = Object.keys(ActivityInputSchema.shape);
/** The fields a row sets, as stored: what decides whether the row changes its record. */
const inputOf = (activity: Activity | ActivityInput) =>
  stringify(Object.fromEntries(inputFields.map((field) => [field, (activity as Record<string, unknown>)[field]])));

/** A record's name, the same in every language. */
const named = (name: string) =>
  Object.fromEntries(LANGUAGES.map((language) => [language, name])) as Record<Language, string>;

async function readContext({ db }: UseCaseDeps, language: Language): Promise<ReadContext> {
  const [donorRecords, mentorRecords] = await Promise.all([
    readPages((page) => donors.list(db, page)),
    readPages((page) => mentors.list(db, page)),
  ]);
  return {
    language,
    donors: donorRecords.map((donor) => ({ code: donor.id, labels: named(donor.name) })),
    mentors: mentorRecords.map((mentor) => ({ code: mentor.id, labels: named(mentor.name) })),
  };
}

/** Ids read per BatchGet round, and rounds at once: a 10 000-row file is read in a few seconds. */
const READ_CHUNK = 100;
const READS_IN_FLIGHT = 8;

/** The records the rows' ids name, those that exist: BatchGets of 100 keys, several at once. */
async function storedActivities({ db }: UseCaseDeps, ids: string[]): Promise<Activity[]> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += READ_CHUNK) chunks.push(ids.slice(start, start + READ_CHUNK));
  const found: Activity[][] = [];
  let next = 0;
  const reader = async () => {
    while (next < chunks.length) {
      const index = next++;
      found[index] = await getActivities(db, chunks[index] as string[]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, chunks.length) }, reader));
  return found.flat();
}

/** What the template's lists offer: the donors and mentors on record. */
export async function importContext(deps: UseCaseDeps, caller: Caller, language: Language): Promise<ReadContext> {
  assertCanCreate(caller);
  return readContext(deps, language);
}

export async function importActivities(
  deps: UseCaseDeps,
  caller: Caller,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportReport> {
  assertCanCreate(caller);
  const report: ImportReport = {
    file: options.fileName,
    rows: 0,
    create: [],
    update: [],
    unchanged: [],
    problems: [],
    committed: false,
  };
  const words = PROBLEM_WORDS[options.language];
  const read = await readFile(bytes, options.language);
  if ("problems" in read) return { ...report, problems: read.problems.map((message) => ({ message })) };
  const context = await readContext(deps, options.language);
  const { rows, problems } = readRows(read.sheet, context);
  report.rows = read.sheet.rows.length;
  options.onRead?.(report.rows);
  report.problems.push(...problems);

  const ids = rows.map((row) => recordId(options.fileName, row));
  const stored = new Map((await storedActivities(deps, ids)).map((activity) => [activity.id, activity]));
  const actor = actorOf(caller);
  // Batches are cut by the rows' places in the file, so the same file cuts the same batches: run
  // again after a failure, a batch whose totals were added (its marker is there) adds nothing, and
  // its records not yet written are written then, with the times of the first run.
  const importId = createHash("sha256")
    .update(bytes)
    .update(options.submit ? "submitted" : "draft")
    .digest("base64url")
    .slice(0, 32);
  const startedAt =
    (options.commit ? await importStartedAt(deps.db, importId) : undefined) ?? options.startedAt ?? Date.now();
  /** New records by batch; a row's batch is its place in the file, so a file cuts the same batches however often it is run. */
  const creates = new Map<number, Activity[]>();
  const updates: { row: ImportRow; current: Activity; mentorId?: string }[] = [];
  const mentorColumn = columnHeader("mentor", context.language);
  rows.forEach((row, index) => {
    const id = ids[index] as string;
    const entry = { row: row.row, id, title: row.input.title };
    if (row.mentor !== undefined && caller.role === "mentor" && row.mentor !== caller.mentorId) {
      report.problems.push({
        row: row.row,
        column: mentorColumn,
        message: words.ownOnly,
      });
      return;
    }
    const current = stored.get(id);
    if (!current) {
      const mentorId = row.mentor ?? mentorOfRecord(caller);
      // Made a millisecond apart in the file's order, which lists of the same day keep.
      const createdAt = new Date(startedAt + index).toISOString();
      const batch = Math.floor(index / IMPORT_BATCH_SIZE);
      const batchActivities = creates.get(batch) ?? [];
      creates.set(batch, batchActivities);
      batchActivities.push({
        ...newActivity(row.input, actor, { id, mentorId }),
        status: options.submit ? "submitted" : "draft",
        createdAt,
        updatedAt: createdAt,
      });
      report.create.push(entry);
      return;
    }
    // An empty Mentor column leaves the record's mentor as it is; a named one moves the record to them.
    const mentorId = row.mentor !== undefined && row.mentor !== current.mentorId ? row.mentor : undefined;
    if (mentorId === undefined && inputOf(current) === inputOf({ ...row.input, year: reportingYear(row.input) })) {
      report.unchanged.push(entry);
      return;
    }
    try {
      if (mentorId === undefined) assertCanEdit(caller, current);
      else assertCanAssignMentor(caller, current);
    } catch (error) {
      if (!(error instanceof ForbiddenError || error instanceof NotFoundError)) throw error;
      const why = words.reason(error.message, error instanceof NotFoundError);
      report.problems.push({ row: row.row, message: words.refused(id, why) });
      return;
    }
    if (row.version !== undefined && row.version !== current.version) {
      report.problems.push({
        row: row.row,
        message: words.stale(id, current.version, row.version),
      });
      return;
    }
    updates.push({ row, current, ...(mentorId && { mentorId }) });
    report.update.push(entry);
  });

  if (!options.commit || report.problems.length > 0) return report;

  const total = report.create.length + updates.length;
  let written = 0;
  // The totals transactions go one after the other (they update the same items); the batches'
  // items share one queue of BatchWrite requests, kept full while the next batches' totals are
  // added, a few batches ahead of the writes at most.
  const queue = writeQueue();
  // A failed batch takes the requests not yet sent off the queue: the run ends with nothing in flight.
  const abort = new AbortController();
  const writing: Promise<void>[] = [];
  let failure: unknown;
  for (const [number, activities] of creates) {
    if (failure !== undefined) break;
    const batch = { importId, batch: number, activities, actor, startedAt };
    try {
      await addBatchTotals(deps.db, batch);
    } catch (error) {
      failure ??= error;
      abort.abort();
      break;
    }
    writing.push(
      putBatchItems(deps.db, batch, { queue, signal: abort.signal }).then(
        () => {
          written += batch.activities.length;
          options.onProgress?.(written, total);
        },
        (error) => {
          failure ??= error;
          abort.abort();
        },
      ),
    );
    if (writing.length >= BATCHES_IN_FLIGHT) await writing.shift();
  }
  await Promise.all(writing);
  await queue.onIdle();
  if (failure !== undefined) throw failure;
  for (const { row, current, mentorId } of updates) {
    await replaceActivity(deps.db, current.id, {
      input: row.input,
      expectedVersion: current.version,
      actor,
      action: "import",
      ...(mentorId && { mentorId }),
      authorize: (now) => (mentorId === undefined ? assertCanEdit(caller, now) : assertCanAssignMentor(caller, now)),
    });
    options.onProgress?.(++written, total);
  }
  return { ...report, committed: true };
}
