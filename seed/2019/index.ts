// The 2019 seed: every record E/CN.15/2020/12 gives for the year, ready to load.
import type { SeedSet } from "../seed-set";
import { activities2019 } from "./activities";
import { labs2019 } from "./labs";
import { mentors2019 } from "./mentors";
import { publishedFigures2019 } from "./published-figures";
import { reportTexts2019 } from "./report-texts";

export const seed2019: SeedSet = {
  year: 2019,
  // The report names no donor: none is recorded and no activity cites one.
  donors: [],
  mentors: mentors2019,
  labs: labs2019,
  activities: activities2019,
  publishedFigures: publishedFigures2019,
  reportTexts: reportTexts2019,
};
