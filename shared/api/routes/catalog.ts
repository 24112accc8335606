// The routes of mentors, donors, labs, published figures and the report's texts.
import { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { CountryCodeSchema } from "../../domain/common";
import { DonorInputSchema, DonorSchema } from "../../domain/donor";
import { LabInputSchema, LabSchema } from "../../domain/lab";
import { MentorInputSchema, MentorSchema } from "../../domain/mentor";
import { PublishedFigureRecordSchema, PublishedFigureSchema } from "../../domain/published-figure";
import { ReportTextsInputSchema, ReportTextsSchema } from "../../domain/report-texts";
import type { AppEnv, Deps } from "../../http/context";
import {
  donorCatalog,
  labCatalog,
  mentorCatalog,
  publishedFigureCatalog,
  reportTextsCatalog,
} from "../../use-cases/catalog";
import { validationHook } from "../errors";
import { entityRoutes } from "./entities";

export function mentorRoutes(deps: Deps) {
  return entityRoutes({
    deps,
    catalog: mentorCatalog,
    path: "mentors",
    tag: "Mentors",
    createSchema: MentorInputSchema,
    replaceSchema: MentorInputSchema,
    toInput: (_id, body) => body,
    recordSchema: MentorSchema,
    example: {
      name: "Cybercrime mentor, Eastern Africa",
      dutyStation: { city: "Nairobi", country: "KEN" },
      countriesCovered: ["KEN", "UGA", "TZA"],
      themes: ["investigations_forensics", "cryptocurrency_darknet"],
      period: { start: "2019-01-01" },
    },
  });
}

const DonorReplaceSchema = DonorInputSchema.omit({ id: true }).meta({ id: "DonorReplace" });

export function donorRoutes(deps: Deps) {
  return entityRoutes({
    deps,
    catalog: donorCatalog,
    path: "donors",
    tag: "Donors",
    createSchema: DonorInputSchema,
    replaceSchema: DonorReplaceSchema,
    toInput: (id, body) => ({ id, ...body }),
    recordSchema: DonorSchema,
    example: { id: "canada", name: "Government of Canada" },
  });
}

export function labRoutes(deps: Deps) {
  return entityRoutes({
    deps,
    catalog: labCatalog,
    path: "labs",
    tag: "Labs",
    createSchema: LabInputSchema,
    replaceSchema: LabInputSchema,
    toInput: (_id, body) => body,
    recordSchema: LabSchema,
    example: {
      country: "LAO",
      institution: "Lao police forces: digital forensics laboratory",
      type: "national_lab",
      year: 2019,
      activityIds: ["2019-p21-lao-first-digital-forensics-lab"],
    },
    listFilter: z.object({ country: CountryCodeSchema.optional() }),
  });
}

const FigureReplaceSchema = PublishedFigureSchema.omit({ id: true }).meta({ id: "PublishedFigureReplace" });

export function publishedFigureRoutes(deps: Deps) {
  return entityRoutes({
    deps,
    catalog: publishedFigureCatalog,
    path: "published-figures",
    tag: "PublishedFigures",
    createSchema: PublishedFigureSchema,
    replaceSchema: FigureReplaceSchema,
    toInput: (id, body) => ({ id, ...body }),
    recordSchema: PublishedFigureRecordSchema,
    example: {
      id: "2019-p18-practitioners-trained",
      year: 2019,
      indicator: "practitioners_trained",
      value: 1817,
      qualifier: "exact",
      unit: "criminal justice practitioners",
      label: { en: "Criminal justice practitioners trained by UNODC during the reporting period" },
      source: { document: "E/CN.15/2020/12", paragraph: "18" },
    },
    listFilter: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
  });
}

/** A year's report texts, stored under the year ("/report-texts/2019"). */
export function reportTextsRoutes(deps: Deps) {
  return entityRoutes({
    deps,
    catalog: reportTextsCatalog,
    path: "report-texts",
    tag: "ReportTexts",
    createSchema: ReportTextsInputSchema,
    replaceSchema: ReportTextsInputSchema,
    toInput: (_id, body) => body,
    recordSchema: ReportTextsSchema,
    example: {
      year: 2019,
      symbol: "E/CN.15/2020/12",
      texts: {
        en: {
          titleBlock: { distribution: "Distr.: General", session: "Twenty-ninth session" },
          blocks: {
            "investigations-forensics:opening": [
              "During the reporting period, UNODC trained {figure:practitioners_trained} criminal justice practitioners from {figure:countries_reached} countries.",
            ],
          },
        },
      },
      groups: [{ activities: ["2019-p15-asean-national-cybercrime-round-tables"], place: "capacity-building" }],
    },
  });
}

/** The five catalogs' routes, one group of the API (shared/api/route-groups.ts). */
export function catalogRoutes(deps: Deps) {
  const catalog = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const routes of [mentorRoutes, donorRoutes, labRoutes, publishedFigureRoutes, reportTextsRoutes]) {
    catalog.route("/", routes(deps));
  }
  return catalog;
}
