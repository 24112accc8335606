// The language's typography over every sentence of the report (French spacing before « : ; ! ? »
// and inside guillemets, « 1er décembre »), whoever wrote it: the texts, the narratives and the
// composed sentences; and the UN's numbers in prose: below ten in words (« deux unités »), millions
// as « 2,8 millions d’impressions » / "2.8 million impressions".
import { nounIsFeminine } from "../language/noun-gender";
import { afterMillions, elide, inMillions, numberInWords, proseCount } from "../language/prose-numbers";
import { typography } from "../language/typography";
import type { Inline, Paragraph, ReportModel, Section, TitleBlock } from "./model";

export function typeset(model: ReportModel): ReportModel {
  const proseNumbers = (content: Inline[]) => numbersInProse(content, model.language);
  const set = (text: string) => typography(text, model.language);
  // Most runs come out as they went in: those are kept, not copied.
  const inline = (i: Inline): Inline => {
    if (i.type === "figure") return i;
    const text = set(i.text);
    return text === i.text ? i : { ...i, text };
  };
  const paragraph = (p: Paragraph): Paragraph => {
    const typeset = { ...p, content: proseNumbers(p.content.map(inline)) };
    if (p.items) typeset.items = p.items.map((item) => proseNumbers(item.map(inline)));
    return typeset;
  };
  const section = (s: Section): Section => ({
    ...s,
    paragraphs: s.paragraphs.map(paragraph),
    subsections: s.subsections.map((sub) => ({ ...sub, paragraphs: sub.paragraphs.map(paragraph) })),
  });
  const titleBlock = Object.fromEntries(
    Object.entries(model.titleBlock).map(([field, value]) => [field, set(value)]),
  ) as TitleBlock;
  return {
    ...model,
    title: set(model.title),
    titleBlock,
    summary: model.summary.map(paragraph),
    sections: model.sections.map(section),
  };
}

/** Whether the inline at `index` opens the paragraph or a sentence. */
function opensSentence(content: Inline[], index: number): boolean {
  const before = content[index - 1];
  return before === undefined || (before.type !== "note" && /(^|[.!?])\s*$/.test(before.text));
}

/**
 * A figure written in digits that the UN writes otherwise: opening a sentence, in words; from one
 * to nine in words, agreeing with the noun after it (« une université », « una campaña »); a
 * whole number of hundred thousands from a million up in millions, the noun after it joined as the
 * language does.
 */
function numbersInProse(content: Inline[], language: ReportModel["language"]): Inline[] {
  return elided(numbersAsWritten(content, language), language);
}

/** « de » + « un pays » → « d’un pays »: the text before a number now in words joins it as the language does. */
function elided(content: Inline[], language: ReportModel["language"]): Inline[] {
  return content.map((inline, index) => {
    const next = content[index + 1];
    if (inline.type !== "text" || next?.type !== "figure") return inline;
    const joined = elide(inline.text, next.text, language);
    return { ...inline, text: joined.slice(0, joined.length - next.text.length) };
  });
}

function numbersAsWritten(content: Inline[], language: ReportModel["language"]): Inline[] {
  return content.map((inline, index) => {
    const before = content[index - 1];
    if (inline.type !== "figure") {
      return before?.type === "figure" && inMillions(before.value) && /\d/.test(before.text)
        ? { ...inline, text: afterMillions(inline.text, language) }
        : inline;
    }
    const digits = /\d/.test(inline.text);
    const whole = Number.isInteger(inline.value) && inline.value >= 0;
    const after = content[index + 1]?.text ?? "";
    const feminine = nounIsFeminine(after, language);
    // The UN never opens a sentence on a numeral: « Onze pays (l’Argentine… », "Eleven countries".
    if (digits && whole && /^\d/.test(inline.text) && opensSentence(content, index)) {
      const words = numberInWords(inline.value, language, feminine);
      return { ...inline, text: `${words.charAt(0).toLocaleUpperCase()}${words.slice(1)}` };
    }
    // A range keeps its figures alike: « de 2 à 16 enquêteurs ».
    const ranged = /^\s*(à|to|-|–)\s*$/.test(after) && content[index + 2]?.type === "figure";
    const small = whole && inline.value >= 1 && inline.value < 10 && !ranged;
    if (!digits || !(small || inMillions(inline.value))) return inline;
    return { ...inline, text: proseCount(inline.value, inline.qualifier ?? "exact", language, feminine) };
  });
}
