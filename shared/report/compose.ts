// Sentences composed from the records where no narrative was written in the report's language, as a
// drafter would write them: one sentence per kind of activity, with its verb, the people it reached
// named by profession and counted with their qualifiers, the countries with their prepositions, the
// partners, the topics the report knows in its language (language/topic-phrases.ts), and the
// outcomes recorded in the report's language. Nothing else is said: no title (it is recorded in one
// language), no topic it cannot say in the report's words, nothing invented.
import type { Activity } from "../domain/activity";
import { type Qualified, sumQualified } from "../domain/qualifiers";
import { ACTIVITY_KINDS, type Profession } from "../domain/vocabulary";
import { countryList } from "../language/country-phrases";
import type { Language } from "../language/languages";
import { joinList } from "../language/lists";
import { professionPhrase } from "../language/professions";
import { elide, indefinite, proseCount, proseNumber } from "../language/prose-numbers";
import type { ProfessionNoun } from "../language/table";
import { topicPhrase } from "../language/topic-phrases";
import { KIND_PHRASES, SENTENCE_WORDS } from "./kind-phrases";
import type { Inline } from "./model";

/** More countries than this are counted rather than named. */
const NAMED_COUNTRIES = 8;

const text = (value: string): Inline => ({ type: "text", text: value });
type Figure = Extract<Inline, { type: "figure" }>;

function figure(value: Qualified, records: string[], written: string): Figure {
  // Counted over the paragraph's own activities, not a totals cell: its records are named.
  return {
    type: "figure",
    text: written,
    value: value.value,
    qualifier: value.qualifier,
    trace: { records },
    source: "records",
  };
}

/** Who took part, by profession, each summed over the activities with the qualifier rule. */
function people(activities: Activity[], language: Language, remainder: ProfessionNoun): Inline[] {
  const parts = new Map<ProfessionNoun, { values: Qualified[]; records: string[] }>();
  const add = (noun: ProfessionNoun, value: Qualified, id: string) => {
    const part = parts.get(noun) ?? { values: [], records: [] };
    part.values.push(value);
    part.records.push(id);
    parts.set(noun, part);
  };
  for (const activity of activities) {
    const participants = activity.participants;
    if (!participants || participants.total === 0) continue;
    const split = Object.entries(participants.byProfession ?? {}).filter(([, n]) => (n ?? 0) > 0) as [
      Profession,
      number,
    ][];
    for (const [profession, n] of split) add(profession, { value: n, qualifier: "exact" }, activity.id);
    const rest = participants.total - split.reduce((sum, [, n]) => sum + n, 0);
    // Those no profession was recorded for: « 45 juges et 30 autres participants » beside named ones.
    if (rest > 0)
      add(split.length > 0 ? "other" : remainder, { value: rest, qualifier: participants.qualifier }, activity.id);
  }
  // Beside named professions, those of records without a split are "other participants" too
  // (a training's stay practitioners, as the measure counts them).
  const unnamed = parts.get("persons");
  if (unnamed && [...parts.keys()].some((noun) => noun !== "persons" && noun !== "other")) {
    const other = parts.get("other") ?? { values: [], records: [] };
    parts.set("other", {
      values: [...other.values, ...unnamed.values],
      records: [...other.records, ...unnamed.records],
    });
    parts.delete("persons");
  }
  const summed = [...parts].map(([noun, part]) => ({ noun, total: sumQualified(part.values), records: part.records }));
  // The named professions first, the largest first; the others last, as a drafter lists them.
  const named = (noun: ProfessionNoun) => (noun === "other" || noun === remainder ? 1 : 0);
  summed.sort((a, b) => named(a.noun) - named(b.noun) || b.total.value - a.total.value);
  const feminine = SENTENCE_WORDS[language].feminine;
  const phrases = summed.map(({ noun, total, records }) => [
    figure(total, [...new Set(records)], proseCount(total.value, total.qualifier, language, feminine.includes(noun))),
    text(` ${professionPhrase(noun, total.value, language)}`),
  ]);
  // "120 prosecutors, 45 judges and 30 police officers": the list's own words between the parts.
  const joints = joinList(
    phrases.map((_, index) => `\uE000${index}\uE000`),
    language,
  ).split(/\uE000\d+\uE000/);
  return phrases.flatMap((phrase, index) => [...(joints[index] ? [text(joints[index] ?? "")] : []), ...phrase]);
}

/** One kind's activities in one sentence: « l’ONUDC a formé 120 procureurs et 45 juges au Kenya… ». */
function kindSentence(activities: Activity[], language: Language, also: boolean, topicsSaid: Set<string>): Inline[] {
  const [first] = activities;
  if (!first) return [];
  const kind = KIND_PHRASES[language][first.kind];
  const words = SENTENCE_WORDS[language];
  const ids = activities.map((activity) => activity.id);
  const n = activities.length;
  const count = () => {
    const noun = n === 1 ? kind.noun.singular : kind.noun.plural;
    return [
      figure(
        { value: n, qualifier: "exact" },
        ids,
        n === 1 ? indefinite(noun, language, kind.noun.feminine) : proseNumber(n, language, kind.noun.feminine),
      ),
      text(` ${noun}`),
    ];
  };
  const remainder: ProfessionNoun = first.kind === "training" ? "practitioners" : "persons";
  const reached = people(activities, language, remainder);

  const countries = [...new Set(activities.flatMap((activity) => activity.countries))];
  const where: Inline[] =
    countries.length === 0
      ? []
      : countries.length <= NAMED_COUNTRIES
        ? [text(` ${countryList(countries, language, "in")}`)]
        : [
            ...splitAround(
              words.countries("\uE000"),
              [figure({ value: countries.length, qualifier: "exact" }, ids, proseNumber(countries.length, language))],
              language,
            ),
          ];
  const partners = [...new Set(activities.flatMap((activity) => activity.partners))].flatMap((name) =>
    words.partnersAsTyped ? [name] : nameInEveryLanguage(name),
  );
  const withPartners = partners.length ? [text(words.partners(joinList(partners, language)))] : [];
  // A topic is said once in a paragraph, with the first kind that dealt with it.
  const topics = topicsOf(activities, language, topicsSaid);
  for (const topic of topics) topicsSaid.add(topic);
  const withTopics = topics.length ? [text(words.topics(joinList(topics, language), n > 1))] : [];

  const verb = text(`${words.subject}${also ? words.also : words.auxiliary}`);
  let predicate: Inline[];
  if (kind.people && reached.length > 0) {
    predicate = [
      ...splitAround(kind.people("\uE000"), reached, language),
      ...where,
      ...withPartners,
      ...(n > 1 ? splitAround(words.over("\uE000"), count(), language) : []),
      ...withTopics,
    ];
  } else {
    predicate = [...splitAround(kind.count("\uE000"), count(), language), ...where, ...withPartners];
    if (reached.length > 0 && kind.reached) {
      predicate.push(text(`, ${n === 1 ? kind.reached.one : kind.reached.many} `), ...reached);
    }
    predicate.push(...withTopics);
  }
  return [verb, ...predicate, text(".")];
}

/** The topics most of the activities dealt with, at most three, in the language's words (topic-phrases.ts). */
const TOPICS_SAID = 3;

function topicsOf(activities: Activity[], language: Language, alreadySaid: ReadonlySet<string>): string[] {
  const counted = new Map<string, number>();
  for (const activity of activities) {
    const phrases = new Set(activity.topics.flatMap((topic) => topicPhrase(topic, language) ?? []));
    for (const phrase of phrases) if (!alreadySaid.has(phrase)) counted.set(phrase, (counted.get(phrase) ?? 0) + 1);
  }
  return [...counted]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOPICS_SAID)
    .map(([phrase]) => phrase);
}

/** A partner's name as it reads in every language: one word ("INTERPOL"), or its acronym ("… (EAPCCO)"). */
function nameInEveryLanguage(name: string): string[] {
  const said = /^\S+$/.exec(name.trim())?.[0] ?? /\(([A-Z][A-Z0-9&-]+)\)\s*$/.exec(name)?.[1];
  return said ? [said] : [];
}

/** Places inlines where the marker stands in a phrase of the kind table. */
function splitAround(phrase: string, inlines: Inline[], language: Language): Inline[] {
  const [before = "", after = ""] = phrase.split("\uE000");
  const next = inlines[0]?.text ?? "";
  // « au moyen de » + « une évaluation »: the language elides across the two (« d’une »).
  const joined = elide(before, next, language);
  const lead = joined.slice(0, joined.length - next.length);
  return [...(lead ? [text(lead)] : []), ...inlines, ...(after ? [text(after)] : [])];
}

/** The outcomes recorded in the report's language, as their own sentences. */
function outcomes(activities: Activity[], language: Language): Inline[] {
  return activities.flatMap((activity) =>
    activity.outcomes.flatMap((outcome) => {
      const said = outcome.text?.[language]?.trim();
      return said ? [text(` ${/[.!?]$/.test(said) ? said : `${said}.`}`)] : [];
    }),
  );
}

/**
 * The activities' sentences, one per kind in the vocabulary's order, the first opening on `lead`
 * (« En Afrique, ») and the others saying « également ».
 */
export function composeActivities(activities: Activity[], language: Language, lead?: string): Inline[] {
  const said = new Set<string>();
  const topicsSaid = new Set<string>();
  // An outcome said once: several records may state the same one.
  const once = (inlines: Inline[]) =>
    inlines.filter((inline) => {
      if (said.has(inline.text)) return false;
      said.add(inline.text);
      return true;
    });
  const sentences = ACTIVITY_KINDS.flatMap((kind) => {
    const ofKind = activities.filter((activity) => activity.kind === kind);
    return ofKind.length ? [ofKind] : [];
  }).map((ofKind, index) => {
    const sentence = kindSentence(ofKind, language, index > 0, topicsSaid);
    return [...opening(sentence, index === 0 ? lead : undefined), ...once(outcomes(ofKind, language))];
  });
  return sentences.flatMap((sentence, index) => [...(index > 0 ? [text(" ")] : []), ...sentence]);
}

/** The sentence with its lead, or with a capital where it opens on the subject. */
function opening(sentence: Inline[], lead: string | undefined): Inline[] {
  const [head, ...rest] = sentence;
  if (head?.type !== "text") return sentence;
  if (lead) return [text(`${lead.charAt(0).toLocaleUpperCase()}${lead.slice(1)}, ${head.text}`), ...rest];
  return [text(head.text.charAt(0).toLocaleUpperCase() + head.text.slice(1)), ...rest];
}
