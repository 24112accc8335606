// The name a person reads for a field's path in the error summary ("participants.bySex.women" →
// "By sex — Women"), as the page's script reads it from the labels and legends.
import { LANGUAGES, type Language } from "../../language/languages";
import { countryOptions, labelOf, professionOptions, sexOptions } from "./options";
import type { MentorWords } from "./words";

export function slotLabel(slot: string, words: MentorWords, lang: Language): string {
  const w = words.form;
  const fixed: Record<string, string> = {
    kind: w.kind,
    theme: w.theme,
    title: w.activityTitle,
    startDate: w.startDate,
    endDate: w.endDate,
    countries: w.countries,
    countryCount: w.countryCount,
    region: w.region,
    place: w.place,
    partners: w.partners,
    donors: w.donors,
    participants: w.participants,
    "participants.total": w.total,
    "participants.qualifier": w.qualifier,
    "participants.bySex": w.bySex,
    "participants.byProfession": w.byProfession,
    "participants.byCountry": w.byCountry,
    topics: w.topics,
    outcomes: w.outcomes,
    narrative: w.narrative,
    ...Object.fromEntries(LANGUAGES.map((language) => [`narrative.${language}`, w.narrativeIn[language]])),
  };
  const known = fixed[slot];
  if (known) return known;
  const part = /^participants\.(bySex|byProfession|byCountry)\.(\w+)$/.exec(slot);
  if (part?.[1] && part[2]) {
    const options = { bySex: sexOptions, byProfession: professionOptions, byCountry: countryOptions }[
      part[1] as "bySex" | "byProfession" | "byCountry"
    ](lang);
    return `${fixed[`participants.${part[1]}`]} — ${labelOf(options, part[2])}`;
  }
  const outcome = /^outcomes\.(\d+)\.(indicator|baseline|value|qualifier|unit)$/.exec(slot);
  if (outcome?.[1] && outcome[2]) {
    const field =
      outcome[2] === "qualifier" ? w.valueQualifier : w[outcome[2] as "indicator" | "baseline" | "value" | "unit"];
    return `${w.outcome} ${Number(outcome[1]) + 1} — ${field}`;
  }
  return slot;
}
