// The shape of a year of seed records: inputs of the domain schemas with their stable ids.
import type { z } from "zod";
import type { ActivityInputSchema } from "../shared/domain/activity";
import type { DonorInputSchema } from "../shared/domain/donor";
import type { LabInputSchema } from "../shared/domain/lab";
import type { MentorInputSchema } from "../shared/domain/mentor";
import type { PublishedFigureSchema } from "../shared/domain/published-figure";
import type { ReportTextsInputSchema } from "../shared/domain/report-texts";

/** The mentor of record is set by the server from the sign-in; seed records name it directly. */
export type SeedActivity = z.input<typeof ActivityInputSchema> & { id: string; mentorId?: string };
export type SeedMentor = z.input<typeof MentorInputSchema> & { id: string };
export type SeedLab = z.input<typeof LabInputSchema> & { id: string };

export type SeedSet = {
  year: number;
  donors: z.input<typeof DonorInputSchema>[];
  mentors: SeedMentor[];
  activities: SeedActivity[];
  labs: SeedLab[];
  publishedFigures: z.input<typeof PublishedFigureSchema>[];
  /** The report's own texts for the year, as published. */
  reportTexts?: z.input<typeof ReportTextsInputSchema>;
};
