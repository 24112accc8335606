import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

/** CSV rows as arrays of cells; enough of RFC 4180 for these files (CRLF, quoted cells, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      endCell();
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += char;
    }
  }
  if (cell || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe("exports", async () => {
  const { app: manager, as } = await testApp();
  const kenya = as("mentor.kenya");
  const ids: Record<string, string> = {};

  async function logged(overrides: Record<string, unknown>, to: "draft" | "submitted" | "validated") {
    const created = await (await sendJson(kenya, "POST", "/activities", { ...validActivity, ...overrides })).json();
    if (to !== "draft")
      await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    if (to === "validated") {
      await sendJson(manager, "POST", `/activities/${created.id}/status`, { status: "validated", version: 2 });
    }
    return created.id as string;
  }

  beforeAll(async () => {
    ids.a = await logged({ title: "Enquêtes numériques à Nairobi", donors: ["demo-donor-a"] }, "validated");
    ids.b = await logged({ title: "Funded by B", donors: ["demo-donor-b"], countries: ["SLV"] }, "validated");
    ids.submitted = await logged({ title: '=HYPERLINK("http://evil")', donors: ["demo-donor-a"] }, "submitted");
    ids.draft = await logged({ title: "Draft", donors: ["demo-donor-a"] }, "draft");
  });

  describe("GET /exports/activities/{year}", () => {
    it("answers CSV in UTF-8 with a byte order mark, a header and one row per validated activity", async () => {
      const res = await manager.request("/exports/activities/2019?format=csv");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="activities-2019.csv"');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
      expect(header?.slice(0, 5)).toEqual(["id", "status", "kind", "theme", "title"]);
      expect(header).toEqual(expect.arrayContaining(["countries", "women", "men", "judges", "outcomes", "source"]));
      expect(rows.map((row) => row[0]).sort()).toEqual([ids.a, ids.b].sort());
      const row = Object.fromEntries((header ?? []).map((name, i) => [name, rows.find((r) => r[0] === ids.a)?.[i]]));
      expect(row).toMatchObject({
        status: "validated",
        title: "Enquêtes numériques à Nairobi",
        countries: "KEN;UGA",
        partners: "INTERPOL",
        donors: "demo-donor-a",
        participants: "30",
        participants_qualifier: "approximately",
        women: "12",
        men: "18",
        law_enforcement: "25",
        prosecutors: "5",
        judges: "",
        source: "E/CN.15/2020/12, ¶22",
      });
    });

    it("adds the submitted activities in the preview, with cells Excel would run written as text", async () => {
      const res = await manager.request("/exports/activities/2019?format=csv&preview=true");
      expect(res.headers.get("content-disposition")).toContain("activities-2019-preview.csv");
      const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
      expect(rows.map((row) => row[0])).toContain(ids.submitted);
      expect(rows.map((row) => row[0])).not.toContain(ids.draft);
      expect(rows.find((row) => row[0] === ids.submitted)?.[4]).toBe('\'=HYPERLINK("http://evil")');
    });

    it("answers an Excel workbook whose sheet has a frozen header row and one row per activity", async () => {
      const res = await manager.request("/exports/activities/2019?format=xlsx");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="activities-2019.xlsx"');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe("PK");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0];
      expect(sheet?.name).toBe("Activities 2019");
      expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet?.getRow(1).getCell(1).value).toBe("id");
      expect(sheet?.getRow(1).font?.bold).toBe(true);
      const headers = ((sheet as ExcelJS.Worksheet).getRow(1).values as string[]).slice(1);
      const column = (name: string) => headers.indexOf(name) + 1;
      expect(sheet?.getColumn(column("title")).width).toBe(40);
      expect(sheet?.rowCount).toBe(3);
      const titles = [2, 3].map((n) => sheet?.getRow(n).getCell(column("title")).value);
      expect(titles.sort()).toEqual(["Enquêtes numériques à Nairobi", "Funded by B"]);
      const participants = sheet?.getRow(2).getCell(column("participants")).value;
      expect(participants).toBe(30);
    });

    it("writes text Excel would run as text in the workbook, which the import reads back as written", async () => {
      const titles = ['=HYPERLINK("http://evil")', "+33 hotline training", "-5 °C: field training", "@mentions"];
      for (const title of titles) {
        await logged({ title, startDate: "2020-03-02", endDate: "2020-03-03", source: undefined }, "submitted");
      }
      const res = await manager.request("/exports/activities/2020?format=xlsx&preview=true");
      const bytes = new Uint8Array(await res.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      const headers = (sheet.getRow(1).values as string[]).slice(1);
      const cells = [2, 3, 4, 5].map((n) => sheet.getRow(n).getCell(headers.indexOf("title") + 1));
      // Plain strings: no formula object, as Excel opens them as text.
      expect(cells.map((cell) => [cell.type, cell.value])).toEqual(
        titles.map((title) => [ExcelJS.ValueType.String, title]),
      );
      const dryRun = await manager.request("/imports?lang=en&name=activities-2020.xlsx", {
        method: "POST",
        headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        body: bytes,
      });
      const location = dryRun.headers.get("location") as string;
      let job: { status: string; report?: { problems: unknown[]; unchanged: { title: string }[] } };
      do job = await (await manager.request(location)).json();
      while (job.status === "queued" || job.status === "running");
      expect(job.report?.problems).toEqual([]);
      expect(job.report?.unchanged.map((row) => row.title).sort()).toEqual([...titles].sort());
    });

    it("is for managers: a mentor and a donor get 403", async () => {
      for (const username of ["mentor.kenya", "donor.a"]) {
        const res = await as(username).request("/exports/activities/2019?format=csv");
        expect(res.status).toBe(403);
        expect((await res.json()).error).toBe("forbidden");
      }
    });

    it("refuses an unknown format", async () => {
      expect((await manager.request("/exports/activities/2019?format=pdf")).status).toBe(400);
    });
  });

  describe("GET /exports/donors/{donorId}/{year}", () => {
    it("gives a donor its own validated activities, with their narratives, and nothing of others", async () => {
      const res = await as("donor.a").request("/exports/donors/demo-donor-a/2019");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="donor-demo-donor-a-2019.csv"');
      const text = await res.text();
      const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
      expect(rows.map((row) => row[0])).toEqual([ids.a]);
      expect(header).not.toContain("donors");
      expect(header).not.toContain("status");
      expect(header).toEqual(expect.arrayContaining(["narrative_fr", "narrative_en", "narrative_es"]));
      // No Spanish narrative was written: the record's fields are told in Spanish, without its French title.
      expect(rows[0]?.[header?.indexOf("narrative_es") ?? -1]).toBe(
        "La UNODC capacitó a 25 funcionarios encargados de hacer cumplir la ley y cinco fiscales en Kenya y en Uganda, en cooperación con INTERPOL.",
      );
      expect(text).not.toContain("Funded by B");
      expect(text).not.toContain("HYPERLINK");
    });

    it("answers 404 for another donor's file, 403 to a mentor, and any donor's to a manager", async () => {
      expect((await as("donor.a").request("/exports/donors/demo-donor-b/2019")).status).toBe(404);
      expect((await as("mentor.kenya").request("/exports/donors/demo-donor-a/2019")).status).toBe(403);
      const res = await manager.request("/exports/donors/demo-donor-b/2019");
      expect(res.status).toBe(200);
      expect(parseCsv((await res.text()).replace(/^\uFEFF/, "")).map((row) => row[0])).toEqual(["id", ids.b]);
      expect((await manager.request("/exports/donors/nobody/2019")).status).toBe(404);
    });
  });

  it("describes both routes in the OpenAPI document", async () => {
    const doc = await (await manager.request("/openapi.json")).json();
    expect(doc.paths["/exports/activities/{year}"].get.responses["200"].content).toHaveProperty(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(doc.paths["/exports/donors/{donorId}/{year}"].get.tags).toEqual(["Exports"]);
  });
});
