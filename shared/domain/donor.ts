// A donor funding the programme's activities; its id is the short code other records cite.
import { z } from "zod";
import { IdSchema, RecordMetaSchema, ShortTextSchema } from "./common";

export const DonorInputSchema = z
  .strictObject({
    id: IdSchema.meta({ example: "canada" }),
    name: ShortTextSchema.meta({ example: "Government of Canada" }),
  })
  .meta({ id: "DonorInput" });
export type DonorInput = z.infer<typeof DonorInputSchema>;

export const DonorSchema = z.object({ ...DonorInputSchema.shape, ...RecordMetaSchema.shape }).meta({ id: "Donor" });
export type Donor = z.infer<typeof DonorSchema>;
