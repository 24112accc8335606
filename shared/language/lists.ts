// Lists and quotations for sentences the pages and the report assemble.
import type { Language } from "./languages";
import { languageTable } from "./tables";

/** ["A", "B", "C"] → "A, B et C" / "A, B and C" (Intl.ListFormat): UN style has no serial comma in either language. */
export function joinList(items: readonly string[], lang: Language): string {
  return languageTable(lang).intl.lists.format(items);
}

/** « text » with no-break spaces inside the guillemets in French, “text” in English. */
export function quote(text: string, lang: Language): string {
  const { open, close } = languageTable(lang).quotes;
  return `${open}${text}${close}`;
}
