// A headline figure as the annual report prints it, kept apart from the activities because it need not be their sum.
import { z } from "zod";
import { SourceReferenceSchema } from "./activity";
import { BilingualTextSchema, IdSchema, RecordMetaSchema, ShortTextSchema, StorableNumberSchema } from "./common";
import { CountQualifierSchema } from "./vocabulary";

export const PUBLISHED_INDICATORS = [
  "practitioners_trained",
  "countries_reached",
  "mentors",
  "forensic_labs",
  "knowledge_portal_laws",
  "knowledge_portal_case_law",
  "social_media_impressions",
  "social_media_followers",
  "social_media_posts_per_month",
  "universities_reached",
  "students_reached",
] as const;
export const PublishedIndicatorSchema = z.enum(PUBLISHED_INDICATORS).meta({ id: "PublishedIndicator" });
export type PublishedIndicator = z.infer<typeof PublishedIndicatorSchema>;

export const PublishedFigureSchema = z
  .strictObject({
    id: IdSchema.meta({ example: "2019-p18-practitioners-trained" }),
    year: z.int().min(2000).max(2100).meta({ description: "Reporting year the figure is published for" }),
    indicator: PublishedIndicatorSchema,
    value: StorableNumberSchema.min(0).meta({ example: 1817 }),
    qualifier: CountQualifierSchema,
    unit: ShortTextSchema.meta({ example: "criminal justice practitioners" }),
    label: BilingualTextSchema,
    source: SourceReferenceSchema,
    note: BilingualTextSchema.optional().meta({
      description: "A manager's note on how the published figure and the records' figure relate",
    }),
  })
  .meta({ id: "PublishedFigure" });
export type PublishedFigure = z.infer<typeof PublishedFigureSchema>;

export const PublishedFigureRecordSchema = z
  .object({ ...PublishedFigureSchema.shape, ...RecordMetaSchema.shape })
  .meta({ id: "PublishedFigureRecord" });
