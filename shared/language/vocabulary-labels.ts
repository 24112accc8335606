// Display names of the closed vocabularies: themes as the report's subheadings, kinds, sexes.
import type { ActivityKind, Theme } from "../domain/vocabulary";
import type { Language } from "./languages";
import type { Sex } from "./table";
import { languageTable } from "./tables";

export type { Sex } from "./table";

export function themeLabel(theme: Theme, lang: Language): string {
  return languageTable(lang).themes[theme];
}

export function kindLabel(kind: ActivityKind, lang: Language): string {
  return languageTable(lang).kinds[kind];
}

export function sexLabel(sex: Sex, lang: Language): string {
  return languageTable(lang).sexes[sex];
}
