/// <reference lib="dom" />
// The activity form's script: live sums, outcome rows, checks, and sending the form as JSON to the
// API, or to the outbox when the network fails. Correcting a stored record (data-mode="edit"), the
// browser sends the form itself once the checks pass. Runs in the browser; served by its source
// text with its helpers (form input, outbox, errors, country search) passed in, so it may not use
// imports.
import type { ActivityInput } from "../../domain/activity";
import type { countryPicker as CountryPickerFunction } from "./country-picker";
import type { fieldIssues as FieldIssuesFunction } from "./field-issues";
import type { formInput as FormInputFunction } from "./form-input";
import type { formSteps as FormStepsFunction } from "./form-steps";
import type { Issue, OutboxEntry, OutboxSettings, startOutbox as StartOutboxFunction } from "./outbox";

export function activityForm(
  formInput: typeof FormInputFunction,
  startOutbox: typeof StartOutboxFunction,
  fieldIssues: typeof FieldIssuesFunction,
  countryPicker: typeof CountryPickerFunction,
  formSteps: typeof FormStepsFunction,
) {
  const form = document.getElementById("activity-form");
  const settingsElement = document.getElementById("form-settings");
  if (!(form instanceof HTMLFormElement) || !settingsElement) return;
  const settings = JSON.parse(settingsElement.textContent ?? "{}") as OutboxSettings;
  const words = settings.words;
  const summary = document.getElementById("form-errors") as HTMLElement;
  const success = document.getElementById("form-success") as HTMLElement;
  const MAX_OUTCOMES = 20;

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/app/sw.js", { scope: "/app/" }).catch(() => undefined);
  }

  const say = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
  const byId = (id: string) => document.getElementById(id);
  const field = (name: string) => byId(`field-${name}`) as HTMLInputElement | HTMLSelectElement | null;
  const controls = (root: ParentNode) =>
    Array.from(
      root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input,select,textarea"),
    );
  const numberIn = (name: string) => {
    const value = field(name)?.value.trim() ?? "";
    return value === "" ? undefined : Number(value);
  };

  // Participants by country: a field for each country ticked, made from the page's template the
  // first time the country is ticked, hidden and disabled (so not sent) while it is not.
  const countryParts = byId("country-parts");
  const partTemplate = byId("country-part-template") as HTMLTemplateElement | null;
  const PLACEHOLDER = "ISO3";
  const newCountryPart = (box: HTMLInputElement) => {
    const made = partTemplate?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
    if (!made) return undefined;
    for (const element of [made, ...Array.from(made.querySelectorAll("*"))]) {
      for (const attribute of ["id", "for", "name", "aria-describedby", "data-focus", "data-country"]) {
        const value = element.getAttribute(attribute);
        if (value) element.setAttribute(attribute, value.split(PLACEHOLDER).join(box.value));
      }
    }
    const label = made.querySelector("label");
    if (label) label.textContent = box.closest("label")?.textContent?.trim() || box.value;
    return made;
  };
  const syncCountryParts = () => {
    if (!countryParts) return;
    const parts = new Map(
      Array.from(countryParts.querySelectorAll<HTMLElement>("[data-country]")).map((part) => [
        part.dataset.country ?? "",
        part,
      ]),
    );
    let shown = 0;
    // In the list's order; a field whose code is no country of the list stays as it is.
    for (const box of Array.from(form.querySelectorAll<HTMLInputElement>('input[name="countries"]'))) {
      let part = parts.get(box.value);
      if (!part && box.checked) part = newCountryPart(box);
      if (!part) continue;
      part.hidden = !box.checked;
      for (const input of controls(part)) input.disabled = !box.checked;
      countryParts.append(part);
      if (box.checked) shown += 1;
    }
    const empty = byId("country-parts-empty");
    if (empty) empty.hidden = shown > 0;
  };

  // Participants: each group's parts are summed as they are typed, against the total, and the sum
  // said in words. A part that is no whole number of zero or more has its own message and is not
  // counted.
  const wholeCount = (value: string) => /^\d+$/.test(value.trim());
  const partsOver = (group: string): Issue | undefined => {
    const total = numberIn("participants.total");
    const box = form.querySelector(`[data-parts="${group}"]`);
    if (!box) return undefined;
    const parts = controls(box).filter((input) => !input.disabled && wholeCount(input.value));
    const sum = parts.reduce((all, input) => all + Number(input.value), 0);
    const line = byId(`sum-${group}`);
    const known = total !== undefined && Number.isInteger(total) && total >= 0;
    const over = known && sum > total;
    if (line) {
      let said = "";
      if (parts.length > 0 && !known) said = say(words.partsNoTotal, { sum });
      else if (parts.length > 0 && over) said = say(words.partsOver, { sum, total, over: sum - total });
      else if (parts.length > 0 && sum === total) said = say(words.partsAll, { total });
      else if (parts.length > 0 && known) said = say(words.partsSum, { sum, total, rest: total - sum });
      line.textContent = said;
      line.className = over ? "error" : "hint";
    }
    for (const input of controls(box)) {
      if (over) input.setAttribute("aria-invalid", "true");
      else if (!byId(`error-${input.name}`)?.textContent) input.removeAttribute("aria-invalid");
    }
    return over && known
      ? { path: group, message: say(words.partsOver, { sum, total, over: sum - total }) }
      : undefined;
  };
  const checkParts = () => [
    partsOver("participants.bySex"),
    partsOver("participants.byProfession"),
    partsOver("participants.byCountry"),
  ];
  const steps = formSteps(form, words, settings.locale);
  const picker = countryPicker(words, () => {
    syncCountryParts();
    checkParts();
    steps.refresh();
  });
  syncCountryParts();
  checkParts();
  steps.refresh();

  // Outcomes: one row is shown; more are copies of the first with the next index.
  const addOutcome = byId("add-outcome") as HTMLButtonElement | null;
  const outcomeRows = () => Array.from(form.querySelectorAll<HTMLFieldSetElement>("fieldset.outcome"));
  const newOutcome = () => {
    const rows = outcomeRows();
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last || rows.length >= MAX_OUTCOMES) return undefined;
    const index = rows.length;
    const row = first.cloneNode(true) as HTMLFieldSetElement;
    row.dataset.row = String(index);
    for (const element of Array.from(row.querySelectorAll("*"))) {
      for (const attribute of ["id", "for", "name", "aria-describedby", "data-focus"]) {
        const value = element.getAttribute(attribute);
        if (value) element.setAttribute(attribute, value.replace(/outcomes\.0\./g, `outcomes.${index}.`));
      }
    }
    for (const input of controls(row)) {
      input.value = input instanceof HTMLSelectElement ? "exact" : "";
      input.removeAttribute("aria-invalid");
      // A copy of a row shown with errors keeps none of them.
      const described = (input.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .filter((id) => id && !id.startsWith("error-"));
      if (described.length) input.setAttribute("aria-describedby", described.join(" "));
      else input.removeAttribute("aria-describedby");
    }
    for (const error of Array.from(row.querySelectorAll<HTMLElement>(".error"))) {
      error.hidden = true;
      error.textContent = "";
    }
    const number = row.querySelector(".row-number");
    if (number) number.textContent = String(index + 1);
    last.after(row);
    if (addOutcome) addOutcome.hidden = index + 1 >= MAX_OUTCOMES;
    return row;
  };
  if (addOutcome) {
    // A record being corrected may already have every row there may be.
    addOutcome.hidden = outcomeRows().length >= MAX_OUTCOMES;
    addOutcome.addEventListener("click", () => controls(newOutcome() ?? form)[0]?.focus());
  }

  const { showIssues, clearIssues } = fieldIssues(form, summary);
  const entriesNow = () => Array.from(new FormData(form), ([name, value]) => [name, String(value)] as [string, string]);

  // Errors clear as soon as what they are about is put right. Once the person has tried to send,
  // every check runs as they type; before, only those about what was typed. The server's messages
  // (the form sent back without the script, or the API's answer) stand until their field changes.
  let attempted = false;
  let standing: Issue[] = [];
  for (const slot of Array.from(form.querySelectorAll<HTMLElement>(".error[id^='error-']"))) {
    if (slot.hidden || !slot.textContent?.trim()) continue;
    standing.push({ path: slot.id.slice("error-".length), message: slot.textContent.trim() });
    attempted = true;
  }
  const concerns = (path: string, name: string) =>
    path === name || name.startsWith(`${path}.`) || path.startsWith(`${name}.`);
  const recheck = (event: Event) => {
    const name = (event.target as HTMLInputElement).name ?? "";
    if (!name) return;
    standing = standing.filter((issue) => !issue.path || !concerns(issue.path, name));
    const { input, fieldPath } = formInput(entriesNow());
    const found = check(input, fieldPath).filter((issue) => attempted || issue.live);
    showIssues([...standing, ...found], undefined, { quiet: true, summary: attempted });
    // Showing clears every mark; the sums put theirs back.
    checkParts();
  };
  form.addEventListener("input", recheck);
  form.addEventListener("change", recheck);
  /** Before sending: every check, the summary focused; the server's messages are asked again. */
  const tryToSend = (input: Record<string, unknown>, fieldPath: (path: string) => string) => {
    attempted = true;
    standing = [];
    const problems = check(input, fieldPath);
    if (problems.length > 0) showIssues(problems);
    else clearIssues();
    return problems.length === 0;
  };
  /** The server's answer: shown, and kept until each field concerned changes. */
  const refused = (issues: Issue[], fieldPath: (path: string) => string = (path) => path) => {
    standing = issues.map((issue) => ({ ...issue, path: issue.path && fieldPath(issue.path) }));
    showIssues(standing);
  };
  const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
  // With the script a last look comes before sending.
  if (submit) submit.textContent = words.reviewAndSave;

  /**
   * What the browser can tell before sending, by the form's paths: the API checks everything again.
   * `live` issues are about what was typed (a date, a number) and are said as it is typed; the
   * others (a field left blank) once the person tries to send.
   */
  type Checked = Issue & { live?: boolean };
  const check = (input: Record<string, unknown>, fieldPath: (path: string) => string): Checked[] => {
    const issues: Checked[] = [];
    for (const name of ["kind", "theme", "title", "startDate", "endDate"]) {
      if (input[name] === undefined) issues.push({ path: name, message: words.required });
    }
    // An outcome row that is begun needs its indicator, value and unit.
    (input.outcomes as Record<string, unknown>[]).forEach((outcome, index) => {
      for (const name of ["indicator", "value", "unit"]) {
        if (outcome[name] === undefined)
          issues.push({ path: fieldPath(`outcomes.${index}.${name}`), message: words.required });
      }
    });
    if (typeof input.startDate === "string" && typeof input.endDate === "string" && input.endDate < input.startDate) {
      issues.push({ path: "endDate", message: words.endBeforeStart, live: true });
    }
    for (const element of controls(form)) {
      // A country's field while the country is not ticked is not sent.
      if (element.disabled) continue;
      const whole = element.name === "countryCount" || element.name.startsWith("participants.");
      const value = element.value.trim();
      const bad =
        (element instanceof HTMLInputElement && element.validity.badInput) ||
        (whole &&
          element.type === "number" &&
          value !== "" &&
          !(Number.isInteger(Number(value)) && Number(value) >= 0));
      if (bad) issues.push({ path: element.name, message: words.notANumber, live: true });
    }
    const participants = input.participants as Record<string, unknown> | undefined;
    if (participants && participants.total === undefined) {
      issues.push({ path: "participants.total", message: words.totalMissing });
    }
    for (const over of checkParts()) if (over) issues.push(over);
    const countries = (input.countries as string[] | undefined)?.length ?? 0;
    if (typeof input.countryCount === "number" && input.countryCount < countries) {
      issues.push({ path: "countryCount", message: say(words.countryCountLow, { count: countries }), live: true });
    }
    return issues;
  };

  // Correcting a stored record: no outbox and no Idempotency-Key, which are for creating one. The
  // browser sends the form to the edit page, which checks the version it was read at; the script
  // only stops what would fail here, and keeps what was typed.
  if (form.dataset.mode === "edit") {
    const offline = byId("form-offline");
    // A second click while the first sending is on its way would meet its own new version and be
    // told someone else changed the record. Past a few seconds (a stopped load), it is a new try.
    const REPEAT_MS = 5_000;
    let sentAt = 0;
    window.addEventListener("online", () => {
      if (offline) offline.hidden = true;
    });
    checkParts();
    let confirmed = false;
    form.addEventListener("submit", (event) => {
      if (Date.now() - sentAt < REPEAT_MS) return event.preventDefault();
      if (offline) offline.hidden = true;
      const { input, fieldPath } = formInput(entriesNow());
      if (!tryToSend(input, fieldPath)) return event.preventDefault();
      if (!navigator.onLine) {
        event.preventDefault();
        if (offline) {
          offline.textContent = words.offlineEdit;
          offline.hidden = false;
          offline.focus();
        }
        return;
      }
      if (!confirmed) {
        event.preventDefault();
        void steps.confirm().then((send) => {
          if (!send) return;
          confirmed = true;
          form.requestSubmit();
        });
        return;
      }
      confirmed = false;
      sentAt = Date.now();
    });
    // Said once the script handles the form: until then a submission goes as a plain form post.
    form.dataset.enhanced = "true";
    return;
  }

  const clearForm = () => {
    form.reset();
    for (const row of outcomeRows().slice(1)) row.remove();
    if (addOutcome) addOutcome.hidden = false;
    picker.reset();
    syncCountryParts();
    checkParts();
    attempted = false;
    standing = [];
    clearIssues();
    steps.refresh();
  };

  /** Puts an activity kept in the outbox back into the form, to correct what the server refused. */
  const fill = (entry: OutboxEntry) => {
    clearForm();
    const body = entry.body as Partial<ActivityInput>;
    const set = (name: string, value: unknown) => {
      const input = field(name);
      if (input && value !== undefined && value !== null) input.value = String(value);
    };
    for (const name of ["kind", "theme", "title", "startDate", "endDate", "countryCount", "region", "place"] as const) {
      set(name, body[name]);
    }
    for (const name of ["countries", "donors"] as const) {
      for (const box of Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))) {
        box.checked = (body[name] ?? []).includes(box.value);
      }
    }
    set("partners", (body.partners ?? []).join(", "));
    set("topics", (body.topics ?? []).join("\n"));
    const participants: Partial<NonNullable<ActivityInput["participants"]>> = body.participants ?? {};
    set("participants.total", participants.total);
    set("participants.qualifier", participants.qualifier);
    // The countries' fields exist once their countries are ticked.
    syncCountryParts();
    for (const group of ["bySex", "byProfession", "byCountry"] as const) {
      for (const [part, count] of Object.entries(participants[group] ?? {})) {
        set(`participants.${group}.${part}`, count);
      }
    }
    (body.outcomes ?? []).forEach((outcome, index) => {
      if (index > 0) newOutcome();
      for (const [key, value] of Object.entries(outcome)) set(`outcomes.${index}.${key}`, value);
    });
    for (const [language, text] of Object.entries(body.narrative ?? {})) set(`narrative.${language}`, text);
    picker.reset();
    checkParts();
    steps.refresh();
    refused(entry.issues ?? []);
  };

  const outbox = startOutbox(settings, fill);

  const succeeded = (id: string, title: string) => {
    const link = document.createElement("a");
    link.href = `/app/activities/${encodeURIComponent(id)}`;
    link.textContent = words.open;
    success.replaceChildren(say(words.created, { title }), " ", link);
    success.hidden = false;
    clearForm();
    success.focus();
    // The server answered: whatever waits on this device can go too.
    void outbox.flush();
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (submit?.disabled) return;
    success.hidden = true;
    const { input, fieldPath } = formInput(entriesNow());
    if (!tryToSend(input, fieldPath)) return;
    if (!(await steps.confirm())) return;
    // The key is made once for this submission and kept with it, in the outbox if need be.
    const entry = outbox.entryFor(input);
    if (!navigator.onLine) {
      if (outbox.keep(entry, "offline")) clearForm();
      return;
    }
    const label = submit?.textContent ?? "";
    if (submit) {
      submit.disabled = true;
      submit.textContent = words.sending;
    }
    try {
      const result = await outbox.send(entry);
      if (result.kind === "created") succeeded(result.id, result.title);
      else if (result.kind === "invalid") refused(result.issues, fieldPath);
      else if (result.kind === "refused") refused(result.issues);
      else if (outbox.keep(entry, result.kind === "signIn" ? "signIn" : (result.status ?? "offline"))) clearForm();
    } finally {
      if (submit) {
        submit.disabled = false;
        submit.textContent = label;
      }
    }
  });
  form.dataset.enhanced = "true";
}
