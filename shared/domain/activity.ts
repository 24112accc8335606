// An activity: one training, assessment, delivery or campaign as the annual report tells it.
import { z } from "zod";
import { LANGUAGES } from "../language/languages";
import {
  BilingualTextSchema,
  CountryCodeSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  RecordMetaSchema,
  RegionCodeSchema,
  ShortTextSchema,
  StorableNumberSchema,
  uniqueList,
} from "./common";
import type { FieldIssue } from "./errors";
import { PLACEHOLDER_HELP, parseNarrative, unknownPlaceholders } from "./narrative";
import {
  ActivityKindSchema,
  ActivityStatusSchema,
  CountQualifierSchema,
  PROFESSIONS,
  ThemeSchema,
  ValueQualifierSchema,
} from "./vocabulary";

const CountSchema = z.int().min(0).max(10_000_000);

export const MAX_COUNTRIES_PER_ACTIVITY = 60;
export const MAX_DONORS_PER_ACTIVITY = 10;

export const ParticipantsSchema = z
  .strictObject({
    total: CountSchema,
    qualifier: CountQualifierSchema.default("exact"),
    bySex: z
      .strictObject({
        women: CountSchema.optional(),
        men: CountSchema.optional(),
        notRecorded: CountSchema.optional(),
      })
      .optional(),
    byProfession: z.partialRecord(z.enum(PROFESSIONS), CountSchema).optional(),
    byCountry: z.record(CountryCodeSchema, CountSchema).optional().meta({
      description: "Participants from each country, where the source says (« plus de 200 juges salvadoriens »)",
    }),
  })
  .superRefine((participants, ctx) => {
    for (const part of ["bySex", "byProfession", "byCountry"] as const) {
      const counts = Object.values(participants[part] ?? {}) as number[];
      const sum = counts.reduce((a, b) => a + b, 0);
      if (sum > participants.total) {
        ctx.addIssue({
          code: "custom",
          path: [part],
          message: `the parts add up to ${sum}, more than the total of ${participants.total}`,
          params: { issue: "parts_over_total", sum, total: participants.total },
        });
      }
    }
  })
  .meta({ id: "Participants" });
export type Participants = z.infer<typeof ParticipantsSchema>;

export const OutcomeSchema = z
  .strictObject({
    indicator: ShortTextSchema.meta({ example: "Investigators in the cybercrime unit" }),
    baseline: StorableNumberSchema.optional(),
    value: StorableNumberSchema,
    qualifier: ValueQualifierSchema.default("exact"),
    unit: ShortTextSchema.meta({ example: "investigators" }),
    text: BilingualTextSchema.optional(),
  })
  .meta({ id: "Outcome" });
export type Outcome = z.infer<typeof OutcomeSchema>;

export const SourceReferenceSchema = z
  .strictObject({
    document: ShortTextSchema.meta({ example: "E/CN.15/2020/12" }),
    paragraph: ShortTextSchema.max(20).meta({ example: "18" }),
  })
  .meta({ id: "SourceReference" });

/** What a client sends to create or replace an activity. */
export const ActivityInputSchema = z
  .strictObject({
    kind: ActivityKindSchema,
    theme: ThemeSchema,
    title: ShortTextSchema.meta({ example: "Training on cryptocurrency investigations" }),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    year: z
      .int()
      .min(2000)
      .max(2100)
      .optional()
      .meta({ description: "Reporting year; the start date's year when omitted" }),
    countries: uniqueList(CountryCodeSchema, MAX_COUNTRIES_PER_ACTIVITY).default([]),
    countryCount: z
      .int()
      .min(1)
      .max(250)
      .optional()
      .meta({ description: "Number of beneficiary countries when the source does not name them all" }),
    region: RegionCodeSchema.optional(),
    place: ShortTextSchema.optional(),
    partners: uniqueList(ShortTextSchema, 50).default([]),
    donors: uniqueList(IdSchema, MAX_DONORS_PER_ACTIVITY).default([]),
    participants: ParticipantsSchema.optional(),
    topics: uniqueList(ShortTextSchema, 50).default([]),
    outcomes: z.array(OutcomeSchema).max(20).default([]),
    narrative: BilingualTextSchema.optional(),
    notes: LongTextSchema.optional(),
    source: SourceReferenceSchema.optional(),
  })
  .superRefine((activity, ctx) => {
    if (activity.endDate < activity.startDate) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: "ends before it starts",
        params: { issue: "ends_before_start" },
      });
    }
    for (const language of LANGUAGES) {
      const unknown = unknownPlaceholders(activity.narrative?.[language] ?? "");
      if (unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          path: ["narrative", language],
          message: `unknown placeholder ${unknown.join(", ")}; use ${PLACEHOLDER_HELP}`,
          params: { issue: "unknown_placeholder", value: unknown.join(", ") },
        });
      }
      for (const piece of parseNarrative(activity.narrative?.[language] ?? "")) {
        if (
          "placeholder" in piece &&
          piece.placeholder.field === "outcome" &&
          piece.placeholder.index > activity.outcomes.length
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["narrative", language],
            message: `${piece.source} refers to outcome ${piece.placeholder.index}, but there are ${activity.outcomes.length}`,
            params: { issue: "outcome_missing", value: piece.source, count: activity.outcomes.length },
          });
        }
      }
    }
    for (const country of Object.keys(activity.participants?.byCountry ?? {})) {
      if (!activity.countries.includes(country)) {
        ctx.addIssue({
          code: "custom",
          path: ["participants", "byCountry", country],
          message: `${country} is not one of the activity's countries`,
          params: { issue: "not_activity_country", value: country },
        });
      }
    }
    if (activity.countryCount !== undefined && activity.countryCount < activity.countries.length) {
      ctx.addIssue({
        code: "custom",
        path: ["countryCount"],
        message: `${activity.countryCount} is fewer than the ${activity.countries.length} countries listed`,
        params: { issue: "fewer_countries", value: activity.countryCount, count: activity.countries.length },
      });
    }
  })
  .meta({ id: "ActivityInput" });
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

export const ActivitySchema = z
  .object({
    ...ActivityInputSchema.shape,
    id: z.string(),
    year: z.int(),
    status: ActivityStatusSchema,
    mentorId: IdSchema.optional().meta({ description: "The mentor who logged it (set from the sign-in)" }),
    returnComment: LongTextSchema.optional().meta({ description: "Why a manager returned it to its mentor" }),
    ...RecordMetaSchema.shape,
  })
  .meta({ id: "Activity" });
export type Activity = z.infer<typeof ActivitySchema>;

/** An activity as a donor sees it: no internal notes, comments or staff identities. */
export const DonorActivitySchema = ActivitySchema.omit({
  notes: true,
  returnComment: true,
  createdBy: true,
  updatedBy: true,
  mentorId: true,
}).meta({ id: "DonorActivity" });
export type DonorActivity = z.infer<typeof DonorActivitySchema>;

/** What the API returns for an activity, depending on who asks. */
export const ActivityViewSchema = z.union([ActivitySchema, DonorActivitySchema]).meta({ id: "ActivityView" });

/** The reporting year: given explicitly, or the year the activity started. */
export function reportingYear(input: Pick<ActivityInput, "year" | "startDate">): number {
  return input.year ?? Number(input.startDate.slice(0, 4));
}

/** Fields the server sets: a client sending one on creation gets a 400 saying so. */
export const SERVER_OWNED_FIELDS = [
  "id",
  "status",
  "version",
  "mentorId",
  "returnComment",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
] as const;

/** The server's fields a replacement may echo: all but the version, which says what was read. */
const ECHOED_FIELDS = SERVER_OWNED_FIELDS.filter(
  (name): name is Exclude<(typeof SERVER_OWNED_FIELDS)[number], "version"> => name !== "version",
);
type EchoedField = (typeof ECHOED_FIELDS)[number];

/**
 * The server's fields as a replacement may carry them back: a client may send what it read, changed
 * where it means to change it. Each must then hold the stored value; the version is the one read.
 */
export const EchoedServerFieldsSchema = ActivitySchema.pick(
  Object.fromEntries(ECHOED_FIELDS.map((name) => [name, true])) as Record<EchoedField, true>,
)
  .partial()
  .meta({ description: "Ignored when equal to the stored value; any other value is a 400" });
export type EchoedServerFields = z.infer<typeof EchoedServerFieldsSchema>;

/** The echoed server fields that differ from the stored record, as the issues a 400 lists. */
export function echoIssues(stored: Activity, echoed: EchoedServerFields): FieldIssue[] {
  return Object.entries(echoed)
    .filter(([name, value]) => value !== undefined && value !== stored[name as keyof EchoedServerFields])
    .map(([name]) => ({
      path: name,
      message: `is set by the server and cannot be changed (stored: ${JSON.stringify(stored[name as keyof EchoedServerFields] ?? null)})`,
    }));
}

/** A replacement's body as the activity's own fields and the server's fields it echoes. */
export function splitEchoed(body: ActivityInput & EchoedServerFields): {
  input: ActivityInput;
  echoed: EchoedServerFields;
} {
  const echoed = new Set<string>(ECHOED_FIELDS);
  const part = (of: boolean) => Object.fromEntries(Object.entries(body).filter(([name]) => echoed.has(name) === of));
  return { input: part(false) as ActivityInput, echoed: part(true) as EchoedServerFields };
}
