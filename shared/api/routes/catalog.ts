// The routes of mentors, donors and labs.
import { z } from "zod";
import { donors, figuresOfYear, labs, labsInCountry, mentors, publishedFigures } from "../../data/catalog";
import { CountryCodeSchema } from "../../domain/common";
import { DonorInputSchema, DonorSchema } from "../../domain/donor";
import { LabInputSchema, LabSchema } from "../../domain/lab";
import { MentorInputSchema, MentorSchema } from "../../domain/mentor";
import { PublishedFigureRecordSchema, PublishedFigureSchema } from "../../domain/published-figure";
import type { Deps } from "../context";
import { entityRoutes } from "./entities";

export function mentorRoutes({ db }: Deps) {
  return entityRoutes({
    db,
    store: mentors,
    path: "mentors",
    tag: "Mentors",
    createSchema: MentorInputSchema,
    replaceSchema: MentorInputSchema,
    toInput: (_id, body) => body,
    recordSchema: MentorSchema,
  });
}

const DonorReplaceSchema = DonorInputSchema.omit({ id: true }).meta({ id: "DonorReplace" });

export function donorRoutes({ db }: Deps) {
  return entityRoutes({
    db,
    store: donors,
    path: "donors",
    tag: "Donors",
    createSchema: DonorInputSchema,
    replaceSchema: DonorReplaceSchema,
    toInput: (id, body) => ({ id, ...body }),
    recordSchema: DonorSchema,
  });
}

export function labRoutes({ db }: Deps) {
  return entityRoutes({
    db,
    store: labs,
    path: "labs",
    tag: "Labs",
    createSchema: LabInputSchema,
    replaceSchema: LabInputSchema,
    toInput: (_id, body) => body,
    recordSchema: LabSchema,
    listFilter: {
      schema: z.object({ country: CountryCodeSchema.optional() }),
      prefix: (query) => (typeof query.country === "string" ? labsInCountry(query.country) : undefined),
    },
  });
}

const FigureReplaceSchema = PublishedFigureSchema.omit({ id: true }).meta({ id: "PublishedFigureReplace" });

export function publishedFigureRoutes({ db }: Deps) {
  return entityRoutes({
    db,
    store: publishedFigures,
    path: "published-figures",
    tag: "PublishedFigures",
    createSchema: PublishedFigureSchema,
    replaceSchema: FigureReplaceSchema,
    toInput: (id, body) => ({ id, ...body }),
    recordSchema: PublishedFigureRecordSchema,
    listFilter: {
      schema: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      prefix: (query) => (typeof query.year === "number" ? figuresOfYear(query.year) : undefined),
    },
  });
}
