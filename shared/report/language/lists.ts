// Lists, quotations and French punctuation spacing for sentences the report assembles.
import type { Language } from "../../domain/countries";
import { NARROW_NO_BREAK_SPACE } from "./numbers";

export const NO_BREAK_SPACE = "\u00A0";

const AND: Record<Language, string> = { fr: "et", en: "and" };

/** ["A", "B", "C"] → "A, B et C" / "A, B and C": UN style has no serial comma in either language. */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${AND[lang]} ${items.at(-1)}`;
}

/** « text » with no-break spaces inside the guillemets in French, “text” in English. */
export function quote(text: string, lang: Language): string {
  return lang === "fr" ? `«${NO_BREAK_SPACE}${text}${NO_BREAK_SPACE}»` : `“${text}”`;
}

/**
 * French typography for assembled text: the space before ";", "!" and "?" becomes a narrow
 * no-break space, the space before ":" and "»" and after "«" a no-break space, so none of these
 * signs starts a line; straight apostrophes become ’. Only existing spaces are replaced, so
 * "https://…" and "10:30" are left alone. Applying it twice changes nothing.
 */
export function frenchPunctuation(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NARROW_NO_BREAK_SPACE}$1`)
    .replace(/[ \u00A0\u202F]+([:»])/g, `${NO_BREAK_SPACE}$1`)
    .replace(/«[ \u00A0\u202F]+/g, `«${NO_BREAK_SPACE}`)
    .replace(/'/g, "’");
}
