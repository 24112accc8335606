// The language's typography over every sentence of the report (French spacing before « : ; ! ? »
// and inside guillemets), whoever wrote it: the texts, the narratives and the composed sentences.
import { typography } from "../language/typography";
import type { Inline, Paragraph, ReportModel, Section, TitleBlock } from "./model";

export function typeset(model: ReportModel): ReportModel {
  const set = (text: string) => typography(text, model.language);
  const inline = (i: Inline): Inline => (i.type === "figure" ? i : { ...i, text: set(i.text) });
  const paragraph = (p: Paragraph): Paragraph => ({ ...p, content: p.content.map(inline) });
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
