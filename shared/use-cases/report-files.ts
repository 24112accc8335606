// A document too large for one response (Lambda answers at most 6 MB, and Word files travel in
// base64): kept in the file store and fetched from there, through a presigned S3 URL on AWS, or
// from the app's own download route where the store is a directory (the local server).
import { randomUUID } from "node:crypto";
import { assertCanReadAnnualReport } from "../auth/policy";
import { ValidationError } from "../domain/errors";
import type { Caller, UseCaseDeps } from "./context";
import { importJobs } from "./import-jobs";

/** How long the address of a kept document lasts: long enough to start the download. */
export const KEPT_DOCUMENT_SECONDS = 15 * 60;

const keyOf = (id: string, fileName: string) => `reports/${id}/${fileName}`;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FILE_NAME = /^[a-z0-9-]+\.(json|md|html|docx)$/;

export type KeptDocument = { id: string; fileName: string; url?: string };

/** Keeps the document; `url` is where to fetch it from where the store signs addresses. */
export async function keepDocument(
  deps: UseCaseDeps,
  document: { body: Uint8Array; contentType: string; fileName: string },
): Promise<KeptDocument> {
  const files = importJobs(deps).files;
  const id = randomUUID();
  const key = keyOf(id, document.fileName);
  await files.put(key, document.body);
  const url = files.url
    ? await files.url(key, {
        contentType: document.contentType,
        fileName: document.fileName,
        seconds: KEPT_DOCUMENT_SECONDS,
      })
    : undefined;
  return { id, fileName: document.fileName, ...(url && { url }) };
}

/** A kept document, for whoever may read reports and holds its address; undefined if there is none. */
export async function keptDocument(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  fileName: string,
): Promise<Uint8Array | undefined> {
  assertCanReadAnnualReport(caller, false);
  const issues = [
    ...(ID.test(id) ? [] : [{ path: "id", message: "is not the id of a kept document" }]),
    ...(FILE_NAME.test(fileName) ? [] : [{ path: "name", message: "is not the name of a kept document" }]),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  return importJobs(deps).files.get(keyOf(id, fileName));
}
