// The activity form's fields, as name/value pairs, turned into the ActivityInput JSON the API takes.
// Runs in the browser (served by its source text, so it may not use imports) and on the server,
// for the form's no-script fallback.

export type FormInput = {
  input: Record<string, unknown>;
  /** The form field an API issue's path names: outcome rows left empty are skipped, so indexes move. */
  fieldPath: (path: string) => string;
};

/**
 * Empty fields are left out so that the API's own rules (required fields, defaults) apply; a
 * number field holding something else is sent as typed so that the API says what is wrong with it.
 */
export function formInput(entries: [string, string][]): FormInput {
  const values: Record<string, string[]> = {};
  for (const [name, raw] of entries) {
    const value = raw.trim();
    if (value !== "") values[name] = [...(values[name] ?? []), value];
  }
  const one = (name: string) => values[name]?.[0];
  const count = (name: string) => {
    const value = one(name);
    if (value === undefined) return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : value;
  };
  const split = (name: string, separator: RegExp) =>
    (one(name) ?? "")
      .split(separator)
      .map((part) => part.trim())
      .filter((part) => part !== "");
  const group = (prefix: string) => {
    const parts: Record<string, unknown> = {};
    for (const name of Object.keys(values)) {
      if (name.startsWith(prefix)) parts[name.slice(prefix.length)] = count(name);
    }
    return Object.keys(parts).length > 0 ? parts : undefined;
  };

  const input: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined) input[key] = value;
  };
  for (const key of ["kind", "theme", "title", "startDate", "endDate", "region", "place"]) put(key, one(key));
  put("countries", values.countries ?? []);
  put("countryCount", count("countryCount"));
  put("partners", split("partners", /,/));
  put("donors", values.donors ?? []);

  const bySex = group("participants.bySex.");
  const byProfession = group("participants.byProfession.");
  // One field per country ticked (participants.byCountry.KEN): the script adds them as countries are ticked.
  const byCountry = group("participants.byCountry.");
  if (one("participants.total") !== undefined || bySex || byProfession || byCountry) {
    const participants: Record<string, unknown> = { qualifier: one("participants.qualifier") ?? "exact" };
    if (one("participants.total") !== undefined) participants.total = count("participants.total");
    if (bySex) participants.bySex = bySex;
    if (byProfession) participants.byProfession = byProfession;
    if (byCountry) participants.byCountry = byCountry;
    input.participants = participants;
  }

  put("topics", split("topics", /\n/));

  const rows = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = /^outcomes\.(\d+)\.(indicator|baseline|value|unit)$/.exec(name);
    if (match) rows.add(Number(match[1]));
  }
  const formRows = [...rows].sort((a, b) => a - b);
  input.outcomes = formRows.map((row) => {
    const outcome: Record<string, unknown> = { qualifier: one(`outcomes.${row}.qualifier`) ?? "exact" };
    for (const key of ["indicator", "unit"]) {
      const value = one(`outcomes.${row}.${key}`);
      if (value !== undefined) outcome[key] = value;
    }
    for (const key of ["baseline", "value"]) {
      const value = count(`outcomes.${row}.${key}`);
      if (value !== undefined) outcome[key] = value;
    }
    return outcome;
  });

  // One field per language the page offers (narrative.fr, narrative.en…): the page lists the languages.
  const narrative: Record<string, string> = {};
  for (const name of Object.keys(values)) {
    const language = /^narrative\.([a-z]{2,3})$/.exec(name)?.[1];
    const text = one(name);
    if (language && text !== undefined) narrative[language] = text;
  }
  if (Object.keys(narrative).length > 0) input.narrative = narrative;

  return {
    input,
    fieldPath: (path) =>
      path.replace(/^outcomes\.(\d+)(?=\.|$)/, (whole, index: string) => {
        const row = formRows[Number(index)];
        return row === undefined ? whole : `outcomes.${row}`;
      }),
  };
}
