// What a use case is given: the database, where import files are kept and how their jobs start,
// and who is asking.
import type { Identity } from "../auth/identity";
import type { Database } from "../data/client";
import type { FileStore } from "../data/file-store";

/**
 * How import jobs run: where their files and reports are kept, and how a job is started without
 * waiting for it (on AWS, an asynchronous invocation of the worker function). Without it, the
 * files go to a directory of the machine's temporary folder and the job runs in this process.
 */
export type ImportJobs = { files: FileStore; start: (jobId: string) => Promise<void> };

export type UseCaseDeps = { db: Database; imports?: ImportJobs };

/** The person a use case acts for, as their verified token says. */
export type Caller = Identity;
