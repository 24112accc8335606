// The report's own text for a year, apart from what the records tell: the title block, the summary,
// the introduction, the mandates it quotes, the Expert Group's process, the conclusions. A manager
// writes it on the report page, in each language, starting from the previous year's.
import { z } from "zod";
import { LANGUAGES, type Language } from "../language/languages";
import { IdSchema, RecordMetaSchema, ShortTextSchema, uniqueList } from "./common";

/** The report's sections and subsections, where text and activities are told (E/CN.15/2020/12). */
export const REPORT_PLACES = [
  "capacity-building",
  "investigations-forensics",
  "cryptocurrency-darknet",
  "child-sexual-exploitation",
  "terrorist-use-of-internet",
  "international-cooperation",
  "information-sharing",
  "research-analysis",
  "prevention",
  "expert-group",
] as const;
export const ReportPlaceSchema = z.enum(REPORT_PLACES).meta({ id: "ReportPlace" });
export type ReportPlace = z.infer<typeof ReportPlaceSchema>;

/**
 * Where a text goes: the summary, I. Introduction, II, and for each place its opening (the
 * paragraphs before the activities: mandates quoted, general paragraphs) and its closing (after them).
 */
export const TEXT_BLOCKS = [
  "summary",
  "introduction",
  "developments",
  ...REPORT_PLACES.flatMap((place) => [`${place}:opening`, `${place}:closing`] as const),
] as const;
export const TextBlockSchema = z.enum(TEXT_BLOCKS).meta({ id: "ReportTextBlock" });
export type TextBlock = z.infer<typeof TextBlockSchema>;

/** One paragraph. `{figure:practitioners_trained}` and `{figure:countries_reached}` are filled from the records. */
const ParagraphTextSchema = z.string().trim().min(1).max(10_000);

export const TitleBlockSchema = z
  .strictObject({
    /** « Distr. générale », "Distr.: General". */
    distribution: ShortTextSchema.optional(),
    /** The document's date as printed: « 19 février 2020 ». */
    date: ShortTextSchema.optional(),
    /** « Original : anglais ». */
    original: ShortTextSchema.optional(),
    /** « Commission pour la prévention du crime et la justice pénale », then the session and its place. */
    body: ShortTextSchema.optional(),
    session: ShortTextSchema.optional(),
    /** « Point 7 de l’ordre du jour provisoire* », then the item's title. */
    agendaItem: ShortTextSchema.optional(),
    agendaTitle: z.string().trim().min(1).max(1_000).optional(),
    /** The report's title: « Rapport du Secrétaire général » is its kind, the title what it is about. */
    kind: ShortTextSchema.optional(),
    title: z.string().trim().min(1).max(1_000).optional(),
  })
  .meta({ id: "ReportTitleBlock" });
export type TitleBlock = z.infer<typeof TitleBlockSchema>;

export const LanguageTextsSchema = z
  .strictObject({
    titleBlock: TitleBlockSchema.default({}),
    blocks: z.partialRecord(TextBlockSchema, z.array(ParagraphTextSchema).max(40)).default({}),
  })
  .meta({ id: "ReportLanguageTexts" });
export type LanguageTexts = z.infer<typeof LanguageTextsSchema>;

/** Activities a manager has the report tell in one paragraph, and where (by default, where most belong). */
export const ToldTogetherSchema = z
  .strictObject({
    activities: uniqueList(IdSchema, 60).min(1),
    place: ReportPlaceSchema.optional(),
  })
  .meta({ id: "ToldTogether" });
export type ToldTogether = z.infer<typeof ToldTogetherSchema>;

const textsByLanguage = Object.fromEntries(
  LANGUAGES.map((language) => [language, LanguageTextsSchema.optional()]),
) as Record<Language, z.ZodOptional<typeof LanguageTextsSchema>>;

export const ReportTextsInputSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100),
    /** The document symbol, the same in every language: "E/CN.15/2020/12". */
    symbol: ShortTextSchema.optional(),
    texts: z.strictObject(textsByLanguage).default({}),
    groups: z.array(ToldTogetherSchema).max(200).default([]),
  })
  .superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.groups.forEach((group, index) => {
      group.activities.forEach((id, at) => {
        const first = seen.get(id);
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["groups", index, "activities", at],
            message: `"${id}" is already told in group ${first}`,
          });
        }
        seen.set(id, index);
      });
    });
  })
  .meta({ id: "ReportTextsInput" });
export type ReportTextsInput = z.infer<typeof ReportTextsInputSchema>;

/** Stored under the year as its id ("2019"). */
export const ReportTextsSchema = z
  .object({ ...ReportTextsInputSchema.shape, id: z.string(), ...RecordMetaSchema.shape })
  .meta({ id: "ReportTexts" });
export type ReportTexts = z.infer<typeof ReportTextsSchema>;

/** A report text's placeholders: the headline measures, so a written sentence and its figures cannot disagree. */
export const TEXT_FIGURES = ["practitioners_trained", "countries_reached"] as const;
export type TextFigure = (typeof TEXT_FIGURES)[number];
