// The activity form's first groups: what the activity is, where it took place, with whom.
import { isRegionCode, type Language, regionName } from "../../domain/countries";
import type { Donor } from "../../domain/donor";
import { CheckboxList, ErrorSlot, Field, type FormView, hintId, Select, typed } from "./form-fields";
import { countryOptions, kindOptions, type Option, regionOptions, themeOptions } from "./options";

export function ActivityGroup({ f, lang }: { f: FormView; lang: Language }) {
  const w = f.words.form;
  return (
    <fieldset>
      <legend class="vh">{w.activity}</legend>
      <Select f={f} path="kind" label={w.kind} required options={kindOptions(lang)} placeholder={w.choose} />
      <Select
        f={f}
        path="theme"
        label={w.theme}
        hint={w.themeHint}
        required
        options={themeOptions(lang)}
        placeholder={w.choose}
      />
      <Field f={f} path="title" label={w.activityTitle} required maxLength={200} />
      <div class="pair">
        <Field f={f} path="startDate" label={w.startDate} type="date" required />
        <Field f={f} path="endDate" label={w.endDate} type="date" required />
      </div>
    </fieldset>
  );
}

/** The form offers regions and sub-regions; a record may hold another grouping (the world), which stays. */
function regionChoices(f: FormView, lang: Language): Option[] {
  const options = regionOptions(lang);
  const held = typed(f, "region");
  const offered = held === "" || !isRegionCode(held) || options.some((option) => option.value === held);
  return offered ? options : [...options, { value: held, label: regionName(held, lang) }];
}

export function WhereGroup({ f, lang }: { f: FormView; lang: Language }) {
  const w = f.words.form;
  return (
    <fieldset>
      <legend class="vh">{w.where}</legend>
      <fieldset aria-describedby={hintId("countries")}>
        <legend>{w.countries}</legend>
        <p class="hint" id={hintId("countries")}>
          {w.countriesHint}
        </p>
        <ErrorSlot f={f} path="countries" focus="country-filter" />
        {/* The filter needs the script; without it the list is still a plain list of checkboxes. */}
        <div class="field" id="country-search" hidden>
          <label for="country-filter">{w.countryFilter}</label>
          <input id="country-filter" type="search" autocomplete="off" aria-controls="country-list" />
        </div>
        <p class="hint" id="countries-chosen" aria-live="polite"></p>
        <CheckboxList f={f} name="countries" id="country-list" options={countryOptions(lang)} />
      </fieldset>
      <div class="pair">
        <Field f={f} path="countryCount" label={w.countryCount} hint={w.countryCountHint} numeric="count" />
        <Select
          f={f}
          path="region"
          label={w.region}
          hint={w.regionHint}
          options={regionChoices(f, lang)}
          placeholder={w.none}
        />
      </div>
      <Field f={f} path="place" label={w.place} hint={w.placeHint} maxLength={200} />
    </fieldset>
  );
}

export function PartnersGroup({ f, donors }: { f: FormView; donors: Donor[] }) {
  const w = f.words.form;
  return (
    <fieldset>
      <legend class="vh">{w.withWhom}</legend>
      <Field f={f} path="partners" label={w.partners} hint={w.partnersHint} />
      <fieldset>
        <legend>{w.donors}</legend>
        <ErrorSlot f={f} path="donors" focus={donors[0] ? "donor-list" : undefined} />
        {donors.length === 0 ? (
          <p class="hint">{w.noDonors}</p>
        ) : (
          <CheckboxList
            f={f}
            name="donors"
            id="donor-list"
            options={donors.map((donor) => ({ value: donor.id, label: donor.name }))}
          />
        )}
      </fieldset>
    </fieldset>
  );
}
