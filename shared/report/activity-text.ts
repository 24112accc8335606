// What the report says of one activity, as text and figures: its narrative with the placeholders
// filled from its fields, or a sentence made from its fields when it has no narrative to use.
import type { Activity, Outcome } from "../domain/activity";
import { type Placeholder, parseNarrative, usesPlaceholders } from "../domain/narrative";
import type { ValueQualifier } from "../domain/vocabulary";
import { countryList } from "../language/country-phrases";
import type { Language } from "../language/languages";
import { joinList } from "../language/lists";
import { formatCount, formatNumber } from "../language/numbers";
import { composeActivities } from "./compose";
import { REPORT_LABELS } from "./labels";
import type { Inline } from "./model";

const text = (value: string): Inline => ({ type: "text", text: value });

/** `narrative` is the one to tell, where the caller has adapted the record's own (a lead-in's colon). */
export function activityText(
  activity: Activity,
  language: Language,
  narrative = activity.narrative?.[language],
): Inline[] {
  if (narrative === undefined) return composeActivities([activity], language);
  return [...fillNarrative(activity, narrative, language), ...notesAfterNarrative(activity, narrative, language)];
}

/**
 * What follows a narrative: with placeholders, the outcomes it does not cite; typed as free text,
 * the recorded figures, so the report's numbers stay computed.
 */
export function notesAfterNarrative(activity: Activity, narrative: string, language: Language): Inline[] {
  // An outcome with its own words in this language is one the narrative tells in words (« le tout
  // premier laboratoire »): saying it again as a figure would repeat the sentence.
  const inWords = (outcome: Outcome) => outcome.text?.[language] !== undefined;
  if (usesPlaceholders(narrative)) {
    const cited = new Set(
      parseNarrative(narrative).flatMap((piece) =>
        "placeholder" in piece && piece.placeholder.field === "outcome" ? [piece.placeholder.index] : [],
      ),
    );
    const uncited = activity.outcomes.filter((outcome, index) => !cited.has(index + 1) && !inWords(outcome));
    return outcomeNotes(activity, uncited, language);
  }
  return [
    ...participantsNote(activity, language),
    ...outcomeNotes(
      activity,
      activity.outcomes.filter((outcome) => !inWords(outcome)),
      language,
    ),
  ];
}

export function fillNarrative(activity: Activity, narrative: string, language: Language): Inline[] {
  let before = "";
  return parseNarrative(narrative).flatMap((piece): Inline[] => {
    if (!("placeholder" in piece)) {
      before = piece.text;
      return withNotes(piece.text);
    }
    const value = placeholderValue(activity, piece.placeholder, language);
    // A placeholder that opens a sentence opens it with a capital: "Environ 85 agents…".
    const opens = before === "" || /[.!?]\s+$/.test(before);
    before = value.text;
    return [opens ? { ...value, text: value.text.charAt(0).toUpperCase() + value.text.slice(1) } : value];
  });
}

/** `[^…]` in a narrative is a footnote at that point, as the report prints one (¶43 of E/CN.15/2020/12). */
function withNotes(value: string): Inline[] {
  return value
    .split(/\[\^([^\]]+)\]/)
    .flatMap((part, index): Inline[] => (index % 2 === 1 ? [{ type: "note", text: part }] : part ? [text(part)] : []));
}

function figure(activity: Activity, value: number, formatted: string, qualifier?: ValueQualifier): Inline {
  const trace = { records: [activity.id] };
  // Two literals rather than a spread of the qualifier: one figure per activity in a large year.
  return qualifier
    ? { type: "figure", text: formatted, value, qualifier, trace, source: "records" }
    : { type: "figure", text: formatted, value, trace, source: "records" };
}

function placeholderValue(activity: Activity, placeholder: Placeholder, language: Language): Inline {
  const participants = activity.participants;
  switch (placeholder.field) {
    case "participants": {
      if (!placeholder.part) {
        const total = participants?.total ?? 0;
        const qualifier = participants?.qualifier ?? "exact";
        return figure(activity, total, formatCount(total, qualifier, language), qualifier);
      }
      const counts: Record<string, number | undefined> = { ...participants?.byProfession, ...participants?.bySex };
      const value = counts[placeholder.part] ?? 0;
      return figure(activity, value, formatNumber(value, language));
    }
    case "countries":
      return text(countryList(activity.countries, language, placeholder.form));
    case "countryCount": {
      const count = activity.countryCount ?? activity.countries.length;
      return figure(activity, count, formatNumber(count, language));
    }
    case "partners":
      return text(joinList(activity.partners, language));
    case "outcome": {
      const outcome = activity.outcomes[placeholder.index - 1];
      if (!outcome) return text("");
      if (placeholder.part === "baseline") {
        const baseline = outcome.baseline ?? 0;
        return figure(activity, baseline, formatNumber(baseline, language));
      }
      return figure(
        activity,
        outcome.value,
        formatCount(outcome.value, outcome.qualifier, language),
        outcome.qualifier,
      );
    }
  }
}

/** " (Participants : environ 85.)" after a narrative written without placeholders. */
function participantsNote(activity: Activity, language: Language): Inline[] {
  if (!activity.participants) return [];
  const { total, qualifier } = activity.participants;
  return [
    text(REPORT_LABELS[language].activity.participantsNote),
    figure(activity, total, formatCount(total, qualifier, language), qualifier),
    text(".)"),
  ];
}

/** Outcomes the narrative does not state: " (Résultat : de 60 à moins de 10 jours.)". */
function outcomeNotes(activity: Activity, outcomes: Outcome[], language: Language): Inline[] {
  const words = REPORT_LABELS[language].activity;
  return outcomes.flatMap((outcome) => {
    const value = figure(
      activity,
      outcome.value,
      formatCount(outcome.value, outcome.qualifier, language),
      outcome.qualifier,
    );
    const lead = text(words.outcomeNote);
    // The unit is recorded in one language only: it is shown beside that language's wording.
    const unit = text(words.showsOutcomeUnit ? ` ${outcome.unit}.)` : ".)");
    const label = outcome.text?.[language];
    const about = label ? [text(`${label.replace(/[.\s]+$/, "")} — `)] : [];
    if (outcome.baseline === undefined) return [lead, ...about, value, unit];
    const baseline = figure(activity, outcome.baseline, formatNumber(outcome.baseline, language));
    return [lead, ...about, text(words.outcomeFrom), baseline, text(words.outcomeTo), value, unit];
  });
}
