import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ActivityInputSchema } from "../../../shared/domain/activity";
import { ConcurrentWriteError, ConflictError } from "../../../shared/domain/errors";
import { LabInputSchema } from "../../../shared/domain/lab";
import { MentorInputSchema } from "../../../shared/domain/mentor";
import { conflictMessage, localFieldIssues } from "../../../shared/language/issues";
import type { Language } from "../../../shared/language/languages";

const refusal = (schema: z.ZodType, input: unknown, language: Language) => {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error("the input was accepted");
  return Object.fromEntries(localFieldIssues(parsed.error, language).map((issue) => [issue.path, issue.message]));
};

const mentor = {
  name: "Mentor, Dakar",
  dutyStation: { city: "Dakar", country: "SEN" },
  countriesCovered: ["SEN", "XXX", "SEN"],
  period: { start: "2024-01-01" },
  extra: true,
};

describe("a field's issue in the reader's language", () => {
  it("names a wrong country and a country listed twice, as the page's language says it", () => {
    expect(refusal(MentorInputSchema, mentor, "es")).toEqual({
      "countriesCovered.1": "“XXX” no es un país de la lista",
      "countriesCovered.2": "“SEN” figura dos veces",
      extra: "no es un campo de este registro",
    });
    expect(refusal(MentorInputSchema, mentor, "fr")["countriesCovered.2"]).toBe("«\u00a0SEN\u00a0» figure deux fois");
    expect(refusal(MentorInputSchema, mentor, "en")["countriesCovered.1"]).toBe("“XXX” is not a country of the list");
  });

  it("gives limits as figures and the project's own checks in words", () => {
    const lab = { country: "GHA", institution: "x".repeat(201), type: "lab", setUpOn: "2024-05-02", year: 2023.5 };
    expect(refusal(LabInputSchema, lab, "fr")).toEqual({
      institution: "200 caractères au plus",
      type: "choisissez dans la liste",
      year: "indiquez un nombre entier",
    });
    const late = { country: "GHA", institution: "Unit", type: "national_lab", setUpOn: "2024-05-02", year: 2023 };
    expect(refusal(LabInputSchema, late, "es")).toEqual({ year: "no coincide con el año de la fecha de creación" });
    const activity = { title: "A\u0007", kind: "training" };
    expect(refusal(ActivityInputSchema, activity, "en").title).toBe("holds a control character: type the text again");
  });

  it("says why a write was refused: a code taken, a record cited, another write at the same moment", () => {
    const taken = new ConflictError('Donor "canada" already exists', { id: "canada" });
    expect(conflictMessage(taken, "es")).toBe("ya existe un registro con el código “canada”: elija otro");
    const cited = new ConflictError('Donor "canada" is cited by 3 activities', { activityCount: 3 });
    expect(conflictMessage(cited, "fr")).toBe("3 activités citent cet enregistrement\u00a0: il ne peut être supprimé");
    expect(conflictMessage(cited, "en")).toBe("3 activities cite this record: it cannot be deleted");
    expect(conflictMessage(new ConcurrentWriteError(), "es")).toMatch(/^otra persona modificaba este registro/);
  });
});
