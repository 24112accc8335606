// A digital-forensics laboratory or regional unit set up or equipped with the programme's help.
import { z } from "zod";
import { CountryCodeSchema, IdSchema, IsoDateSchema, RecordMetaSchema, ShortTextSchema, uniqueList } from "./common";

export const LabInputSchema = z
  .strictObject({
    country: CountryCodeSchema,
    institution: ShortTextSchema.meta({ example: "Directorate of Criminal Investigations" }),
    type: z.enum(["national_lab", "regional_unit"]),
    setUpOn: IsoDateSchema.optional(),
    year: z
      .int()
      .min(2000)
      .max(2100)
      .optional()
      .meta({ description: "Year it was set up, when the source gives no date; counted in that year's report" }),
    activityIds: uniqueList(IdSchema, 50)
      .default([])
      .meta({ description: "Activities that equipped or trained the lab" }),
  })
  .refine((lab) => !lab.setUpOn || lab.year === undefined || lab.setUpOn.startsWith(`${lab.year}-`), {
    error: "differs from the year of setUpOn",
    path: ["year"],
    params: { issue: "year_differs" },
  })
  .meta({ id: "LabInput" });
export type LabInput = z.infer<typeof LabInputSchema>;

export const LabSchema = z
  .object({ id: z.string(), ...LabInputSchema.shape, ...RecordMetaSchema.shape })
  .meta({ id: "Lab" });
export type Lab = z.infer<typeof LabSchema>;
