// Field schemas shared by every record: dates, codes, text in each language and record metadata.
import { z } from "zod";
import { LANGUAGES, type Language } from "../language/languages";
import { isCountryCode, isRegionCode } from "./countries";
import { ID_PATTERN, ID_RULE } from "./ids";

export const IsoDateSchema = z.iso.date().meta({ example: "2019-06-12" });

export const CountryCodeSchema = z
  .string()
  .refine(isCountryCode, {
    error: (issue) => `unknown ISO 3166-1 alpha-3 country code "${issue.input}"`,
    params: { issue: "unknown_country" },
  })
  .meta({ id: "CountryCode", description: "ISO 3166-1 alpha-3 code", example: "KEN" });

export const RegionCodeSchema = z
  .string()
  .refine(isRegionCode, {
    error: (issue) => `unknown UN M49 region code "${issue.input}"`,
    params: { issue: "unknown_region" },
  })
  .meta({ id: "RegionCode", description: "UN M49 region or sub-region code", example: "014" });

// Control characters (C0 and C1) have no place in a record: a NUL or an escape sequence would reach
// the report, the CSV and a terminal raw. Long texts keep their tabs and line breaks.
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINES = /[^\P{Cc}\t\n\r]/u;
const controlAt = (text: string, pattern: RegExp) => {
  const index = text.search(pattern);
  return `holds the control character U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0")} at position ${index + 1}`;
};

export const ShortTextSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((text) => !CONTROL.test(text), {
    error: (issue) => controlAt(issue.input as string, CONTROL),
    params: { issue: "control_character" },
  });
export const LongTextSchema = z
  .string()
  .trim()
  .min(1)
  .max(10_000)
  .refine((text) => !CONTROL_BUT_LINES.test(text), {
    error: (issue) => controlAt(issue.input as string, CONTROL_BUT_LINES),
    params: { issue: "control_character" },
  });

/**
 * A number DynamoDB stores and gives back exactly, as JavaScript reads it: within the safe integers
 * (the SDK refuses larger ones) and, apart from zero, no smaller than DynamoDB's 1e-130.
 */
export const StorableNumberSchema = z
  .number()
  .min(-Number.MAX_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER)
  .refine((value) => value === 0 || Math.abs(value) >= 1e-130, {
    error: "is too close to zero to be stored (use 0)",
    params: { issue: "too_near_zero" },
  });

/** One optional text per language: `{ fr, en }` as stored; a new language adds a key. */
const textByLanguage = Object.fromEntries(LANGUAGES.map((language) => [language, LongTextSchema.optional()])) as Record<
  Language,
  z.ZodOptional<typeof LongTextSchema>
>;

/** "French, English or Spanish": the languages named in the order of LANGUAGES, when a message needs them. */
function anyLanguage(): string {
  const names = new Intl.DisplayNames(["en"], { type: "language" });
  return new Intl.ListFormat("en", { type: "disjunction" }).format(
    LANGUAGES.map((language) => names.of(language) ?? language),
  );
}

export const BilingualTextSchema = z
  .strictObject(textByLanguage)
  .refine((text) => LANGUAGES.some((language) => text[language] !== undefined), {
    error: () => `give the text in at least one of ${anyLanguage()}`,
    params: { issue: "one_language" },
  })
  .meta({ id: "BilingualText" });
export type BilingualText = z.infer<typeof BilingualTextSchema>;

export const IdSchema = z.string().regex(ID_PATTERN, ID_RULE);

export const VersionSchema = z.int().min(1).meta({ description: "Version the client last read" });

/** Fields the server owns on every stored record. */
export const RecordMetaSchema = z.object({
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/** Reject duplicates in a list of codes or ids, naming the duplicate. */
export function uniqueList<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        if (seen.has(value)) {
          ctx.addIssue({
            code: "custom",
            path: [index],
            message: `"${value}" is listed twice`,
            params: { issue: "listed_twice", value },
          });
        }
        seen.add(value);
      });
    });
}
