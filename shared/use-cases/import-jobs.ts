// A spreadsheet import as a job, so that no request waits for a 10 000-row file: the upload is kept
// in the file store and a job record is created (queued); the job is started without being waited
// for; the worker reads the file, checks it and (on commit) writes it through importActivities,
// counting its progress in the job record, keeps its report beside the file and closes the job.
// Run again (a retried invocation), a job that was closed does nothing, and one that stopped midway
// goes on: the batches already written are found and nothing is written twice.
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertCanCreate, assertCanReadImportJob } from "../auth/policy";
import { directoryFileStore } from "../data/file-store";
import { createImportJob, getImportJob, type StoredImportJob, updateImportJob } from "../data/import-jobs";
import { DomainError, NotFoundError } from "../domain/errors";
import { type ImportJob, jobAsSeen } from "../domain/import-job";
import type { Language } from "../language/languages";
import type { Caller, ImportJobs, UseCaseDeps } from "./context";
import { type ImportReport, importActivities } from "./imports";

export type ImportJobView = ImportJob & { report?: ImportReport };

/** Progress is written at most this often: a job's record is not a second table of writes. */
const PROGRESS_EVERY_MS = 1000;

const uploadKey = (id: string) => `imports/${id}/upload`;
const reportKey = (id: string) => `imports/${id}/report.json`;

/** Where files go without a configured store: one directory per machine, as on the local server. */
const LOCAL_FILES = directoryFileStore(join(tmpdir(), "cybercrime-tracker-imports"));

/** The deployment's jobs, or the local ones: files in a directory, each job run in this process. */
export function importJobs(deps: UseCaseDeps): ImportJobs {
  if (deps.imports) return deps.imports;
  const local: ImportJobs = {
    files: LOCAL_FILES,
    start: async (jobId) => {
      // Not awaited: the request that started it answers now, and the page polls.
      runImportJob({ ...deps, imports: local }, jobId).catch((error) => console.error("import job", jobId, error));
    },
  };
  return local;
}

function view(job: StoredImportJob): ImportJob {
  const { caller: _caller, ...rest } = job;
  return rest;
}

export async function startImport(
  deps: UseCaseDeps,
  caller: Caller,
  bytes: Uint8Array,
  options: { fileName: string; language: Language; commit: boolean; submit: boolean },
): Promise<ImportJob> {
  assertCanCreate(caller);
  const jobs = importJobs(deps);
  const id = randomUUID();
  await jobs.files.put(uploadKey(id), bytes);
  const now = new Date().toISOString();
  const job: StoredImportJob = {
    id,
    status: "queued",
    file: options.fileName,
    language: options.language,
    commit: options.commit,
    submit: options.submit,
    rows: 0,
    written: 0,
    toWrite: 0,
    createdAt: now,
    updatedAt: now,
    caller: {
      id: caller.id,
      role: caller.role,
      ...(caller.mentorId && { mentorId: caller.mentorId }),
      ...(caller.donorId && { donorId: caller.donorId }),
    },
  };
  await createImportJob(deps.db, job);
  try {
    await jobs.start(id);
  } catch (error) {
    await updateImportJob(deps.db, id, { status: "failed", error: "the import could not be started: try again" });
    throw error;
  }
  return view(job);
}

export async function readImportJob(deps: UseCaseDeps, caller: Caller, id: string): Promise<ImportJobView> {
  const job = await getImportJob(deps.db, id);
  if (!job) throw new NotFoundError("Import", id);
  assertCanReadImportJob(caller, job);
  const seen = jobAsSeen(view(job));
  if (seen.status !== "done") return seen;
  const stored = await importJobs(deps).files.get(reportKey(id));
  if (!stored) return { ...seen, status: "failed", error: "the import's report is no longer kept (one day)" };
  return { ...seen, report: JSON.parse(new TextDecoder().decode(stored)) as ImportReport };
}

/**
 * The job's progress, written at most once a second, in order, the latest figure within a second
 * of its note even when no other note follows; a lost progress write is only a late figure.
 */
function progressWriter(deps: UseCaseDeps, id: string) {
  let pending: Parameters<typeof updateImportJob>[2] = {};
  let last = 0;
  let later: ReturnType<typeof setTimeout> | undefined;
  let chain = Promise.resolve();
  const push = () => {
    clearTimeout(later);
    later = undefined;
    const fields = pending;
    pending = {};
    last = Date.now();
    chain = chain.then(
      () => updateImportJob(deps.db, id, fields).then(() => undefined),
      () => undefined,
    );
  };
  return {
    note(fields: typeof pending) {
      Object.assign(pending, fields);
      const wait = PROGRESS_EVERY_MS - (Date.now() - last);
      if (wait <= 0) push();
      else later ??= setTimeout(push, wait);
    },
    async flush() {
      if (Object.keys(pending).length > 0) push();
      clearTimeout(later);
      await chain.catch(() => undefined);
    },
  };
}

function failureMessage(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  return "the import failed on the server: import the file again (nothing already written is written twice)";
}

/** Runs a job to its end, as the worker function or the local server does; never throws for the job's own failures. */
export async function runImportJob(deps: UseCaseDeps, id: string): Promise<void> {
  const job = await getImportJob(deps.db, id);
  if (!job || job.status === "done" || job.status === "failed") return;
  if (!(await updateImportJob(deps.db, id, { status: "running" }))) return;
  const jobs = importJobs(deps);
  const progress = progressWriter(deps, id);
  try {
    const bytes = await jobs.files.get(uploadKey(id));
    if (!bytes) {
      await updateImportJob(deps.db, id, { status: "failed", error: "the file is no longer kept: upload it again" });
      return;
    }
    const report = await importActivities(deps, job.caller, bytes, {
      fileName: job.file,
      language: job.language,
      commit: job.commit,
      submit: job.submit,
      startedAt: Date.parse(job.createdAt),
      onRead: (rows) => progress.note({ rows }),
      onProgress: (written, toWrite) => progress.note({ written, toWrite }),
    });
    await progress.flush();
    await jobs.files.put(reportKey(id), new TextEncoder().encode(JSON.stringify(report)));
    const toWrite = report.create.length + report.update.length;
    await updateImportJob(deps.db, id, {
      status: "done",
      rows: report.rows,
      toWrite,
      written: report.committed ? toWrite : 0,
    });
  } catch (error) {
    await progress.flush();
    if (!(error instanceof DomainError)) console.error("import job", id, error);
    await updateImportJob(deps.db, id, { status: "failed", error: failureMessage(error) });
  }
}
