// French typography as the UN writes it: no-break spaces before high punctuation and inside
// guillemets, narrow no-break spaces in numbers, typographic apostrophes.

export const NO_BREAK_SPACE = "\u00A0";
/** French groups thousands with a narrow no-break space, so "1 817" never breaks across lines. */
export const NARROW_NO_BREAK_SPACE = "\u202F";

/** The signs the rules below act on. */
const FRENCH_SIGNS = /[;!?:»«']/;

/**
 * French typography for assembled text: the space before ";", "!" and "?" becomes a narrow
 * no-break space, the space before ":" and "»" and after "«" a no-break space, so none of these
 * signs starts a line; straight apostrophes become ’. Only existing spaces are replaced, so
 * "https://…" and "10:30" are left alone. Applying it twice changes nothing.
 */
export function frenchPunctuation(text: string): string {
  // Most runs of a report hold none of these signs: one test spares them four replacements.
  if (!FRENCH_SIGNS.test(text)) return text;
  return text
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NARROW_NO_BREAK_SPACE}$1`)
    .replace(/[ \u00A0\u202F]+([:»])/g, `${NO_BREAK_SPACE}$1`)
    .replace(/«[ \u00A0\u202F]+/g, `«${NO_BREAK_SPACE}`)
    .replace(/'/g, "’");
}
