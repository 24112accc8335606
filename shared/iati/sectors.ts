// The OECD DAC 5-digit purpose code (IATI sector vocabulary 1) each theme of the report is
// published under. Every theme is work with the justice chain, which DAC files under 15130 "Legal
// and judicial development" (law enforcement agencies, police, prosecutors, judges, legal drafting,
// awareness campaigns); the two themes whose work is with investigators alone take 15132 "Police".
import type { Theme } from "../domain/vocabulary";

export const SECTOR_VOCABULARY_DAC = "1";

export const THEME_SECTORS: Record<Theme, { code: string; name: string }> = {
  investigations_forensics: { code: "15132", name: "Police" },
  cryptocurrency_darknet: { code: "15132", name: "Police" },
  child_sexual_exploitation: { code: "15130", name: "Legal and judicial development" },
  terrorist_use_of_internet: { code: "15130", name: "Legal and judicial development" },
  international_cooperation_evidence: { code: "15130", name: "Legal and judicial development" },
  legislation_policy: { code: "15130", name: "Legal and judicial development" },
  information_sharing: { code: "15130", name: "Legal and judicial development" },
  research_analysis: { code: "15130", name: "Legal and judicial development" },
  prevention: { code: "15130", name: "Legal and judicial development" },
};
