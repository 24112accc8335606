// A figure with its qualifier in words never breaks across two lines in a page's table or text
// ("about" / "120"): the spaces of « plus de 200 », "more than 200" become no-break spaces. The
// report's own text keeps its spaces: it is compared word for word with the published one.
import type { Qualified } from "../domain/qualifiers";
import type { ValueQualifier } from "../domain/vocabulary";
import type { Language } from "../language/languages";
import { formatCount, formatQualified } from "../language/numbers";

const NO_BREAK_SPACE = "\u00A0";

/** `text` with its spaces made no-break spaces. */
export const keptTogether = (text: string) => text.replace(/ /g, NO_BREAK_SPACE);

/** formatCount, kept on one line: « environ 85 ». */
export const countTogether = (value: number, qualifier: ValueQualifier, language: Language) =>
  keptTogether(formatCount(value, qualifier, language));

/** formatQualified, kept on one line: "about 1,054". */
export const qualifiedTogether = (figure: Qualified, language: Language) =>
  keptTogether(formatQualified(figure, language));
