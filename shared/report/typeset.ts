// The language's typography over every sentence of the report (French spacing before « : ; ! ? »
// and inside guillemets, « 1er décembre »), whoever wrote it: the texts, the narratives and the
// composed sentences; and the UN's numbers in prose: below ten in words (« deux unités »), millions
// as « 2,8 millions d’impressions » / "2.8 million impressions".
import { afterMillions, inMillions, proseCount } from "../language/prose-numbers";
import { typography } from "../language/typography";
import type { Inline, Paragraph, ReportModel, Section, TitleBlock } from "./model";

export function typeset(model: ReportModel): ReportModel {
  const proseNumbers = (content: Inline[]) => numbersInProse(content, model.language);
  const set = (text: string) => typography(text, model.language);
  const inline = (i: Inline): Inline => (i.type === "figure" ? i : { ...i, text: set(i.text) });
  const paragraph = (p: Paragraph): Paragraph => ({
    ...p,
    content: proseNumbers(p.content.map(inline)),
    ...(p.items && { items: p.items.map((item) => proseNumbers(item.map(inline))) }),
  });
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

/**
 * A figure written in digits that the UN writes otherwise: from two to nine in words (one is left
 * as it is, its gender unknown here), a whole number of hundred thousands from a million up in
 * millions, the noun after it joined as the language does.
 */
function numbersInProse(content: Inline[], language: ReportModel["language"]): Inline[] {
  return content.map((inline, index) => {
    const before = content[index - 1];
    if (inline.type !== "figure") {
      return before?.type === "figure" && inMillions(before.value) && /\d/.test(before.text)
        ? { ...inline, text: afterMillions(inline.text, language) }
        : inline;
    }
    const digits = /\d/.test(inline.text);
    // A range keeps its figures alike: « de 2 à 16 enquêteurs ».
    const ranged = /^\s*(à|to|-|–)\s*$/.test(content[index + 1]?.text ?? "") && content[index + 2]?.type === "figure";
    const small = Number.isInteger(inline.value) && inline.value >= 2 && inline.value < 10 && !ranged;
    if (!digits || !(small || inMillions(inline.value))) return inline;
    return { ...inline, text: proseCount(inline.value, inline.qualifier ?? "exact", language) };
  });
}
