// The routes of mentors, donors and labs.
import { z } from "zod";
import { donors, labs, labsInCountry, mentors } from "../../data/catalog";
import { CountryCodeSchema } from "../../domain/common";
import { DonorInputSchema, DonorSchema } from "../../domain/donor";
import { LabInputSchema, LabSchema } from "../../domain/lab";
import { MentorInputSchema, MentorSchema } from "../../domain/mentor";
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
