// One headline figure of a page's totals: the number in the page's language, what it counts, and
// a note where the count needs one. data-card names it for the browser tests.
import type { Language } from "../domain/countries";
import { formatNumber } from "../language/numbers";

type Props = { name: string; value: number; label: string; hint?: string; language: Language };

export function FigureCard({ name, value, label, hint, language }: Props) {
  return (
    <div class="card" data-card={name}>
      <p class="figure">{formatNumber(value, language)}</p>
      <p>{label}</p>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}
