/// <reference lib="dom" />
// The script of "My activities" and of each activity's page: registers the service worker that
// keeps them for offline use, says when a page is shown as last seen, and sends "Submit for
// validation" through the API. Offline, or when the server cannot be reached, the submission waits
// on the device with the version it was made on and goes once the network is back: if the record
// changed in between, the submission is not made and the page says so (the record is as it was).
// Runs in the browser; served by its source text, so it may not use imports at run time.
import type { PagesWords } from "../mentor/words";

export type PagesSettings = { words: PagesWords; user: string };

/** A submission waiting on this device. */
export type QueuedSubmit = {
  id: string;
  version: number;
  title: string;
  user: string;
  keptAt: string;
  /** Set when the server would not take it: said until the person dismisses it. */
  problem?: string;
};

export function submitQueue() {
  const settingsElement = document.getElementById("pages-settings");
  const region = document.getElementById("pending");
  if (!settingsElement || !region) return;
  const settings = JSON.parse(settingsElement.textContent ?? "{}") as PagesSettings;
  const words = settings.words;
  const STORE = "activity-submit-queue-v1";
  const API = "/app/api/activities";
  const RETRY_FIRST_MS = 5_000;
  const RETRY_CAP_MS = 5 * 60_000;

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/app/sw.js", { scope: "/app/" }).catch(() => undefined);
  }

  const say = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
  const load = (): QueuedSubmit[] => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(STORE) ?? "[]");
      return Array.isArray(stored) ? (stored as QueuedSubmit[]) : [];
    } catch {
      return [];
    }
  };
  const save = (entries: QueuedSubmit[]) => localStorage.setItem(STORE, JSON.stringify(entries));
  const mine = () => load().filter((entry) => entry.user === settings.user);
  const without = (id: string) => save(load().filter((entry) => !(entry.id === id && entry.user === settings.user)));

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const link = (id: string, text: string) => {
    const made = element("a", text);
    made.href = `/app/activities/${encodeURIComponent(id)}`;
    return made;
  };

  /** What the page says of each record (waiting, sent) and of the session, the latest of each. */
  const notes = new Map<string, Node>();
  /** Records this page submitted: their button goes. */
  const sent = new Set<string>();
  /** The record whose button was pressed online: once submitted, the list says so, as without the script. */
  let pressed: string | undefined;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;

  const render = () => {
    region.replaceChildren();
    // A page the service worker served from its copy: said, so that no one takes it for today's.
    if (!navigator.onLine) {
      const offline = element("p", words.offlineCopy);
      offline.className = "notice";
      region.append(offline);
    }
    for (const note of notes.values()) region.append(note);
    const entries = mine();
    const waiting = entries.filter((entry) => !entry.problem);
    const refused = entries.filter((entry) => entry.problem);
    if (waiting.length > 0) {
      region.append(element("h2", say(words.waiting, { count: waiting.length })));
      const list = element("ul");
      for (const entry of waiting) {
        const item = element("li");
        item.append(link(entry.id, entry.title));
        list.append(item);
      }
      region.append(list);
    }
    for (const entry of refused) {
      const box = element("div");
      box.className = "notice bad";
      box.setAttribute("role", "alert");
      const text = element("p", `${entry.problem} `);
      text.append(link(entry.id, words.openIt));
      const dismiss = element("button", words.dismiss);
      dismiss.type = "button";
      dismiss.className = "secondary";
      dismiss.addEventListener("click", () => {
        without(entry.id);
        render();
      });
      box.append(text, dismiss);
      region.append(box);
    }
    // A record waiting to be submitted offers no second Submit meanwhile.
    const queued = new Set(entries.map((entry) => entry.id));
    for (const form of submitForms()) {
      const id = idOf(form);
      const waits = id !== undefined && queued.has(id) && !entries.find((entry) => entry.id === id)?.problem;
      form.hidden = waits || (id !== undefined && sent.has(id));
    }
  };

  const submitForms = () => Array.from(document.querySelectorAll<HTMLFormElement>("form[data-submit]"));
  const idOf = (form: HTMLFormElement) => form.dataset.submit;

  type Outcome = "done" | "retry" | "signIn";
  /** One submission: the server's answer decides; a lost answer is read back from the record. */
  const send = async (entry: QueuedSubmit): Promise<Outcome> => {
    const url = `${API}/${encodeURIComponent(entry.id)}`;
    let response: Response;
    try {
      response = await fetch(`${url}/status`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status: "submitted", version: entry.version }),
        credentials: "same-origin",
      });
    } catch {
      return "retry";
    }
    if (response.status === 401) return "signIn";
    if (response.status === 408 || response.status === 429 || response.status >= 500) return "retry";
    if (response.ok) {
      without(entry.id);
      notes.set(entry.id, sentNote(entry));
      return "done";
    }
    const answer = (await response.json().catch(() => ({}))) as { message?: string };
    // Refused: perhaps because this very submission went through before and its answer was lost
    // (the record moved on from the version it was made on). The record says.
    const current = await fetch(url, { credentials: "same-origin" }).catch(() => undefined);
    if (!current || current.status >= 500) return "retry";
    const record = (await current.json().catch(() => ({}))) as { status?: string; version?: number };
    if (record.status === "submitted" && record.version === entry.version + 1) {
      without(entry.id);
      notes.set(entry.id, sentNote(entry));
      return "done";
    }
    notes.delete(entry.id);
    if (response.status === 409) keepProblem(entry, say(words.conflict, { title: entry.title }));
    else
      keepProblem(
        entry,
        say(words.refused, { title: entry.title, message: answer.message ?? String(response.status) }),
      );
    return "done";
  };
  const sentNote = (entry: QueuedSubmit) => {
    sent.add(entry.id);
    if (pressed === entry.id) location.assign(`/app/activities?submitted=${encodeURIComponent(entry.id)}`);
    const note = element("p", `${say(words.sent, { title: entry.title })} `);
    note.className = "notice ok";
    note.setAttribute("role", "status");
    note.append(link(entry.id, words.openIt));
    return note;
  };
  const queuedNote = (entry: QueuedSubmit, template = words.queued) => {
    const note = element("p", say(template, { title: entry.title }));
    note.className = "notice";
    return note;
  };
  const keepProblem = (entry: QueuedSubmit, problem: string) =>
    save(load().map((kept) => (kept.id === entry.id && kept.user === entry.user ? { ...kept, problem } : kept)));

  const flush = async () => {
    if (sending || !navigator.onLine) return;
    if (timer) clearTimeout(timer);
    timer = undefined;
    sending = true;
    notes.delete("");
    try {
      for (const entry of mine().filter((kept) => !kept.problem)) {
        const outcome = await send(entry);
        if (outcome === "signIn") {
          const note = element("p", `${words.signInAgain} `);
          note.className = "notice bad";
          const signIn = element("a", words.signIn);
          signIn.href = `/sign-in?next=${encodeURIComponent(location.pathname)}`;
          note.append(signIn);
          notes.set("", note);
          break;
        }
        if (outcome === "retry") {
          // Pressed online, but the server could not be reached: it waits like one pressed offline.
          if (pressed === entry.id) notes.set(entry.id, queuedNote(entry, words.retrying));
          pressed = undefined;
          // Tried again later by itself, from a few seconds to a few minutes apart.
          const wait = Math.min(RETRY_CAP_MS, RETRY_FIRST_MS * 2 ** failures);
          failures += 1;
          timer = setTimeout(() => void flush(), wait * (0.75 + Math.random() * 0.5));
          break;
        }
        failures = 0;
      }
    } finally {
      sending = false;
      render();
    }
  };

  /** The button: waits on the device (with the version it was made on) until the server has it. */
  for (const form of submitForms()) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const id = idOf(form);
      const version = Number(new FormData(form).get("version"));
      if (!id || !Number.isInteger(version)) return;
      const entry: QueuedSubmit = {
        id,
        version,
        title: form.dataset.title ?? id,
        user: settings.user,
        keptAt: new Date().toISOString(),
      };
      try {
        save([...load().filter((kept) => !(kept.id === id && kept.user === settings.user)), entry]);
      } catch {
        // No room on the device: the browser sends the form itself, as without the script.
        form.submit();
        return;
      }
      if (navigator.onLine) pressed = id;
      else notes.set(id, queuedNote(entry));
      render();
      void flush();
    });
  }

  window.addEventListener("online", () => {
    failures = 0;
    void flush();
  });
  window.addEventListener("offline", render);
  window.addEventListener("storage", (event) => {
    if (event.key === STORE) render();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void flush();
  });
  // A copy kept from a visit that followed a change ("Changes saved.") does not say it again.
  if (!navigator.onLine) for (const once of Array.from(document.querySelectorAll("[data-once]"))) once.remove();
  render();
  // Said once the buttons are handled: until then a press posts the form as without the script.
  region.dataset.ready = "true";
  void flush();
}
