// The shape of a set of seed records: inputs of the domain schemas with their stable ids.
import type { z } from "zod";
import type { ActivityInputSchema } from "../shared/domain/activity";
import type { DonorInputSchema } from "../shared/domain/donor";
import type { LabInputSchema } from "../shared/domain/lab";
import type { MentorInputSchema } from "../shared/domain/mentor";

export type SeedSet = {
  donors: z.input<typeof DonorInputSchema>[];
  mentors: (z.input<typeof MentorInputSchema> & { id: string })[];
  activities: (z.input<typeof ActivityInputSchema> & { id: string })[];
  labs: (z.input<typeof LabInputSchema> & { id: string })[];
};
