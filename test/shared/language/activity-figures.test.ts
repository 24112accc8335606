import { describe, expect, it } from "vitest";
import { outcomeText, participantsText, professionsText } from "../../../shared/language/activity-figures";

describe("participantsText", () => {
  it("gives the total with its qualifier and the women and men, agreeing in number", () => {
    const participants = { total: 30, qualifier: "approximately", bySex: { women: 1, men: 29 } } as const;
    expect(participantsText(participants, "en")).toBe("about 30 (1 woman, 29 men)");
    expect(participantsText(participants, "fr")).toBe("environ 30 (1 femme, 29 hommes)");
  });

  it("gives the total alone when it is not broken down by sex", () => {
    expect(participantsText({ total: 1817, qualifier: "exact" }, "fr")).toBe("1\u202F817");
  });
});

describe("professionsText", () => {
  it("names the professions as the report does", () => {
    const participants = { total: 6, qualifier: "exact", byProfession: { judges: 1, prosecutors: 5 } } as const;
    expect(professionsText(participants, "en")).toBe("1 judge, 5 prosecutors");
    expect(professionsText(participants, "fr")).toBe("1 juge, 5 procureurs");
    expect(professionsText({ total: 6, qualifier: "exact" }, "en")).toBeUndefined();
  });
});

describe("outcomeText", () => {
  it("gives the indicator, the baseline and the value with its qualifier and unit", () => {
    const outcome = {
      indicator: "Délai de réponse",
      baseline: 60,
      value: 10,
      qualifier: "fewer_than",
      unit: "jours",
    } as const;
    expect(outcomeText(outcome, "fr")).toBe("Délai de réponse\u00A0: 60 → moins de 10 jours");
    expect(outcomeText({ ...outcome, baseline: undefined }, "en")).toBe("Délai de réponse: fewer than 10 jours");
  });
});
