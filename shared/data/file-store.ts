// Where an import's file and its report are kept while its job runs, and a document too large for
// one response until it is fetched: a port with two adapters, an S3 bucket on AWS (s3-file-store.ts)
// and a directory on the local server and in the tests. Both forget a file a day after it was written.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";

export type FileStore = {
  put: (key: string, bytes: Uint8Array) => Promise<void>;
  /** The bytes stored under the key, or undefined if there are none (never stored, or expired). */
  get: (key: string) => Promise<Uint8Array | undefined>;
  /**
   * An address a client fetches the file from directly, for a while, without the API (a presigned
   * S3 URL); absent where the app serves the file itself (a directory).
   */
  url?: (key: string, download: FileDownload) => Promise<string>;
};

/** How a fetched file presents itself, and how long its address lasts. */
export type FileDownload = { contentType: string; fileName: string; seconds: number };

/** Keys are made by the code (a job's id and a name), never typed by a user; still, none leaves the directory. */
function pathIn(root: string, key: string): string {
  const path = resolve(root, key);
  if (!path.startsWith(`${resolve(root)}${sep}`)) throw new Error(`a file key outside the store: ${key}`);
  return path;
}

/** How long a file is kept: as long as the bucket's lifecycle rule keeps one (infra/stack.ts). */
export const FILES_KEPT_MS = 24 * 60 * 60 * 1000;
/** A directory is swept of expired files at most this often, on a write. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Removes the files under `root` last written more than `keptMs` ago (`now` being the clock's time). */
export async function sweepExpired(root: string, keptMs: number, now = Date.now()): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const written = await stat(path).catch(() => undefined);
    if (written && now - written.mtimeMs > keptMs) await rm(path, { force: true });
  }
}

export function directoryFileStore(root: string, keptMs = FILES_KEPT_MS): FileStore {
  let swept = 0;
  return {
    async put(key, bytes) {
      if (Date.now() - swept > SWEEP_EVERY_MS) {
        swept = Date.now();
        await sweepExpired(root, keptMs);
      }
      const path = pathIn(root, key);
      await mkdir(dirname(path), { recursive: true });
      // Written aside then renamed: a reader never sees half a file.
      const partial = join(dirname(path), `.${process.pid}-${Date.now()}.partial`);
      await writeFile(partial, bytes);
      await rename(partial, path);
    },
    async get(key) {
      try {
        const path = pathIn(root, key);
        if (Date.now() - (await stat(path)).mtimeMs > keptMs) return undefined;
        return new Uint8Array(await readFile(path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
  };
}
