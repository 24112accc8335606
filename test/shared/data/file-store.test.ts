// The local file store forgets a file a day after it was written, as the bucket's lifecycle rule
// does on AWS: a report too large for a response, an import's upload and its report.
import { existsSync, mkdtempSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { directoryFileStore } from "../../../shared/data/file-store";

const bytes = (text: string) => new TextEncoder().encode(text);
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

describe("the directory file store", () => {
  it("keeps a file a day, then answers as if it had never been written, and removes it on a later write", async () => {
    const root = mkdtempSync(join(tmpdir(), "file-store-test-"));
    const store = directoryFileStore(root);
    await store.put("reports/old/report.docx", bytes("old"));
    await store.put("reports/new/report.docx", bytes("new"));
    expect(new TextDecoder().decode(await store.get("reports/old/report.docx"))).toBe("old");

    const old = join(root, "reports/old/report.docx");
    utimesSync(old, daysAgo(2), daysAgo(2));
    expect(await store.get("reports/old/report.docx")).toBeUndefined();
    expect(existsSync(old)).toBe(true);

    // Another process's store (the next `npm start`) sweeps on its first write.
    await directoryFileStore(root).put("imports/job/upload", bytes("rows"));
    expect(existsSync(old)).toBe(false);
    expect(new TextDecoder().decode(await store.get("reports/new/report.docx"))).toBe("new");
  });
});
