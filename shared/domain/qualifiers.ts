// How a sum is known from how its parts are: the one rule every total of the report, the pages
// and the exports follows (the README states it).
import type { ValueQualifier } from "./vocabulary";

export type Qualified = { value: number; qualifier: ValueQualifier };

/**
 * The qualifier of a sum of parts: all exact, exact; any "about", about; "at least" parts (and no
 * "about") make it "at least"; "fewer than" parts (and no other qualifier) make it an upper bound,
 * "fewer than". A lower and an upper bound together bound nothing: the sum is "about".
 */
export function sumQualifier(parts: Iterable<ValueQualifier>): ValueQualifier {
  const seen = new Set(parts);
  if (seen.has("approximately")) return "approximately";
  if (seen.has("at_least") && seen.has("fewer_than")) return "approximately";
  if (seen.has("at_least")) return "at_least";
  if (seen.has("fewer_than")) return "fewer_than";
  return "exact";
}

/** The sum of qualified parts, with the qualifier the rule gives. */
export function sumQualified(parts: readonly Qualified[]): Qualified {
  return {
    value: parts.reduce((sum, part) => sum + part.value, 0),
    qualifier: sumQualifier(parts.filter((part) => part.value !== 0).map((part) => part.qualifier)),
  };
}
