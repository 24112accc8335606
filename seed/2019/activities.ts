// Every 2019 activity of the Secretary-General's report E/CN.15/2020/12, in report order.
import type { SeedActivity } from "../seed-set";
import { childExploitationActivities2019 } from "./activities-child-exploitation";
import { cooperationActivities2019 } from "./activities-cooperation";
import { cryptocurrencyActivities2019 } from "./activities-cryptocurrency";
import { expertGroupActivities2019 } from "./activities-expert-group";
import { generalActivities2019 } from "./activities-general";
import { informationResearchActivities2019 } from "./activities-information-research";
import { investigationActivities2019 } from "./activities-investigations";
import { preventionActivities2019 } from "./activities-prevention";
import { terrorismActivities2019 } from "./activities-terrorism";

export const activities2019: SeedActivity[] = [
  ...generalActivities2019, // III, ¶12–15
  ...investigationActivities2019, // III.A, ¶19–21
  ...cryptocurrencyActivities2019, // III.B, ¶22–26
  ...childExploitationActivities2019, // III.C, ¶28–31
  ...terrorismActivities2019, // III.D, ¶33–37
  ...cooperationActivities2019, // III.E, ¶38
  ...informationResearchActivities2019, // IV–V, ¶40–42
  ...preventionActivities2019, // VI, ¶43–46
  ...expertGroupActivities2019, // VII, ¶49
];
