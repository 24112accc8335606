// A reference record's form, described by its fields: each field names the input's JSON path
// ("dutyStation.city"), so that the form's values become the object the API's schema checks, and
// the schema's issues come back next to the fields they name.
import type { FieldIssue } from "../../domain/errors";
import type { Option } from "../mentor/options";

export type FieldSpec = {
  path: string;
  label: string;
  /** `countries`: checkboxes with the activity form's search (country-list-field.ts). */
  type: "text" | "date" | "number" | "select" | "checkboxes" | "countries" | "textarea";
  options?: Option[];
  required?: boolean;
  hint?: string;
  /** Given once, when the record is created (a donor's code). */
  createOnly?: boolean;
};

/** Each field's values as the form holds them, by path. */
export type FormValues = ReadonlyMap<string, string[]>;

const many = (field: FieldSpec) => field.type === "countries" || field.type === "checkboxes";

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1) as string] = value;
}

function getPath(source: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], source);
}

/** The values a form sent, by field path; only the fields the form has. */
export function sentValues(fields: FieldSpec[], entries: [string, string][]): FormValues {
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (!fields.some((field) => field.path === name)) continue;
    values.set(name, [...(values.get(name) ?? []), value.trim()]);
  }
  return values;
}

/** A stored record's values, to fill the form with. */
export function recordValues(fields: FieldSpec[], record: object): FormValues {
  return new Map(
    fields.map((field) => {
      const value = getPath(record, field.path);
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return [field.path, list.map(String)];
    }),
  );
}

/**
 * The object the form stands for: empty fields are left out so that the schema's own rules
 * (required, defaults) apply, and a number field holding something else is passed as typed, so
 * that the schema says what is wrong with it.
 */
export function formObject(fields: FieldSpec[], values: FormValues, skip: (field: FieldSpec) => boolean) {
  const object: Record<string, unknown> = {};
  for (const field of fields) {
    if (skip(field)) continue;
    const sent = (values.get(field.path) ?? []).filter((value) => value !== "");
    if (many(field)) {
      setPath(object, field.path, sent);
      continue;
    }
    const value = sent[0];
    if (value === undefined) continue;
    const number = Number(value);
    setPath(object, field.path, field.type === "number" && Number.isFinite(number) ? number : value);
  }
  return object;
}

/** The field an issue belongs to: the one its path is in, or the first one inside it (a missing group). */
export function fieldOf(fields: FieldSpec[], issue: FieldIssue): FieldSpec | undefined {
  return (
    fields.find((field) => issue.path === field.path || issue.path.startsWith(`${field.path}.`)) ??
    fields.find((field) => issue.path !== "" && field.path.startsWith(`${issue.path}.`))
  );
}

const idOf = (form: string, path: string) => `${form}-${path.replaceAll(".", "-")}`;

type FormProps = {
  id: string;
  action: string;
  fields: FieldSpec[];
  values: FormValues;
  issues: FieldIssue[];
  submit: string;
  /** The version the form was read at, for a replacement. */
  version?: number;
  creating: boolean;
  words: { invalid: string; optional: string };
  /** The words of a countries field's search, in the page's language. */
  countryWords?: CountryWords;
};

export type CountryWords = { hint: string; filter: string; chosen: string; none: string; noMatch: string };

/** A group missing whole (the duty station) is said of each required field in it, so that none goes unmarked. */
function spread(fields: FieldSpec[], issues: FieldIssue[]): FieldIssue[] {
  return issues.flatMap((issue) => {
    const inside = fields.filter((field) => issue.path !== "" && field.path.startsWith(`${issue.path}.`));
    const required = inside.filter((field) => field.required);
    if (fields.some((field) => field.path === issue.path) || required.length === 0) return [issue];
    return required.map((field) => ({ path: field.path, message: issue.message }));
  });
}

export function EntityForm(props: FormProps) {
  const { id, action, fields, values, issues: sent, submit, version, creating, words, countryWords } = props;
  const shown = fields.filter((field) => creating || !field.createOnly);
  const issues = spread(shown, sent);
  const issuesOf = (field: FieldSpec) => issues.filter((issue) => fieldOf(shown, issue) === field);
  return (
    <form method="post" action={action} id={id} class="entity-form" novalidate>
      {issues.length > 0 && (
        <div class="notice bad" role="alert" id={`${id}-errors`}>
          <p>{words.invalid}</p>
          <ul>
            {issues.map((issue) => {
              const field = fieldOf(shown, issue);
              return (
                <li>
                  {field ? <a href={`#${idOf(id, field.path)}`}>{field.label}</a> : issue.path} — {issue.message}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
      <div class="fields">
        {shown.map((field) => (
          <Field
            form={id}
            field={field}
            values={values.get(field.path) ?? []}
            issues={issuesOf(field)}
            words={words}
            countryWords={countryWords}
          />
        ))}
      </div>
      <p>
        <button type="submit">{submit}</button>
      </p>
    </form>
  );
}

function Field({
  form,
  field,
  values,
  issues,
  words,
  countryWords,
}: {
  form: string;
  field: FieldSpec;
  values: string[];
  issues: FieldIssue[];
  words: FormProps["words"];
  countryWords?: CountryWords;
}) {
  const id = idOf(form, field.path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [field.hint && hintId, issues.length > 0 && errorId].filter(Boolean).join(" ") || undefined;
  const invalid = issues.length > 0 ? "true" : undefined;
  const hint = field.type === "countries" ? (field.hint ?? countryWords?.hint) : field.hint;
  const label = `${field.label}${field.required ? "" : ` ${words.optional}`}`;
  const notes = (
    <>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {issues.length > 0 && (
        <p class="error" id={errorId}>
          {issues.map((issue) => issue.message).join("; ")}
        </p>
      )}
    </>
  );
  if (field.type === "countries") {
    // The ids are the activity form's, which its search script looks for: one such field a page.
    return (
      <fieldset class="wide" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {notes}
        <div class="field" id="country-search" hidden>
          <label for="country-filter">{countryWords?.filter}</label>
          <input id="country-filter" type="search" autocomplete="off" aria-controls="country-list" />
        </div>
        <p class="hint" id="countries-chosen" aria-live="polite"></p>
        <div
          class="checks"
          id="country-list"
          data-chosen={countryWords?.chosen}
          data-none={countryWords?.none}
          data-no-match={countryWords?.noMatch}
        >
          {(field.options ?? []).map((option, index) => (
            <label>
              <input
                type="checkbox"
                name={field.path}
                value={option.value}
                checked={values.includes(option.value)}
                id={index === 0 ? id : undefined}
              />{" "}
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (field.type === "checkboxes") {
    return (
      <fieldset class="wide" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {notes}
        {(field.options ?? []).map((option, index) => (
          <label class="check">
            <input
              type="checkbox"
              name={field.path}
              value={option.value}
              checked={values.includes(option.value)}
              id={index === 0 ? id : undefined}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    );
  }
  const common = {
    id,
    name: field.path,
    "aria-describedby": describedBy,
    "aria-invalid": invalid,
    required: field.required,
  };
  return (
    <div class={field.type === "textarea" ? "field wide" : "field"}>
      <label for={id}>{label}</label>
      {notes}
      {field.type === "select" ? (
        <select {...common}>
          {/* A required list starts on no choice, so that none is made by leaving it as it opened. */}
          {field.type === "select" && (!field.required || values.length === 0) && <option value="">—</option>}
          {(field.options ?? []).map((option) => (
            <option value={option.value} selected={values.includes(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.type === "textarea" ? (
        <textarea {...common} rows={3}>
          {values[0] ?? ""}
        </textarea>
      ) : (
        <input
          {...common}
          type={field.type === "number" ? "text" : field.type}
          inputmode={field.type === "number" ? "decimal" : undefined}
          value={values[0] ?? ""}
        />
      )}
    </div>
  );
}
