import { describe, expect, it } from "vitest";
import { frenchWords } from "../../../shared/pages/french-words";
import { MANAGER_WORDS } from "../../../shared/pages/manager/words";

describe("frenchWords", () => {
  it("keeps every sign that follows a space on the line of the word before it", () => {
    const words = frenchWords({ title: "Résumé : « Kenya » ; prêt ?", nested: { list: ["Envoyer !"] } });
    expect(words).toEqual({
      title: "Résumé\u00A0: «\u00A0Kenya\u00A0»\u202F; prêt\u202F?",
      nested: { list: ["Envoyer\u202F!"] },
    });
  });

  it("spaces what the functions of a vocabulary say, and leaves placeholders and times alone", () => {
    const words = frenchWords({ at: (time: string) => `Envoyé à ${time} : {participants:judges}` });
    expect(words.at("10:30")).toBe("Envoyé à 10:30\u00A0: {participants:judges}");
  });

  it("is applied to the pages' French words", () => {
    expect(MANAGER_WORDS.fr.official).toBe("Chiffres officiels\u00A0: enregistrements validés uniquement.");
    expect(MANAGER_WORDS.en.official).toBe("Official figures: validated records only.");
  });
});
