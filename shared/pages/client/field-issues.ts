/// <reference lib="dom" />
// Errors in the activity form: each next to its field, or its group's legend when it is about a
// group (countries, participants.bySex), tied with aria-invalid and aria-describedby, and all in
// the summary, which takes the focus and whose links lead to the fields.
// Runs in the browser; served by its source text, so it may not use imports at run time.
import type { Issue } from "./outbox";

export function fieldIssues(form: HTMLFormElement, summary: HTMLElement) {
  const byId = (id: string) => document.getElementById(id);
  const controls = (root: ParentNode) =>
    Array.from(
      root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input,select,textarea"),
    );

  /** The error element nearest the path: countries.1 is shown for countries. */
  const slotFor = (path: string) => {
    const parts = path.split(".");
    for (; parts.length > 0; parts.pop()) {
      const slot = byId(`error-${parts.join(".")}`);
      if (slot) return slot;
    }
    return undefined;
  };
  const describe = (element: Element, id: string, on: boolean) => {
    const ids = (element.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== id);
    if (on) ids.push(id);
    if (ids.length) element.setAttribute("aria-describedby", ids.join(" "));
    else element.removeAttribute("aria-describedby");
  };
  /** The words a person reads for the field: its label, after its group's legend where labels repeat. */
  const labelOf = (slot: HTMLElement) => {
    const target = byId(`field-${slot.id.slice("error-".length)}`);
    const box = (target ?? slot).closest("fieldset");
    const legend = box?.querySelector("legend")?.textContent?.trim() ?? "";
    if (!target) return legend;
    const label = (target as HTMLInputElement).labels?.[0]?.firstChild?.textContent?.trim() ?? "";
    return box?.matches(".outcome,.parts") ? `${legend} — ${label}` : label;
  };

  const clearIssues = () => {
    for (const slot of Array.from(form.querySelectorAll<HTMLElement>("[id^='error-']"))) {
      slot.hidden = true;
      slot.textContent = "";
    }
    for (const element of Array.from(form.querySelectorAll("[aria-describedby*='error-']"))) {
      for (const id of (element.getAttribute("aria-describedby") ?? "").split(" ")) {
        if (id.startsWith("error-")) describe(element, id, false);
      }
    }
    for (const element of Array.from(form.querySelectorAll("[aria-invalid]"))) element.removeAttribute("aria-invalid");
    summary.hidden = true;
    summary.querySelector("ul")?.replaceChildren();
  };

  /** A folded step (or part of one) that holds an error opens. */
  const unfold = (element: Element) => {
    for (let fold = element.closest("details"); fold; fold = fold.parentElement?.closest("details") ?? null) {
      fold.open = true;
    }
  };

  /**
   * `fieldPath` turns an API path into the form's (outcome rows left blank move the indexes).
   * After a try to send, the summary lists every issue and takes the focus; while a person types,
   * `quiet` shows the issues next to their fields and keeps the summary as it is, without focus.
   */
  const showIssues = (
    issues: Issue[],
    fieldPath: (path: string) => string = (path) => path,
    options: { quiet?: boolean; summary?: boolean } = {},
  ) => {
    const { quiet = false, summary: listed = true } = options;
    clearIssues();
    if (issues.length === 0) return;
    const list = summary.querySelector("ul");
    for (const issue of issues) {
      const slot = issue.path ? slotFor(fieldPath(issue.path)) : undefined;
      const item = document.createElement("li");
      if (slot) {
        slot.textContent = `${slot.textContent ?? ""} ${issue.message}`.trim();
        slot.hidden = false;
        if (!quiet) unfold(slot);
        const target = byId(`field-${slot.id.slice("error-".length)}`);
        const group = slot.closest("fieldset");
        const marked = target ? [target] : controls(group ?? form).filter((input) => input.type !== "checkbox");
        for (const input of marked) {
          input.setAttribute("aria-invalid", "true");
          describe(input, slot.id, true);
        }
        if (!target && group) describe(group, slot.id, true);
        const link = document.createElement("a");
        link.href = `#${slot.id}`;
        link.textContent = `${labelOf(slot)} — ${issue.message}`;
        item.append(link);
      } else {
        item.textContent = issue.message;
      }
      list?.append(item);
    }
    summary.hidden = !listed;
    if (listed && !quiet) summary.focus();
  };

  // A link in the summary leads to the field itself (its error's data-focus), not to the message.
  summary.addEventListener("click", (event) => {
    const link = (event.target as Element).closest("a");
    const slot = link && byId(link.getAttribute("href")?.slice(1) ?? "");
    if (!slot) return;
    event.preventDefault();
    unfold(slot);
    const target = byId(slot.dataset.focus ?? "");
    const focusable = target && (target.matches("input,select,textarea") ? target : controls(target)[0]);
    (focusable ?? slot).focus();
  });

  return { showIssues, clearIssues };
}
