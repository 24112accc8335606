// A spreadsheet import run as a job: the file is stored, the job's record says where it stands
// (queued, running, done or failed; rows read and records written), and its report is kept beside
// the file once it is done. The page polls it; on AWS a worker function runs it, locally the server.
import { z } from "zod";
import { LANGUAGES } from "../language/languages";

export const IMPORT_JOB_STATUSES = ["queued", "running", "done", "failed"] as const;

export const ImportJobSchema = z
  .object({
    id: z.string(),
    status: z.enum(IMPORT_JOB_STATUSES),
    file: z.string().meta({ description: "The file's name, as uploaded" }),
    language: z.enum(LANGUAGES),
    commit: z.boolean(),
    submit: z.boolean(),
    rows: z.int().meta({ description: "Rows read from the file (0 until it is read)" }),
    written: z.int().meta({ description: "Records written so far" }),
    toWrite: z.int().meta({ description: "Records the job writes (new and changed), once the file is checked" }),
    createdAt: z.string(),
    updatedAt: z.string(),
    error: z.string().optional().meta({ description: "Why a failed job stopped" }),
  })
  .meta({ id: "ImportJob" });
export type ImportJob = z.infer<typeof ImportJobSchema>;

/** Who started a job: the worker acts as them, and only they (and managers) read it. */
export const JobCallerSchema = z.object({
  id: z.string(),
  role: z.enum(["admin", "manager", "mentor", "donor"]),
  mentorId: z.string().optional(),
  donorId: z.string().optional(),
});
export type JobCaller = z.infer<typeof JobCallerSchema>;

/**
 * A job not heard from in this long has stopped (its worker ended without saying so: a timeout, a
 * restarted server). Longer than the worker's 15-minute limit, so a live job is never taken for one.
 */
export const IMPORT_JOB_STALL_MS = 16 * 60 * 1000;

/** How long a job's file, report and record are kept. */
export const IMPORT_JOB_KEPT_SECONDS = 24 * 60 * 60;

/** The job as its reader sees it: a queued or running one silent for too long has failed. */
export function jobAsSeen(job: ImportJob, now = Date.now()): ImportJob {
  const silent = now - Date.parse(job.updatedAt) > IMPORT_JOB_STALL_MS;
  if ((job.status === "queued" || job.status === "running") && silent) {
    return {
      ...job,
      status: "failed",
      error:
        "the import stopped before its end: import the file again (what was written is kept, and nothing is written twice)",
    };
  }
  return job;
}
