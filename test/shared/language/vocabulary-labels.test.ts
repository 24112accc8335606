import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, THEMES } from "../../../shared/domain/vocabulary";
import { LANGUAGES } from "../../../shared/language/languages";
import { kindLabel, sexLabel, themeLabel } from "../../../shared/language/vocabulary-labels";

describe("vocabulary labels", () => {
  it("titles themes with the report's subheadings", () => {
    expect(themeLabel("investigations_forensics", "fr")).toBe(
      "Enquêtes sur la cybercriminalité et criminalistique numérique",
    );
    expect(themeLabel("terrorist_use_of_internet", "fr")).toBe("Utilisation d’Internet à des fins terroristes");
    expect(themeLabel("information_sharing", "fr")).toBe("Échange d’informations");
    expect(themeLabel("cryptocurrency_darknet", "en")).toBe("Cryptocurrency and darknet investigations");
  });

  it("labels every theme and kind in both languages, with typographic apostrophes", () => {
    for (const lang of LANGUAGES) {
      for (const label of [
        ...THEMES.map((t) => themeLabel(t, lang)),
        ...ACTIVITY_KINDS.map((k) => kindLabel(k, lang)),
      ]) {
        expect(label).toMatch(/^\p{Lu}/u);
        expect(label).not.toContain("'");
      }
    }
  });

  it("labels sexes", () => {
    expect(sexLabel("women", "fr")).toBe("Femmes");
    expect(sexLabel("notRecorded", "en")).toBe("Not recorded");
  });
});
