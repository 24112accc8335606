// What an activity holds that the form does not show (notes, the source paragraph, an explicit
// reporting year, an outcome's own text, the order of its countries), set through the API or the
// seed. Replacing the record with the form's fields alone would lose them: saving carries them over.
import type { Activity, ActivityInput } from "../../domain/activity";

export function withUnshownFields(stored: Activity, input: ActivityInput): ActivityInput {
  // The stored year is always there; it was given explicitly only where the dates do not imply it.
  const explicitYear = stored.year !== Number(stored.startDate.slice(0, 4));
  // Rows may have been added, removed or moved: an outcome keeps the text of the one it names.
  const texts = new Map(
    stored.outcomes.flatMap((outcome) => (outcome.text ? [[outcome.indicator, outcome.text]] : [])),
  );
  // Ticked boxes come back in the list's alphabetical order; the record's order, the one its
  // sentences name the countries in, stays, and countries newly ticked follow.
  const place = new Map(stored.countries.map((country, index) => [country, index]));
  const rank = (country: string) => place.get(country) ?? place.size;
  return {
    ...input,
    countries: [...input.countries].sort((a, b) => rank(a) - rank(b)),
    ...(stored.notes !== undefined && { notes: stored.notes }),
    ...(stored.source !== undefined && { source: stored.source }),
    ...(explicitYear && { year: stored.year }),
    outcomes: input.outcomes.map((outcome) => {
      const text = texts.get(outcome.indicator);
      return text && !outcome.text ? { ...outcome, text } : outcome;
    }),
  };
}
