// For managers on the donor page: choose the organisation whose summary to read.
import type { Donor } from "../../domain/donor";
import type { DonorWords } from "./words";

/** `year`: the year the address asked for, kept; without one, the donor's page picks its latest. */
export function DonorPicker({ donors, year, words }: { donors: Donor[]; year?: number; words: DonorWords }) {
  if (donors.length === 0) return <p>{words.noDonors}</p>;
  return (
    <form method="get" action="/app/donor">
      {year !== undefined && <input type="hidden" name="year" value={String(year)} />}
      <label for="donor">{words.pick}</label>
      <p class="hint" id="donor-hint">
        {words.pickHint}
      </p>
      <select id="donor" name="donor" aria-describedby="donor-hint">
        {donors.map((donor) => (
          <option value={donor.id}>{donor.name}</option>
        ))}
      </select>
      <p>
        <button type="submit">{words.show}</button>
      </p>
    </form>
  );
}
