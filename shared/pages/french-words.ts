// The pages' French words with French punctuation spacing, so that no ":", ";", "?", "!" or "»"
// starts a line: applied once to each page's vocabulary rather than typed into every string.
import { frenchPunctuation } from "../language/fr-typography";

/** Every string of `words`, and every string a function of it returns, with frenchPunctuation applied. */
export function frenchWords<T>(words: T): T {
  return spaced(words) as T;
}

function spaced(value: unknown): unknown {
  if (typeof value === "string") return frenchPunctuation(value);
  if (typeof value === "function") {
    return (...args: unknown[]) => spaced((value as (...args: unknown[]) => unknown)(...args));
  }
  if (Array.isArray(value)) return value.map(spaced);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spaced(inner)]));
  }
  return value;
}
