// The 2019 seed: every record E/CN.15/2020/12 gives for the year, ready to load.
import type { DonorInput } from "../../shared/domain/donor";
import type { PublishedFigure } from "../../shared/domain/published-figure";
import { activities2019, type SeedActivity } from "./activities";
import { labs2019, type SeedLab } from "./labs";
import { mentors2019, type SeedMentor } from "./mentors";
import { publishedFigures2019 } from "./published-figures";

export type { SeedActivity, SeedLab, SeedMentor };

export type SeedYear = {
  year: number;
  donors: DonorInput[];
  mentors: SeedMentor[];
  labs: SeedLab[];
  activities: SeedActivity[];
  publishedFigures: PublishedFigure[];
};

export const seed2019: SeedYear = {
  year: 2019,
  // The report names no donor: none is recorded and no activity cites one.
  donors: [],
  mentors: mentors2019,
  labs: labs2019,
  activities: activities2019,
  publishedFigures: publishedFigures2019,
};
