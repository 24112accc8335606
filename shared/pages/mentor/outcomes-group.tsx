// Topics, measurable outcomes (one row at least, more added by the script) and the narratives.
import { LANGUAGES, type Language } from "../../language/languages";
import { ErrorSlot, Field, type FormView, fieldId, hintId, Select, TextArea } from "./form-fields";
import { professionOptions, sexOptions } from "./options";

function OutcomeRow({ f, row }: { f: FormView; row: number }) {
  const w = f.words;
  const path = (field: string) => `outcomes.${row}.${field}`;
  const qualifiers = Object.entries(w.valueQualifier).map(([value, label]) => ({ value, label }));
  return (
    <fieldset class="outcome" data-row={row}>
      <legend>
        {w.form.outcome} <span class="row-number">{row + 1}</span>
      </legend>
      <Field f={f} path={path("indicator")} label={w.form.indicator} maxLength={200} />
      <div class="grid">
        <Field f={f} path={path("baseline")} label={w.form.baseline} numeric="decimal" />
        <Field f={f} path={path("value")} label={w.form.value} numeric="decimal" />
        <Select f={f} path={path("qualifier")} label={w.form.valueQualifier} options={qualifiers} selected="exact" />
        <Field f={f} path={path("unit")} label={w.form.unit} maxLength={200} />
      </div>
    </fieldset>
  );
}

export function OutcomesGroup({ f }: { f: FormView }) {
  const w = f.words.form;
  const rows = Array.from({ length: f.state.outcomeRows }, (_, row) => row);
  return (
    <>
      <TextArea f={f} path="topics" label={w.topics} hint={w.topicsHint} rows={3} />
      <fieldset id="outcomes" aria-describedby={hintId("outcomes")}>
        <legend>{w.outcomes}</legend>
        <p class="hint" id={hintId("outcomes")}>
          {w.outcomesHint}
        </p>
        <ErrorSlot f={f} path="outcomes" focus={fieldId("outcomes.0.indicator")} />
        {rows.map((row) => (
          <OutcomeRow f={f} row={row} />
        ))}
        <button type="button" class="secondary" id="add-outcome" hidden>
          {w.addOutcome}
        </button>
      </fieldset>
    </>
  );
}

/** The codes a narrative may hold, each with what the report writes in its place, in plain words. */
function Placeholders({ f, lang }: { f: FormView; lang: Language }) {
  const w = f.words.form.fill;
  const groups = [...sexOptions(lang), ...professionOptions(lang)];
  const rows: [string, string][] = [
    ["{participants}", w.participants],
    ...groups.map((option): [string, string] => [`{participants:${option.value}}`, w.participantsOf(option.label)]),
    ["{countries}", w.countries],
    ["{countries:in}", w.countriesIn],
    ["{countries:of}", w.countriesOf],
    ["{countryCount}", w.countryCount],
    ["{partners}", w.partners],
    ["{outcome:1}", w.outcome],
    ["{outcome:1:baseline}", w.baseline],
  ];
  return (
    <details class="sub">
      <summary>{w.title}</summary>
      <p class="hint">{w.intro}</p>
      <dl class="codes">
        {rows.map(([code, meaning]) => (
          <>
            <dt>
              <code>{code}</code>
            </dt>
            <dd>{meaning}</dd>
          </>
        ))}
      </dl>
    </details>
  );
}

export function NarrativeGroup({ f, lang }: { f: FormView; lang: Language }) {
  const w = f.words.form;
  return (
    <fieldset aria-describedby={hintId("narrative")}>
      <legend class="vh">{w.narrative}</legend>
      <p class="hint" id={hintId("narrative")}>
        {w.narrativeHint}
      </p>
      <Placeholders f={f} lang={lang} />
      <ErrorSlot f={f} path="narrative" focus={fieldId(`narrative.${LANGUAGES[0]}`)} />
      {LANGUAGES.map((language) => (
        <TextArea f={f} path={`narrative.${language}`} label={w.narrativeIn[language]} lang={language} rows={5} />
      ))}
    </fieldset>
  );
}
