// The activity form's building blocks: a labelled field with its hint and error, and checkbox lists.
// Ids follow the field's JSON path (field-, hint-, error-<path>) so that the script finds them.
import type { Child } from "hono/jsx";
import type { FormState } from "./form-state";
import type { Option } from "./options";
import type { MentorWords } from "./words";

export type FormView = { state: FormState; words: MentorWords };

export const fieldId = (path: string) => `field-${path}`;
export const hintId = (path: string) => `hint-${path}`;
export const errorId = (path: string) => `error-${path}`;

/** What was typed in a field, when the form is shown again after a refusal. */
export const typed = (f: FormView, path: string) => f.state.values.get(path)?.[0] ?? "";

/** A field's description: its hint, any shared rule, and its error once there is one. */
export function describedBy(f: FormView, path: string, ids: (string | undefined)[] = []): string | undefined {
  const all = [...ids, f.state.issues.has(path) ? errorId(path) : undefined].filter(Boolean);
  return all.length > 0 ? all.join(" ") : undefined;
}

/** Where an error is shown; `focus` is the element its link in the summary leads to. */
export function ErrorSlot({ f, path, focus }: { f: FormView; path: string; focus?: string }) {
  const messages = f.state.issues.get(path);
  return (
    <p class="error" id={errorId(path)} data-focus={focus ?? fieldId(path)} hidden={!messages}>
      {messages?.join(" ")}
    </p>
  );
}

function Label({ f, path, label, required }: { f: FormView; path: string; label: string; required?: boolean }) {
  return (
    <label for={fieldId(path)}>
      {label}
      {required && <span class="req"> {f.words.form.required}</span>}
    </label>
  );
}

type FieldProps = {
  f: FormView;
  path: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Ids of other descriptions: a rule shared by several fields. */
  described?: string[];
};

type InputProps = FieldProps & {
  type?: "text" | "date" | "number" | "search";
  /** Numbers: whole counts, or any value (outcomes). */
  numeric?: "count" | "decimal";
  maxLength?: number;
  autocomplete?: string;
};

/** What every field shows around its control: label, hint and error slot. */
function FieldFrame({ f, path, label, hint, required, children }: FieldProps & { children: Child }) {
  return (
    <div class="field">
      <Label f={f} path={path} label={label} required={required} />
      {hint && (
        <p class="hint" id={hintId(path)}>
          {hint}
        </p>
      )}
      <ErrorSlot f={f} path={path} />
      {children}
    </div>
  );
}

/** What ties a control to its frame: its invalid state, and its hint, shared rules and error. */
function ariaOf(f: FormView, { path, hint, described = [] }: FieldProps) {
  return {
    "aria-invalid": f.state.issues.has(path) ? "true" : undefined,
    "aria-describedby": describedBy(f, path, [hint ? hintId(path) : undefined, ...described]),
  };
}

export function Field(props: InputProps) {
  const { f, path, required, type = "text", numeric, maxLength, autocomplete } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={fieldId(path)}
        name={path}
        type={numeric ? "number" : type}
        value={typed(f, path)}
        required={required}
        {...ariaOf(f, props)}
        {...(numeric === "count" && { min: "0", step: "1", inputmode: "numeric" })}
        {...(numeric === "decimal" && { step: "any", inputmode: "decimal" })}
        {...(maxLength && { maxlength: maxLength })}
        {...(autocomplete && { autocomplete })}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { rows?: number; lang?: string }) {
  const { f, path, rows = 4, lang } = props;
  return (
    <FieldFrame {...props} required={undefined}>
      <textarea id={fieldId(path)} name={path} rows={rows} lang={lang} {...ariaOf(f, props)}>
        {typed(f, path)}
      </textarea>
    </FieldFrame>
  );
}

type SelectProps = FieldProps & { options: Option[]; placeholder?: string; selected?: string };

export function Select(props: SelectProps) {
  const { f, path, required, options, placeholder, selected } = props;
  const current = typed(f, path) || selected || "";
  return (
    <FieldFrame {...props}>
      <select id={fieldId(path)} name={path} required={required} {...ariaOf(f, props)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option value={option.value} selected={option.value === current}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Checkboxes sharing one name: the JSON list they make (countries, donors). */
export function CheckboxList({ f, name, options, id }: { f: FormView; name: string; options: Option[]; id: string }) {
  const checked = new Set(f.state.values.get(name) ?? []);
  return (
    <div class="checks" id={id}>
      {options.map((option) => (
        <label>
          <input type="checkbox" name={name} value={option.value} checked={checked.has(option.value)} /> {option.label}
        </label>
      ))}
    </div>
  );
}
