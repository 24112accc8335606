// A paragraph telling several activities at once (a source paragraph, or a group a manager set):
// a sentence their narratives share is said once, for all their countries together, so that six
// mentors' identical sentence, or four assessments' "in {countries}", read as one sentence.
import type { Activity } from "../domain/activity";
import { parseNarrative } from "../domain/narrative";
import type { Language } from "../language/languages";
import { activityText, fillNarrative, notesAfterNarrative } from "./activity-text";
import { composeActivities } from "./compose";
import type { Inline } from "./model";

const SPACE: Inline = { type: "text", text: " " };
const opensWithSpace = (part: Inline[]) => /^\s/.test(part[0]?.text ?? "");

type Shared = { sentence: string; activities: Activity[] };

/** Sentences end at ".", "!" or "?" followed by a space and a capital, a quote or a digit. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÀ-ÝÉ«“"(\d])/u).filter((sentence) => sentence.trim() !== "");
}

/**
 * A sentence the same for every record but for where: no placeholder, or only `{countries:in}`,
 * which reads the same for one country or several (« au Costa Rica, en Ouganda »). A subject
 * (« le Ministère {countries:of} ») would not agree with several, so such a sentence is not shared.
 * English states the preposition itself: `in {countries}` is the same.
 */
function sharable(sentence: string): boolean {
  let before = "";
  return parseNarrative(sentence).every((piece) => {
    if (!("placeholder" in piece)) {
      before = piece.text;
      return true;
    }
    const { placeholder } = piece;
    // English narratives write their own "in" before {countries}: "in Costa Rica, Uganda and Peru".
    return placeholder.field === "countries" && (placeholder.form === "in" || /\bin\s$/.test(before));
  });
}

/** A lead-in that introduces subparagraphs ends on a colon (« …avec des activités qui ont inclus : »). */
const LEAD_IN = /[:：]\s*$/u;

/** How a subparagraph but the last ends: French spaces its semicolon. */
const ITEM_END: Record<Language, string> = { fr: " ;", en: ";", es: ";" };

export type GroupText = { content: Inline[]; items?: Inline[][] };

/**
 * The group's paragraph. Where a narrative ends on a colon and every activity told after it has a
 * narrative in the language, those narratives are its lettered subparagraphs, in the group's order,
 * each ending on « ; » and the last on a full stop, as the UN prints ¶13 (a)–(e).
 */
export function groupText(group: Activity[], language: Language): GroupText {
  const lead = group.findIndex((activity) => LEAD_IN.test(activity.narrative?.[language] ?? ""));
  const after = lead >= 0 ? group.slice(lead + 1) : [];
  if (after.length > 0 && after.every((activity) => activity.narrative?.[language] !== undefined)) {
    return {
      content: proseOf(group.slice(0, lead + 1), language, true),
      items: after.map((activity, index) => item(activity, language, index === after.length - 1)),
    };
  }
  return { content: proseOf(group, language) };
}

/** One subparagraph: the narrative with a capital, its own end replaced by the list's. */
function item(activity: Activity, language: Language, last: boolean): Inline[] {
  const narrative = (activity.narrative?.[language] ?? "").trim().replace(/[\s.;:]+$/u, "");
  const filled = fillNarrative(activity, narrative, language);
  const [head, ...rest] = filled;
  const capital =
    head?.type === "text" ? [{ ...head, text: head.text.charAt(0).toLocaleUpperCase() + head.text.slice(1) }] : [];
  return [
    ...(head && head.type !== "text" ? [head] : capital),
    ...rest,
    { type: "text", text: last ? "." : ITEM_END[language] },
    ...notesAfterNarrative(activity, narrative, language),
  ];
}

/** The group's sentences; a lead-in whose subparagraphs are not told as such ends as a sentence. */
function proseOf(group: Activity[], language: Language, leadsIn = false): Inline[] {
  const [only] = group;
  const end = (narrative: string) => (leadsIn ? narrative : narrative.replace(LEAD_IN, "."));
  const narrative = only?.narrative?.[language];
  if (group.length === 1 && only && narrative !== undefined) return activityText(only, language, end(narrative));
  const parts: (Shared | Inline[])[] = [];
  const shared = new Map<string, Shared>();
  // Those without a narrative in this language are told together, one sentence per kind, at the end.
  const unwritten = group.filter((activity) => activity.narrative?.[language] === undefined);
  for (const activity of group) {
    const written = activity.narrative?.[language];
    if (written === undefined) continue;
    const narrative = end(written);
    for (const sentence of sentencesOf(narrative)) {
      if (!sharable(sentence)) {
        parts.push(fillNarrative(activity, sentence, language));
        continue;
      }
      const slot = shared.get(sentence);
      if (slot) slot.activities.push(activity);
      else {
        const created = { sentence, activities: [activity] };
        shared.set(sentence, created);
        parts.push(created);
      }
    }
    parts.push(notesAfterNarrative(activity, narrative, language));
  }
  if (unwritten.length > 0) parts.push(composeActivities(unwritten, language));
  const inlines = parts.map((part) => (Array.isArray(part) ? part : sharedSentence(part, language)));
  return inlines
    .filter((part) => part.length > 0)
    .flatMap((part, index) => [...(index > 0 && !opensWithSpace(part) ? [SPACE] : []), ...part]);
}

/** The shared sentence once, with every country of the activities that share it, in their order. */
function sharedSentence({ sentence, activities }: Shared, language: Language): Inline[] {
  const [first] = activities;
  if (!first) return [];
  const countries = [...new Set(activities.flatMap((activity) => activity.countries))];
  return fillNarrative({ ...first, countries }, sentence, language);
}
