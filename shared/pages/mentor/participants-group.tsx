// The participants: a total and its parts by sex, by profession and by country, with the rule that
// binds them said once and referred to by every field it applies to.
import type { Language } from "../../domain/countries";
import { ErrorSlot, Field, type FormView, fieldId, hintId, Select } from "./form-fields";
import { countryOptions, labelOf, type Option, professionOptions, sexOptions } from "./options";

const RULE = "participants-rule";
const sumId = (group: string) => `sum-${group}`;

function PartsGroup(props: { f: FormView; group: string; legend: string; options: Option[]; folded?: boolean }) {
  const { f, group, legend, options, folded } = props;
  const first = options[0] ? fieldId(`${group}.${options[0].value}`) : undefined;
  const parts = (
    <fieldset class="parts" data-parts={group} aria-describedby={RULE}>
      <legend class={folded ? "vh" : undefined}>{legend}</legend>
      <ErrorSlot f={f} path={group} focus={first} />
      <p class="hint" id={sumId(group)} aria-live="polite"></p>
      <div class="grid parts-grid">
        {options.map((option) => (
          <Field
            f={f}
            path={`${group}.${option.value}`}
            label={option.label}
            numeric="count"
            described={[RULE, sumId(group)]}
          />
        ))}
      </div>
    </fieldset>
  );
  if (!folded) return parts;
  // A long list that few records fill: folded until it holds something.
  const filled = [...f.state.values.entries()].some(([name, values]) => name.startsWith(`${group}.`) && values[0]);
  const open = filled || [...f.state.issues.keys()].some((slot) => slot.startsWith(group));
  return (
    <details class="sub" open={open}>
      <summary>{legend}</summary>
      {parts}
    </details>
  );
}

const BY_COUNTRY = "participants.byCountry";
/** What the script puts in place of the code when it makes a country's field from the template. */
export const COUNTRY_PLACEHOLDER = "ISO3";

/** One country's field; the wrapper names the country, so that the script can show or hide it. */
function CountryPart({ f, code, label }: { f: FormView; code: string; label: string }) {
  return (
    <div class="country-part" data-country={code}>
      <Field
        f={f}
        path={`${BY_COUNTRY}.${code}`}
        label={label}
        numeric="count"
        described={[RULE, sumId(BY_COUNTRY), hintId(BY_COUNTRY)]}
      />
    </div>
  );
}

/**
 * Participants by country: a field for each country ticked, and for each one that holds a
 * figure (unticked since, it keeps its message). The page's script adds, shows and hides them as
 * countries are ticked, from the template; without it they come with the form shown again.
 */
function CountryParts({ f, lang }: { f: FormView; lang: Language }) {
  const w = f.words.form;
  const ticked = new Set(f.state.values.get("countries") ?? []);
  const prefix = `${BY_COUNTRY}.`;
  const typed = [...f.state.values.keys()]
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length));
  const options = countryOptions(lang);
  const listed = options.filter((option) => ticked.has(option.value) || typed.includes(option.value));
  // A code that is no country of the list is shown as typed, with its message.
  const unknown = typed.filter((code) => !options.some((option) => option.value === code));
  const parts = [...listed, ...unknown.map((code) => ({ value: code, label: labelOf(options, code) }))];
  return (
    <fieldset class="parts" data-parts={BY_COUNTRY} aria-describedby={`${RULE} ${hintId(BY_COUNTRY)}`}>
      <legend>{w.byCountry}</legend>
      <p class="hint" id={hintId(BY_COUNTRY)}>
        {w.byCountryHint}
      </p>
      <ErrorSlot f={f} path={BY_COUNTRY} focus={parts[0] ? fieldId(`${prefix}${parts[0].value}`) : "country-filter"} />
      <p class="hint" id={sumId(BY_COUNTRY)} aria-live="polite"></p>
      <p class="hint" id="country-parts-empty" hidden={parts.length > 0}>
        {w.byCountryEmpty}
      </p>
      <noscript>
        <p class="hint">{w.byCountryNoScript}</p>
      </noscript>
      <div class="grid" id="country-parts">
        {parts.map((part) => (
          <CountryPart f={f} code={part.value} label={part.label} />
        ))}
      </div>
      <template id="country-part-template">
        <CountryPart f={f} code={COUNTRY_PLACEHOLDER} label={COUNTRY_PLACEHOLDER} />
      </template>
    </fieldset>
  );
}

export function ParticipantsGroup({ f, lang }: { f: FormView; lang: Language }) {
  const w = f.words;
  const qualifiers = Object.entries(w.countQualifier).map(([value, label]) => ({ value, label }));
  return (
    <fieldset>
      <legend class="vh">{w.form.participants}</legend>
      <p class="rule" id={RULE}>
        {w.form.partsRule}
      </p>
      <ErrorSlot f={f} path="participants" focus={fieldId("participants.total")} />
      <div class="pair">
        <Field f={f} path="participants.total" label={w.form.total} numeric="count" described={[RULE]} />
        <Select f={f} path="participants.qualifier" label={w.form.qualifier} options={qualifiers} selected="exact" />
      </div>
      <PartsGroup f={f} group="participants.bySex" legend={w.form.bySex} options={sexOptions(lang)} />
      <PartsGroup
        f={f}
        group="participants.byProfession"
        legend={w.form.byProfession}
        folded
        options={professionOptions(lang)}
      />
      <CountryParts f={f} lang={lang} />
    </fieldset>
  );
}
