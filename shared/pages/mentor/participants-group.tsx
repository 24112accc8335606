// The participants: a total and its parts by sex and by profession, with the rule that binds them
// said once and referred to by every field it applies to.
import type { Language } from "../../domain/countries";
import { ErrorSlot, Field, type FormView, fieldId, Select } from "./form-fields";
import { type Option, professionOptions, sexOptions } from "./options";

const RULE = "participants-rule";
const sumId = (group: string) => `sum-${group}`;

function PartsGroup({ f, group, legend, options }: { f: FormView; group: string; legend: string; options: Option[] }) {
  const first = options[0] ? fieldId(`${group}.${options[0].value}`) : undefined;
  return (
    <fieldset class="parts" data-parts={group} aria-describedby={RULE}>
      <legend>{legend}</legend>
      <ErrorSlot f={f} path={group} focus={first} />
      <p class="hint" id={sumId(group)} aria-live="polite"></p>
      <div class="grid">
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
}

export function ParticipantsGroup({ f, lang }: { f: FormView; lang: Language }) {
  const w = f.words;
  const qualifiers = Object.entries(w.countQualifier).map(([value, label]) => ({ value, label }));
  return (
    <fieldset>
      <legend>{w.form.participants}</legend>
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
        options={professionOptions(lang)}
      />
    </fieldset>
  );
}
