// The stores of mentors, donors and labs.
import { randomUUID } from "node:crypto";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { labContribution } from "../domain/aggregates";
import type { DonorInput } from "../domain/donor";
import type { LabInput } from "../domain/lab";
import { labYear } from "../domain/lab-year";
import type { MentorInput } from "../domain/mentor";
import type { PublishedFigure } from "../domain/published-figure";
import type { Database } from "./client";
import { entityStore, type Stored } from "./entities";
import { INDEXES, model, storedItem } from "./model";
import { queryPage } from "./query";
import { readPages } from "./read-pages";
import { toRecord } from "./transaction";

export const mentors = entityStore<MentorInput>({
  model: model.mentor,
  list: model.mentor.indexes.mentorsByName,
  label: "Mentor",
  idFor: () => randomUUID(),
  counted: "MENTOR",
});

export const donors = entityStore<DonorInput>({
  model: model.donor,
  list: model.donor.indexes.donorsByName,
  label: "Donor",
  idFor: (donor) => donor.id,
  counted: "DONOR",
});

export const labs = entityStore<LabInput>({
  model: model.lab,
  list: model.lab.indexes.labsByCountry,
  label: "Lab",
  idFor: () => randomUUID(),
  contribution: labContribution,
  references: (lab) =>
    lab.activityIds.map((id, index) => ({
      path: `activityIds.${index}`,
      key: model.activity.key.of({ id }),
      label: `activity "${id}"`,
    })),
});

/** Totals as a report published them, listed by year. */
export const publishedFigures = entityStore<PublishedFigure>({
  model: model.publishedFigure,
  list: model.publishedFigure.indexes.figuresByYear,
  label: "Published figure",
  idFor: (figure) => figure.id,
});

/** Sort-key prefix of one year's published figures in the byEntity index (figuresByYear, model.ts). */
export function figuresOfYear(year: number): string {
  return model.publishedFigure.indexes.figuresByYear.query({ year }).sortPrefix ?? "";
}

/** Sort-key prefix of the labs of one country in the byEntity index (labsByCountry, model.ts). */
export function labsInCountry(country: string): string {
  return model.lab.indexes.labsByCountry.query({ country }).sortPrefix ?? "";
}

/** The labs set up in a year, read by their year's key (labsOfYear, model.ts): what its report and totals count. */
export async function labsOfYear(db: Database, year: number): Promise<Stored<LabInput>[]> {
  const items = await readPages((page) => queryPage(db, model.lab.indexes.labsOfYear.query({ year }), page));
  return items.map(toRecord<Stored<LabInput>>);
}

/**
 * Puts the year's labs saved before labs had a year's key under it: each written again as it is,
 * on the condition that its version has not moved (a lab saved meanwhile has the key already).
 * Labs are few: every lab is read. Returns how many were put there.
 */
export async function keyLabsOfYear(db: Database, year: number): Promise<number> {
  const items = await readPages((page) => queryPage(db, model.lab.indexes.labsByCountry.query({}), page));
  const unkeyed = items.filter(
    (item) => labYear(item as LabInput) === year && item[INDEXES.byYear.partition] === undefined,
  );
  for (const item of unkeyed) {
    const lab = toRecord<Stored<LabInput>>(item);
    await db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: storedItem(model.lab, lab),
        ConditionExpression: "#version = :version",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: { ":version": lab.version },
      }),
    );
  }
  return unkeyed.length;
}
