// One headline figure of a page's totals: the number in the page's language with its qualifier
// in words ("about 1,054"), what it counts, and a note where the count needs one (a measure's
// definition). data-card names it for the tests; `children` follow the note (an official figure).
import type { Child } from "hono/jsx";
import type { Language } from "../domain/countries";
import type { ValueQualifier } from "../domain/vocabulary";
import { formatNumber, QUALIFIER_PHRASES } from "../language/numbers";

type Props = {
  name: string;
  value: number;
  qualifier?: ValueQualifier;
  label: string;
  hint?: string;
  language: Language;
  children?: Child;
};

export function FigureCard({ name, value, qualifier = "exact", label, hint, language, children }: Props) {
  // The qualifier in smaller type before the number, so that « plus de 250 613 » fits a card;
  // nothing left is nothing, "0" and not "about 0" (see formatQualified).
  const phrase = value === 0 ? "" : QUALIFIER_PHRASES[language][qualifier];
  return (
    <div class="card" data-card={name}>
      <p class="figure">
        {phrase && <span class="qualifier">{phrase} </span>}
        {formatNumber(value, language)}
      </p>
      <p>{label}</p>
      {hint && <p class="hint">{hint}</p>}
      {children}
    </div>
  );
}
