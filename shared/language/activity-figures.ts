// An activity's participants and outcomes as one line of words each, for the pages and the exports.
import type { Outcome, Participants } from "../domain/activity";
import type { Profession } from "../domain/vocabulary";
import { countryPhrase } from "./country-phrases";
import type { Language } from "./languages";
import { formatCount, formatNumber } from "./numbers";
import { plural } from "./plural";
import { professionPhrase } from "./professions";
import { languageTable } from "./tables";

/** The total with its qualifier, and the women and men among them: "about 30 (12 women, 18 men)". */
export function participantsText(participants: Participants, language: Language): string {
  const total = formatCount(participants.total, participants.qualifier, language);
  const bySex = participants.bySex ?? {};
  if (bySex.women === undefined && bySex.men === undefined) return total;
  const parts = (["women", "men"] as const).map((sex) => {
    const n = bySex[sex] ?? 0;
    const noun = languageTable(language).sexNouns[sex];
    return `${formatNumber(n, language)} ${plural(language, n, noun.singular, noun.plural)}`;
  });
  return `${total} (${parts.join(", ")})`;
}

/** Who they were, as the report names them: "25 law enforcement officers, 5 prosecutors"; undefined when not broken down. */
export function professionsText(participants: Participants, language: Language): string | undefined {
  const parts = Object.entries(participants.byProfession ?? {}).flatMap(([profession, n]) =>
    n === undefined ? [] : [`${formatNumber(n, language)} ${professionPhrase(profession as Profession, n, language)}`],
  );
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/**
 * Where they came from, as the record splits them: "Kenya: 18, Uganda: 10" / « Kenya : 18,
 * Ouganda : 10 », in the record's order; undefined when not split.
 */
export function countriesText(participants: Participants, language: Language): string | undefined {
  const colon = languageTable(language).colon;
  const parts = Object.entries(participants.byCountry ?? {}).map(
    ([iso3, n]) => `${countryPhrase(iso3, language, "name")}${colon}${formatNumber(n, language)}`,
  );
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** "Investigators in the unit: 2 → 16 investigators", the value with its qualifier ("more than 60"). */
export function outcomeText(outcome: Outcome, language: Language): string {
  const from = outcome.baseline === undefined ? "" : `${formatNumber(outcome.baseline, language)} → `;
  const colon = languageTable(language).colon;
  return `${outcome.indicator}${colon}${from}${formatCount(outcome.value, outcome.qualifier, language)} ${outcome.unit}`;
}
