// The measures of people as the pages name them: each one's name and one-sentence definition in
// the page's language, and the measure a page's address asks for (?measure=).
import { MEASURES, type Measure } from "../domain/measures";
import type { Language } from "../language/languages";
import { languageTable } from "../language/tables";

export function measureName(measure: Measure, language: Language): string {
  return languageTable(language).measures[measure].name;
}

export function measureDefinition(measure: Measure, language: Language): string {
  return languageTable(language).measures[measure].definition;
}

export function isMeasure(value: string | undefined): value is Measure {
  return (MEASURES as readonly (string | undefined)[]).includes(value);
}

/**
 * The measure a page charts among those present: the one asked for if present, else criminal
 * justice practitioners trained if present, else the first present.
 */
export function chosenMeasure(present: readonly Measure[], asked: string | undefined): Measure | undefined {
  if (isMeasure(asked) && present.includes(asked)) return asked;
  return present.includes("practitionersTrained") ? "practitionersTrained" : present[0];
}
