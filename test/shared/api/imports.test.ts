import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { getAlpha3Codes } from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { CELLS_PER_UPDATE, getTotals } from "../../../shared/data/aggregates";
import { getHistory } from "../../../shared/data/audit";
import { checkTotals } from "../../../shared/data/recompute-totals";
import { isCountryCode } from "../../../shared/domain/countries";
import { ACTIVITY_KINDS, THEMES } from "../../../shared/domain/vocabulary";
import { type Client, testApp } from "../../support/database";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TEN_ERRORS = readFileSync(resolve(import.meta.dirname, "../../fixtures/import-ten-errors.csv"));

type Report = {
  rows: number;
  create: { row: number; id: string; title: string }[];
  update: { row: number; id: string }[];
  unchanged: { row: number; id: string }[];
  problems: { row?: number; column?: string; message: string; text: string }[];
  committed: boolean;
};

function upload(client: Client, body: BodyInit, query = "", type = "text/csv") {
  return client.request(`/imports?${query}`, { method: "POST", headers: { "content-type": type }, body });
}

type Job = {
  id: string;
  status: string;
  rows: number;
  written: number;
  toWrite: number;
  report?: Report;
  error?: string;
};

/** Uploads a file, then polls its job, as the page does, until it is done; its report. */
async function imported(client: Client, body: BodyInit, query = "", type = "text/csv"): Promise<Report> {
  const res = await upload(client, body, query, type);
  expect(res.status).toBe(202);
  const location = res.headers.get("location") as string;
  for (;;) {
    const job = (await (await client.request(location)).json()) as Job;
    if (job.status === "done") return job.report as Report;
    expect(job.status, job.error).not.toBe("failed");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const csv = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;
const HEADER = "Reference,Kind,Theme,Title,Start date,End date,Countries,Donors,Participants,Women,Men";
const row = (reference: string, title: string, extra = "KEN; UGA,Demo donor A,30,12,18") =>
  `${reference},training,cryptocurrency_darknet,${title},2019-06-10,2019-06-14,${extra}`;

async function workbook(rows: (string | number | null | { formula: string })[][], merge?: string) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Activities");
  for (const cells of rows) sheet.addRow(cells);
  if (merge) sheet.mergeCells(merge);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("spreadsheet import", async () => {
  const { app: manager, as, db } = await testApp();
  const kenya = as("mentor.kenya");

  it("lists every problem of a file by row and column, and writes nothing", async () => {
    const report = await imported(manager, TEN_ERRORS, "name=ten-errors.csv");
    const texts = report.problems.map((problem) => problem.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "row 2, Countries: 'Kenja' is not a country — did you mean Kenya (KEN)?",
        "row 3, Start date: 43626 looks like an Excel serial date: type the date as text, YYYY-MM-DD",
        "row 4, Participants: 'about 30' is not a number: type the figure alone (its qualifier has its own column)",
        "row 5, Women: the parts add up to 40, more than the total of 30",
        "row 6, Participants: a formula (=SUM(A1:A3)): type its value instead",
        "row 7, Kind: 'trainng' is not a kind of activity — did you mean Training (training)?",
        "row 8, End date: ends before it starts",
        "row 9, Title: is required",
        "row 10, Donors: 'Demo donr A' is not a donor — did you mean Demo donor A (demo-donor-a)?",
        "row 11, Start date: '10/06/2019' is not a date as YYYY-MM-DD",
        "row 12, Reference: 'KEN-10' is already the reference of row 11",
      ]),
    );
    expect(report.create.map((entry) => entry.id)).toEqual(["KEN-13"]);
    const refused = await imported(manager, TEN_ERRORS, "name=ten-errors.csv&commit=true");
    expect(refused).toMatchObject({ committed: false, create: [{ id: "KEN-13" }] });
    expect((await manager.request("/activities/KEN-13")).status).toBe(404);
  });

  it("says the problems in the reader's language, French with its no-break spaces", async () => {
    const french = (await imported(manager, TEN_ERRORS, "lang=fr")).problems.map((p) => p.text);
    expect(french).toEqual(
      expect.arrayContaining([
        "ligne 2, Pays\u00a0: «\u00a0Kenja\u00a0» n’est pas un pays — vouliez-vous dire Kenya (KEN)\u202f?",
        "ligne 5, Femmes\u00a0: les parties font 40, plus que le total de 30",
        "ligne 8, Date de fin\u00a0: se termine avant de commencer",
        "ligne 9, Titre\u00a0: à remplir",
        "ligne 12, Référence\u00a0: «\u00a0KEN-10\u00a0» est déjà la référence de la ligne 11",
      ]),
    );
    const spanish = (await imported(manager, TEN_ERRORS, "lang=es")).problems.map((p) => p.text);
    expect(spanish).toEqual(
      expect.arrayContaining([
        "fila 2, Países: “Kenja” no es un país — ¿quiso decir Kenya (KEN)?",
        "fila 6, Participantes: una fórmula (=SUM(A1:A3)): escriba su valor en su lugar",
        "fila 7, Tipo: “trainng” no es un tipo de actividad — ¿quiso decir Capacitación (training)?",
      ]),
    );
    // No English is left in a line: every sentence of the file's problems is said in French or Spanish.
    for (const line of [...french, ...spanish]) expect(line).not.toMatch(/\b(is|not|the|did you mean|row)\b/);
  });

  it("creates the rows on commit, then finds the same file unchanged, and updates a changed row", async () => {
    const file = csv(HEADER, row("IMP-1", "Tracing one"), row("IMP-2", "Tracing two", "SLV,,20,,"));
    const dry = await imported(manager, file, "name=a.csv");
    expect(dry).toMatchObject({ committed: false, problems: [] });
    expect(dry.create.map((entry) => entry.id)).toEqual(["IMP-1", "IMP-2"]);
    expect((await manager.request("/activities/IMP-1")).status).toBe(404);

    const done = await imported(manager, file, "name=a.csv&commit=true");
    expect(done.committed).toBe(true);
    const one = await (await manager.request("/activities/IMP-1")).json();
    expect(one).toMatchObject({
      status: "draft",
      countries: ["KEN", "UGA"],
      donors: ["demo-donor-a"],
      participants: { total: 30, bySex: { women: 12, men: 18 } },
    });
    expect((await getHistory(db, "Activity", "IMP-1")).map((entry) => entry.action)).toEqual(["import"]);
    expect((await checkTotals(db, 2019)).drift).toEqual([]);

    const again = await imported(manager, file, "name=a.csv&commit=true");
    expect(again).toMatchObject({ committed: true, create: [], update: [] });
    expect(again.unchanged.map((entry) => entry.id)).toEqual(["IMP-1", "IMP-2"]);

    const changed = csv(HEADER, row("IMP-1", "Tracing one (corrected)"), row("IMP-2", "Tracing two", "SLV,,20,,"));
    const update = await imported(manager, changed, "name=a.csv&commit=true");
    expect(update.update.map((entry) => entry.id)).toEqual(["IMP-1"]);
    const corrected = await (await manager.request("/activities/IMP-1")).json();
    expect(corrected).toMatchObject({ title: "Tracing one (corrected)", version: 2 });
    expect((await getHistory(db, "Activity", "IMP-1")).map((entry) => entry.action)).toEqual(["import", "import"]);

    const stale = csv(`${HEADER},Version`, `${row("IMP-1", "Tracing one again")},1`);
    const refused = await imported(manager, stale, "name=a.csv");
    expect(refused.problems.map((p) => p.text)).toEqual([
      "row 2: record IMP-1 is at version 2, not 1: someone changed it since the file was made",
    ]);
    expect((await checkTotals(db, 2019)).drift).toEqual([]);
  });

  it("submits a batch of varied activities whose totals change more cells than one update may name", async () => {
    // DynamoDB refuses an update expression over 4 KB, about 300 cells: these rows change more.
    const countries = Object.keys(getAlpha3Codes()).filter(isCountryCode);
    const rows = Array.from({ length: 250 }, (_, index) =>
      [
        `VARIED-${index}`,
        ACTIVITY_KINDS[index % ACTIVITY_KINDS.length],
        THEMES[index % THEMES.length],
        `Varied activity ${index}`,
        "2017-05-10",
        "2017-05-11",
        `${countries[index % countries.length]}; ${countries[(index + 1 + (index % 5)) % countries.length]}`,
        "Demo donor A",
        20 + (index % 7),
        10,
        10,
      ].join(","),
    );
    const done = await imported(manager, csv(HEADER, ...rows), "name=varied.csv&commit=true&submit=true");
    expect(done).toMatchObject({ committed: true, problems: [] });
    const totals = await getTotals(db, 2017, ["submitted"]);
    expect(Object.keys(totals).length).toBeGreaterThan(CELLS_PER_UPDATE);
    expect(totals.activities).toBe(250);
    expect((await checkTotals(db, 2017)).drift).toEqual([]);
  });

  it("knows rows without a reference by the file's name and row number", async () => {
    const file = csv(HEADER, row("", "No reference"));
    const first = await imported(manager, file, "name=b.csv&commit=true&submit=true");
    const [created] = first.create;
    expect(created?.id).toMatch(/^imp-/);
    expect((await (await manager.request(`/activities/${created?.id}`)).json()).status).toBe("submitted");
    const second = await imported(manager, file, "name=b.csv&commit=true");
    expect(second.unchanged.map((entry) => entry.id)).toEqual([created?.id]);
    expect((await checkTotals(db, 2019)).drift).toEqual([]);
  });

  it("makes a mentor the mentor of record of the rows they import, and refuses donors", async () => {
    const file = csv(HEADER, row("MENTOR-1", "By the mentor"));
    expect((await imported(kenya, file, "commit=true")).committed).toBe(true);
    expect((await (await kenya.request("/activities/MENTOR-1")).json()).mentorId).toBe("mentor-kenya");
    expect((await upload(as("donor.a"), file)).status).toBe(403);
  });

  it("moves a record to the mentor a manager's re-import names, and keeps it where the column is empty", async () => {
    const header = `${HEADER},Mentor`;
    const first = csv(header, `${row("MOVE-1", "Moved")},mentor-kenya`);
    expect((await imported(manager, first, "commit=true")).committed).toBe(true);
    const moved = csv(header, `${row("MOVE-1", "Moved")},mentor-el-salvador`);
    const dry = await imported(manager, moved);
    expect(dry.update.map((entry) => entry.id)).toEqual(["MOVE-1"]);
    expect((await imported(manager, moved, "commit=true")).committed).toBe(true);
    expect(await (await manager.request("/activities/MOVE-1")).json()).toMatchObject({
      mentorId: "mentor-el-salvador",
      version: 2,
    });
    const history = await getHistory(db, "Activity", "MOVE-1");
    expect(history.map((entry) => entry.action)).toEqual(["import", "import"]);
    expect(history[1]?.changes).toContainEqual({
      field: "mentorId",
      before: "mentor-kenya",
      after: "mentor-el-salvador",
    });
    const empty = csv(header, `${row("MOVE-1", "Moved")},`);
    const unchanged = await imported(manager, empty, "commit=true");
    expect(unchanged.unchanged.map((entry) => entry.id)).toEqual(["MOVE-1"]);
    // A mentor cannot take back a record that is now another mentor's.
    const byKenya = await imported(kenya, csv(header, `${row("MOVE-1", "Moved")},mentor-kenya`));
    expect(byKenya.problems.map((problem) => problem.text)).toEqual([
      "row 2: record MOVE-1: mentors change only the activities they logged",
    ]);
    expect((await checkTotals(db, 2019)).drift).toEqual([]);
  });

  it("reads an Excel file and refuses formulas and merged cells in it", async () => {
    const header = HEADER.split(",");
    const good = await workbook([
      header,
      [
        "XL-1",
        "training",
        "cryptocurrency_darknet",
        "From Excel",
        "2019-06-10",
        "2019-06-14",
        "KEN",
        null,
        10,
        null,
        null,
      ],
    ]);
    const read = await imported(manager, good, "", XLSX);
    expect(read.problems).toEqual([]);
    expect(read.create.map((entry) => entry.id)).toEqual(["XL-1"]);
    const formula = await workbook([
      header,
      [
        "XL-2",
        "training",
        "cryptocurrency_darknet",
        "F",
        "2019-06-10",
        "2019-06-14",
        "KEN",
        null,
        { formula: "5*2" },
        null,
        null,
      ],
    ]);
    expect((await imported(manager, formula, "", XLSX)).problems[0]?.text).toBe(
      "row 2, Participants: a formula (=5*2): type its value instead",
    );
    const merged = await workbook(
      [header, ["XL-3", "training", "cryptocurrency_darknet", "M", "2019-06-10", "2019-06-14", "KEN"]],
      "D2:E2",
    );
    expect((await imported(manager, merged, "", XLSX)).problems[0]?.text).toBe("merged cells (D2:E2): unmerge them");
  });

  it("refuses files that are not spreadsheets, too big, with wrong columns or too many rows", async () => {
    const problems = async (body: BodyInit, type = "text/csv") =>
      (await imported(manager, body, "", type)).problems.map((p) => p.text);
    expect(
      await problems(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00]), "application/octet-stream"),
    ).toEqual(["the file is neither an Excel workbook (.xlsx) nor CSV in UTF-8"]);
    expect(await problems(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), XLSX)).toEqual([
      "the file is not an Excel workbook Excel can open (.xlsx)",
    ]);
    expect(await problems(csv("Kind,Colour,Title", "training,red,T"))).toEqual([
      "column 2, 'Colour', is not a column of the template",
      "missing columns: Theme, Start date, End date",
    ]);
    const many = csv(HEADER, ...Array.from({ length: 20_001 }, (_, i) => row(`R-${i}`, "Many")));
    expect(await problems(many)).toEqual([
      "the file has 20001 rows; an import takes at most 20000: split it into several files",
    ]);
    const big = await upload(manager, new Uint8Array(4 * 1024 * 1024 + 1), "", XLSX);
    expect(big.status).toBe(413);
    expect((await upload(manager, "{}", "", "application/json")).status).toBe(415);
  });

  it("offers a template generated from the columns, with lists and a sheet about each column", async () => {
    const res = await manager.request("/imports/template?lang=fr");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const [activities, about, lists] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(activities.name).toBe("Activités");
    const headers = (activities.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(["Référence", "Type", "Thème", "Titre", "Date de début", "Date de fin"]);
    expect(headers).toEqual(expect.arrayContaining(["Pays", "Donateurs", "Femmes", "Juges", "Récit (français)"]));
    const kind = activities.getCell("B2").dataValidation;
    expect(kind).toMatchObject({ type: "list", formulae: ["'Listes'!$A$2:$A$12"] });
    const listValues = (lists.getColumn(1).values as string[]).slice(2);
    expect(listValues).toContain("Formation (training)");
    expect((lists.getRow(1).values as string[]).slice(1)).toEqual(
      expect.arrayContaining(["Pays", "Donateurs", "Mentor", "Nombre connu comme"]),
    );
    expect(about.getCell("A1").value).toBe("Colonne");
    expect(about.rowCount).toBeGreaterThan(headers.length);
    const csvTemplate = await (await manager.request("/imports/template?format=csv&lang=en")).text();
    expect(csvTemplate.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(
      /^Reference,Kind,Theme,Title,Start date,End date,/,
    );
  });
});
