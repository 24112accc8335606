/// <reference lib="dom" />
// A list of countries to tick outside the activity form (a mentor's countries covered, on the
// reference records' pages): the form's own search, its words read from the list's data attributes.
// Runs in the browser; served by its source text, so it may not use imports at run time.
import type { ClientWords } from "../mentor/words";
import type { countryPicker as CountryPickerFunction } from "./country-picker";

export function countryListField(countryPicker: typeof CountryPickerFunction) {
  const list = document.getElementById("country-list");
  if (!list) return;
  const { chosen = "", none = "", noMatch = "" } = list.dataset;
  // The picker reads these three of the form's words only.
  countryPicker({ countriesChosen: chosen, noCountry: none, noMatch } as ClientWords);
}
