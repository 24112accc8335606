// A report larger than the response limit is kept in the file store and the route answers with its
// address (303): the local server's download route here, a presigned S3 URL on AWS. The limit is
// made small so that the seed's report crosses it.
import { S3Client } from "@aws-sdk/client-s3";
import { beforeAll, describe, expect, it } from "vitest";
import { seed2019 } from "../../../seed/2019";
import { loadSeed } from "../../../seed/load";
import { s3FileStore } from "../../../shared/data/s3-file-store";
import { testApp } from "../../support/database";

const LIMIT = 20_000;

describe("a report over the response limit", async () => {
  const { db, app: manager, as } = await testApp({ maxResponseBytes: LIMIT });
  const wide = await testApp();

  beforeAll(async () => {
    await Promise.all([loadSeed(db, seed2019), loadSeed(wide.db, seed2019)]);
  }, 120_000);

  /** Follows the 303 as a client does: the address, relative to the path asked for. */
  async function fetched(path: string) {
    const res = await manager.request(path);
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    const answer = await res.json();
    expect(answer.location).toBe(location);
    expect(answer.bytes).toBeGreaterThan(LIMIT);
    const url = new URL(location, `http://localhost${path}`);
    expect(url.pathname).toMatch(/^\/reports\/annual\/files\/[0-9a-f-]{36}\/annual-report-2019-fr\.\w+$/);
    return manager.request(url.pathname);
  }

  it.each(["html", "json", "md", "docx"])(
    "answers the %s report with its address, where it is whole",
    async (format) => {
      const path = `/reports/annual/2019?lang=fr&format=${format}`;
      const kept = await fetched(path);
      expect(kept.status).toBe(200);
      const media = { html: "text/html", json: "application/json", md: "text/markdown", docx: "wordprocessingml" };
      expect(kept.headers.get("content-type")).toContain(media[format as keyof typeof media]);
      const direct = await wide.app.request(path);
      expect(direct.status).toBe(200);
      const body = Buffer.from(await kept.arrayBuffer());
      if (format === "docx") {
        // A Word file is a zip with its own dates: a zip, named as the download would be.
        expect(body.subarray(0, 2).toString()).toBe("PK");
        expect(kept.headers.get("content-disposition")).toBe('attachment; filename="annual-report-2019-fr.docx"');
      } else {
        // Only the time it was made may differ.
        const strip = (text: string) => text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "").replace(/\d+ \S+ 2\d{3}/g, "");
        expect(strip(body.toString("utf8"))).toBe(strip(await direct.text()));
      }
    },
  );

  it("answers a small one in the response, as ever", async () => {
    const res = await manager.request("/reports/annual/2030?lang=fr&format=md");
    expect(res.status).toBe(200);
  });

  it("gives a kept document to readers of reports holding its address, and nothing for another", async () => {
    const res = await manager.request("/reports/annual/2019?lang=fr&format=md");
    const url = new URL(res.headers.get("location") ?? "", "http://localhost/reports/annual/2019");
    expect((await as("mentor.kenya").request(url.pathname)).status).toBe(200);
    expect((await as("donor.a").request(url.pathname)).status).toBe(403);
    const other = url.pathname.replace(/files\/[0-9a-f-]{36}/, "files/00000000-0000-4000-8000-000000000000");
    expect((await manager.request(other)).status).toBe(404);
    const bad = await manager.request("/reports/annual/files/not-an-id/report.exe");
    expect(bad.status).toBe(400);
  });

  it("signs an S3 address on AWS, for a while, naming the file", async () => {
    const client = new S3Client({
      region: "eu-west-1",
      credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "example" },
    });
    const store = s3FileStore("tracker-imports", client);
    const url = new URL(
      (await store.url?.("reports/abc/annual-report-2019-fr.docx", {
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        fileName: "annual-report-2019-fr.docx",
        seconds: 900,
      })) ?? "",
    );
    expect(url.hostname).toBe("tracker-imports.s3.eu-west-1.amazonaws.com");
    expect(url.pathname).toBe("/reports/abc/annual-report-2019-fr.docx");
    expect(url.searchParams.get("X-Amz-Expires")).toBe("900");
    expect(url.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get("response-content-disposition")).toBe(
      'attachment; filename="annual-report-2019-fr.docx"',
    );
  });
});
