/// <reference lib="dom" />
// The activity form's folded steps: next to each step's name, what it holds; before sending, all
// of it at a glance in a dialog, to send or to go back to. Both read the fields as a person sees
// them: each label with the value typed, the option chosen or the boxes ticked.
// Runs in the browser; served by its source text, so it may not use imports at run time.
import type { ClientWords } from "../mentor/words";

export function formSteps(form: HTMLFormElement, words: ClientWords, locale: string) {
  const steps = Array.from(form.querySelectorAll<HTMLDetailsElement>("details.step"));
  const dialog = document.getElementById("form-review") as HTMLDialogElement | null;
  const body = document.getElementById("review-body");
  const send = document.getElementById("review-send");
  const back = document.getElementById("review-back");

  const say = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  /** A field's name as its label gives it, after its group's where labels repeat (By sex — Women). */
  const labelOf = (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => {
    const own = control.labels?.[0]?.firstChild?.textContent?.trim() || control.name;
    const group = control.closest("fieldset.parts, fieldset.outcome");
    return group ? `${text(group.querySelector("legend"))} — ${own}` : own;
  };
  const shown = (value: string, type: string) => {
    if (type === "date") {
      const date = new Date(`${value}T00:00:00Z`);
      if (!Number.isNaN(date.getTime())) return date.toLocaleDateString(locale, { dateStyle: "long", timeZone: "UTC" });
    }
    return value.length > 160 ? `${value.slice(0, 157)}…` : value;
  };

  /**
   * What a step holds, as [name, value, in short] in the page's order (unticked, blank and default
   * left out); in short, a number keeps its own label ("Women: 5"), other values stand alone.
   */
  const contents = (step: Element): [string, string, string][] => {
    const pairs: [string, string, string][] = [];
    const ticked = new Map<string, string[]>();
    const controls = step.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      "input,select,textarea",
    );
    for (const control of Array.from(controls)) {
      if (control.disabled || control.type === "hidden" || control.type === "search" || !control.name) continue;
      if (control instanceof HTMLInputElement && control.type === "checkbox") {
        if (!control.checked) continue;
        const group = text(control.closest("fieldset")?.querySelector("legend"));
        if (!ticked.has(group)) {
          ticked.set(group, []);
          pairs.push([group, "", ""]);
        }
        ticked.get(group)?.push(text(control.closest("label")));
        continue;
      }
      const value = control.value.trim();
      if (value === "") continue;
      if (control instanceof HTMLSelectElement) {
        // "Exact" is what a number is unless said otherwise: not worth a line.
        if (control.name.endsWith("qualifier") && value === "exact") continue;
        const chosen = text(control.selectedOptions[0]);
        pairs.push([labelOf(control), chosen, chosen]);
      } else if (control.type === "number") {
        const own = control.labels?.[0]?.firstChild?.textContent?.trim() || control.name;
        pairs.push([labelOf(control), value, say(words.summaryPair, { label: own, value })]);
      } else {
        pairs.push([labelOf(control), shown(value, control.type), shown(value, control.type)]);
      }
    }
    return pairs.map(([name, value, short]) => {
      const boxes = ticked.get(name)?.join(", ");
      return [name, boxes ?? value, boxes ?? short];
    });
  };

  /** Next to each step's name, what it holds, in one line. */
  const refresh = () => {
    for (const step of steps) {
      const line = step.querySelector(".step-summary");
      if (line)
        line.textContent = contents(step)
          .map(([, , short]) => short)
          .join(" · ");
    }
  };

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, content?: string) => {
    const made = document.createElement(tag);
    if (content !== undefined) made.textContent = content;
    return made;
  };

  /** Shows everything the form holds; resolves true to send it, false to go back to the form. */
  const confirm = (): Promise<boolean> => {
    if (!dialog || !body || !send || !back || typeof dialog.showModal !== "function") return Promise.resolve(true);
    body.replaceChildren(
      ...steps.map((step) => {
        const section = element("section");
        section.append(element("h3", text(step.querySelector(".step-title"))));
        const pairs = contents(step);
        if (pairs.length === 0) {
          section.append(element("p", words.reviewEmpty));
          return section;
        }
        const list = element("dl");
        for (const [name, value] of pairs) list.append(element("dt", name), element("dd", value));
        section.append(list);
        return section;
      }),
    );
    return new Promise((resolve) => {
      const done = (answer: boolean) => {
        send.onclick = null;
        back.onclick = null;
        dialog.onclose = null;
        if (dialog.open) dialog.close();
        resolve(answer);
      };
      send.onclick = () => done(true);
      back.onclick = () => done(false);
      // Escape closes the dialog: back to the form.
      dialog.onclose = () => done(false);
      dialog.showModal();
      send.focus();
    });
  };

  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
  refresh();
  return { refresh, confirm };
}
