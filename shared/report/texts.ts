// A paragraph a manager wrote (report texts) as the report's inlines: `{figure:practitioners_trained}`
// and `{figure:countries_reached}` become the headline figures with the records behind them, and
// `[^…]` a footnote.
import { TEXT_FIGURES, type TextFigure } from "../domain/report-texts";
import type { Inline } from "./model";

type Figure = Extract<Inline, { type: "figure" }>;

const MARK = /\{figure:([a-z_]+)\}|\[\^([^\]]+)\]/g;

const isTextFigure = (name: string): name is TextFigure => (TEXT_FIGURES as readonly string[]).includes(name);

export function writtenParagraph(text: string, figures: Record<TextFigure, Figure>): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    const [whole, name, note] = match;
    const figure = name && isTextFigure(name) ? figures[name] : undefined;
    if (!figure && note === undefined) continue;
    if (match.index > last) inlines.push({ type: "text", text: text.slice(last, match.index) });
    inlines.push(figure ?? { type: "note", text: note ?? "" });
    last = match.index + whole.length;
  }
  if (last < text.length) inlines.push({ type: "text", text: text.slice(last) });
  return inlines;
}

/** Whether a text states the headline figure itself (then the report adds no sentence of its own). */
export function statesHeadline(texts: string[]): boolean {
  return texts.some((text) => text.includes("{figure:practitioners_trained}"));
}
