/// <reference lib="dom" />
// The countries' checkboxes made searchable: the countries ticked are shown, typing finds others
// (accents and case aside, or an ISO code), Enter ticks the one country left, and what is ticked
// is said in words.
// Runs in the browser; served by its source text, so it may not use imports at run time.
import type { ClientWords } from "../mentor/words";

/** `onChange` is told of every tick and untick, by hand or by Enter in the search box. */
export function countryPicker(words: ClientWords, onChange: () => void = () => undefined) {
  const list = document.getElementById("country-list");
  const filter = document.getElementById("country-filter") as HTMLInputElement | null;
  const chosen = document.getElementById("countries-chosen");
  const say = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
  // "cote d'ivoire" finds « Côte d’Ivoire »: accents, case and the curly apostrophe aside.
  const fold = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[’‘]/g, "'")
      .toLowerCase();
  const labels = () => Array.from(list?.querySelectorAll("label") ?? []);

  const showChosen = (matches?: number) => {
    const names = labels()
      .filter((label) => label.querySelector("input")?.checked)
      .map((label) => label.textContent?.trim() ?? "");
    const ticked = names.length
      ? say(words.countriesChosen, { count: names.length, names: names.join(", ") })
      : words.noCountry;
    if (chosen) chosen.textContent = matches === 0 && filter?.value.trim() ? `${words.noMatch} ${ticked}` : ticked;
  };

  // Without a search only the countries ticked are shown: the page, not a box inside it, scrolls.
  const narrow = () => {
    const wanted = fold(filter?.value.trim() ?? "");
    let matches = 0;
    for (const label of labels()) {
      const box = label.querySelector("input");
      const code = box?.value.toLowerCase();
      const found = fold(label.textContent ?? "").includes(wanted) || code === wanted;
      const match = wanted === "" ? Boolean(box?.checked) : found;
      label.hidden = !match;
      if (match) matches += 1;
    }
    showChosen(matches);
  };

  if (filter) {
    const search = document.getElementById("country-search");
    if (search) search.hidden = false;
    filter.addEventListener("input", narrow);
    // Enter in the search box ticks the one country left, rather than sending the form.
    filter.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      const visible = labels().filter((label) => !label.hidden);
      const only = visible.length === 1 ? visible[0]?.querySelector("input") : undefined;
      if (only) {
        only.checked = true;
        filter.value = "";
        narrow();
        onChange();
      }
    });
  }
  // A country unticked stays in sight until the next search, so that a slip can be undone.
  list?.addEventListener("change", () => {
    showChosen();
    onChange();
  });
  if (filter) narrow();
  else showChosen();

  return {
    showChosen: () => showChosen(),
    /** After the form is reset or filled: the countries ticked, and no search. */
    reset: () => {
      if (filter) filter.value = "";
      narrow();
    },
  };
}
