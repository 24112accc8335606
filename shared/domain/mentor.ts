// A cybercrime mentor posted at a duty station, covering countries and themes for a period.
import { z } from "zod";
import { CountryCodeSchema, IsoDateSchema, RecordMetaSchema, ShortTextSchema, uniqueList } from "./common";
import { ThemeSchema } from "./vocabulary";

export const MentorInputSchema = z
  .strictObject({
    name: ShortTextSchema.meta({ example: "Cybercrime mentor, Eastern Africa" }),
    dutyStation: z.strictObject({
      city: ShortTextSchema.meta({ example: "Nairobi" }),
      country: CountryCodeSchema,
    }),
    countriesCovered: uniqueList(CountryCodeSchema, 60).default([]),
    themes: uniqueList(ThemeSchema, 9).default([]),
    period: z
      .strictObject({ start: IsoDateSchema, end: IsoDateSchema.optional() })
      .refine((p) => p.end === undefined || p.end >= p.start, {
        error: "ends before it starts",
        path: ["end"],
        params: { issue: "ends_before_start" },
      }),
  })
  .meta({ id: "MentorInput" });
export type MentorInput = z.infer<typeof MentorInputSchema>;

export const MentorSchema = z
  .object({ id: z.string(), ...MentorInputSchema.shape, ...RecordMetaSchema.shape })
  .meta({ id: "Mentor" });
export type Mentor = z.infer<typeof MentorSchema>;
