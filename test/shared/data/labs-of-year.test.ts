import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { keyLabsOfYear, labs, labsOfYear } from "../../../shared/data/catalog";
import { INDEXES, model } from "../../../shared/data/model";
import { testDatabase } from "../../support/database";

const db = await testDatabase();
const actor = { id: "test" };

describe("the labs of a year", () => {
  it("reads only the labs set up that year, by its key", async () => {
    const nairobi = await labs.create(
      db,
      { country: "KEN", institution: "DCI Lab", type: "national_lab", setUpOn: "2019-05-02", activityIds: [] },
      actor,
    );
    const dakar = await labs.create(
      db,
      { country: "SEN", institution: "Unité régionale", type: "regional_unit", year: 2019, activityIds: [] },
      actor,
    );
    await labs.create(
      db,
      { country: "SLV", institution: "Laboratorio", type: "national_lab", setUpOn: "2020-01-10", activityIds: [] },
      actor,
    );
    await labs.create(db, { country: "GTM", institution: "Sin fecha", type: "national_lab", activityIds: [] }, actor);
    expect((await labsOfYear(db, 2019)).map((lab) => lab.id).sort()).toEqual([nairobi.id, dakar.id].sort());
    expect((await labsOfYear(db, 2020)).map((lab) => lab.institution)).toEqual(["Laboratorio"]);
  });

  it("puts a lab saved before the year's key under it, once, as it was", async () => {
    const old = await labs.create(
      db,
      { country: "UGA", institution: "Old Lab", type: "national_lab", setUpOn: "2021-03-01", activityIds: [] },
      actor,
    );
    // As a table written before the key holds it.
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: model.lab.key.of(old),
        UpdateExpression: "REMOVE #pk, #sk",
        ExpressionAttributeNames: { "#pk": INDEXES.byYear.partition, "#sk": INDEXES.byYear.sort },
      }),
    );
    expect(await labsOfYear(db, 2021)).toEqual([]);
    expect(await keyLabsOfYear(db, 2021)).toBe(1);
    expect(await labsOfYear(db, 2021)).toEqual([old]);
    expect(await keyLabsOfYear(db, 2021)).toBe(0);
  });
});
