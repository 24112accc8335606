import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { totalsShards } from "../../../shared/data/aggregates";
import { model } from "../../../shared/data/model";
import { CHECKSUM_CELLS } from "../../../shared/domain/record-checksum";
import { testApp } from "../../support/database";
import { sendJson, validActivity } from "../../support/requests";

describe("the annual report, kept while its records stay the same", async () => {
  const { app: manager, as, db } = await testApp();
  const kenya = as("mentor.kenya");

  async function logged(year: number, narrative: string, validate: boolean) {
    const body = {
      ...validActivity,
      startDate: `${year}-06-10`,
      endDate: `${year}-06-14`,
      narrative: { en: narrative, fr: "Formation." },
    };
    const created = await (await sendJson(kenya, "POST", "/activities", body)).json();
    await sendJson(kenya, "POST", `/activities/${created.id}/status`, { status: "submitted", version: 1 });
    if (validate) {
      await sendJson(manager, "POST", `/activities/${created.id}/status`, { status: "validated", version: 2 });
    }
    return created.id as string;
  }

  const report = async (year: number, preview = false) => {
    const res = await manager.request(`/reports/annual/${year}?format=md&lang=en${preview ? "&preview=true" : ""}`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it("tells of a validated record's corrected narrative, though nothing it counts changed", async () => {
    const id = await logged(2021, "Hands-on tracing of ransomware payments.", true);
    expect(await report(2021)).toContain("Hands-on tracing of ransomware payments.");
    const stored = await (await manager.request(`/activities/${id}`)).json();
    const corrected = await sendJson(manager, "PUT", `/activities/${id}`, {
      ...stored,
      narrative: { ...stored.narrative, en: "Hands-on tracing of mixer payments." },
    });
    expect(corrected.status).toBe(200);
    const after = await report(2021);
    expect(after).toContain("Hands-on tracing of mixer payments.");
    expect(after).not.toContain("ransomware");
  });

  it("adds a submitted record to the preview read before, and leaves the official report without it", async () => {
    await logged(2022, "Validated first.", true);
    await report(2022);
    const preview = await report(2022, true);
    expect(preview).not.toContain("Submitted later.");
    await logged(2022, "Submitted later.", false);
    expect(await report(2022, true)).toContain("Submitted later.");
    expect(await report(2022)).not.toContain("Submitted later.");
  });

  it("builds the report anew while the totals do not account for its records (written before their checksum)", async () => {
    const id = await logged(2023, "Before the checksum.", true);
    // Totals without a checksum, as a table written before it holds them until it is repaired.
    for (const Key of totalsShards(db, 2023, "validated")) {
      await db.client.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key,
          UpdateExpression: "REMOVE #a, #b",
          ExpressionAttributeNames: { "#a": CHECKSUM_CELLS[0], "#b": CHECKSUM_CELLS[1] },
        }),
      );
    }
    expect(await report(2023)).toContain("Before the checksum.");
    // A change that leaves the totals as they are: only a report built at this request can show it.
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: model.activity.key.of({ id }),
        UpdateExpression: "SET #narrative.#en = :text",
        ExpressionAttributeNames: { "#narrative": "narrative", "#en": "en" },
        ExpressionAttributeValues: { ":text": "Read at this request." },
      }),
    );
    expect(await report(2023)).toContain("Read at this request.");
  });
});
