/// <reference lib="dom" />
// The outbox: activities that could not reach the server wait in localStorage, each with the
// Idempotency-Key it was first sent with, so that however often it is sent again the server
// stores it once. Runs in the browser; served by its source text, so it may not use imports.
import type { ClientWords } from "../mentor/words";

export type Issue = { path: string; message: string };

export type OutboxEntry = {
  key: string;
  body: Record<string, unknown>;
  title: string;
  keptAt: string;
  /** The account that logged it: another account's session must not send it. */
  user: string;
  state: "waiting" | "attention";
  issues?: Issue[];
};

/** What became of one sending. */
export type Sent =
  | { kind: "created"; id: string; title: string }
  | { kind: "invalid"; issues: Issue[] }
  | { kind: "refused"; issues: Issue[] }
  | { kind: "signIn" }
  | { kind: "retry"; status?: number };

export type OutboxSettings = { words: ClientWords; user: string; locale: string };

export type Outbox = ReturnType<typeof startOutbox>;

export function startOutbox(settings: OutboxSettings, edit: (entry: OutboxEntry) => void) {
  const STORE = "activity-outbox-v1";
  const API = "/app/api/activities";
  // Automatic retries back off from about two seconds to a cap; the jitter keeps phones that come
  // back on one network together from all sending at the same moment.
  const RETRY_FIRST_MS = 2_000;
  const RETRY_CAP_MS = 5 * 60_000;
  const TIMEOUT_MS = 20_000;
  const words = settings.words;
  const region = document.getElementById("outbox");
  const sent: { id: string; title: string }[] = [];
  let sending = false;
  let again = false;
  let note: Node | undefined;
  let failures = 0;
  let retry: { timer: ReturnType<typeof setTimeout>; at: number } | undefined;

  const say = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));

  const load = (): OutboxEntry[] => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(STORE) ?? "[]");
      return Array.isArray(stored) ? (stored as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  };
  const save = (entries: OutboxEntry[]) => localStorage.setItem(STORE, JSON.stringify(entries));
  const update = (key: string, change: (entry: OutboxEntry) => OutboxEntry | undefined) =>
    save(load().flatMap((entry) => (entry.key === key ? (change(entry) ?? []) : [entry])));

  // randomUUID exists only in secure contexts; a phone reaching a test server over plain http has
  // getRandomValues, which makes a key as unguessable.
  const newKey = () =>
    typeof crypto.randomUUID === "function"
      ? crypto.randomUUID()
      : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");

  const entryFor = (body: Record<string, unknown>): OutboxEntry => ({
    key: newKey(),
    body,
    title: typeof body.title === "string" ? body.title : "—",
    keptAt: new Date().toISOString(),
    user: settings.user,
    state: "waiting",
  });

  const send = async (entry: OutboxEntry): Promise<Sent> => {
    let response: Response;
    try {
      response = await fetch(API, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": entry.key },
        body: JSON.stringify(entry.body),
        credentials: "same-origin",
        // A connection that only seems alive must not hold the submission for ever.
        signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(TIMEOUT_MS) : null,
      });
    } catch {
      return { kind: "retry" };
    }
    const answer = (await response.json().catch(() => ({}))) as {
      id?: string;
      title?: string;
      message?: string;
      details?: { issues?: Issue[] };
    };
    if (response.status === 201) return { kind: "created", id: String(answer.id), title: answer.title ?? entry.title };
    if (response.status === 401) return { kind: "signIn" };
    if (response.status === 408 || response.status === 429 || response.status >= 500) {
      return { kind: "retry", status: response.status };
    }
    const message = answer.message ?? say(words.refused, { status: response.status });
    if (response.status === 400) return { kind: "invalid", issues: answer.details?.issues ?? [{ path: "", message }] };
    return { kind: "refused", issues: [{ path: "", message }] };
  };

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const button = (text: string, action: () => void) => {
    const made = element("button", text);
    made.type = "button";
    made.className = "secondary";
    made.addEventListener("click", action);
    return made;
  };
  const keptOn = (entry: OutboxEntry) =>
    say(words.keptOn, {
      date: new Date(entry.keptAt).toLocaleString(settings.locale, { dateStyle: "medium", timeStyle: "short" }),
    });

  const render = () => {
    if (!region) return;
    const entries = load();
    const waiting = entries.filter((entry) => entry.state === "waiting");
    const attention = entries.filter((entry) => entry.state === "attention" && entry.user === settings.user);
    region.replaceChildren();
    if (!navigator.onLine) region.append(element("p", words.offline));
    if (note) region.append(note);
    if (waiting.length > 0) {
      region.append(element("h2", say(words.outboxWaiting, { count: waiting.length })));
      const list = element("ul");
      for (const entry of waiting) {
        const mine = entry.user === settings.user;
        list.append(element("li", `${entry.title} — ${mine ? keptOn(entry) : words.otherAccount}`));
      }
      region.append(list);
      if (retry && navigator.onLine) {
        const at = new Date(retry.at).toLocaleTimeString(settings.locale, { timeStyle: "medium" });
        region.append(element("p", say(words.nextTry, { time: at })));
      }
      if (navigator.onLine) region.append(button(words.sendNow, () => void flush()));
    }
    if (attention.length > 0) {
      region.append(element("h2", say(words.outboxAttention, { count: attention.length })));
      const list = element("ul");
      for (const entry of attention) {
        const item = element("li", `${entry.title} — ${keptOn(entry)}`);
        const messages = element("ul");
        for (const issue of entry.issues ?? []) {
          messages.append(element("li", issue.path ? `${issue.path}: ${issue.message}` : issue.message));
        }
        item.append(
          messages,
          button(words.edit, () => {
            update(entry.key, () => undefined);
            render();
            edit(entry);
          }),
          " ",
          button(words.discard, () => {
            update(entry.key, () => undefined);
            render();
          }),
        );
        list.append(item);
      }
      region.append(list);
    }
    if (sent.length > 0) {
      region.append(element("h2", words.outboxSent));
      const list = element("ul");
      for (const activity of sent) {
        const item = element("li");
        const link = element("a", activity.title);
        link.href = `/app/activities/${encodeURIComponent(activity.id)}`;
        item.append(link);
        list.append(item);
      }
      region.append(list);
    }
  };

  const signInNote = () => {
    const paragraph = element("p", `${words.signInAgain} `);
    const link = element("a", words.signIn);
    link.href = `/sign-in?next=${encodeURIComponent(location.pathname)}`;
    paragraph.append(link);
    paragraph.className = "notice bad";
    return paragraph;
  };

  const cancelRetry = () => {
    if (retry) clearTimeout(retry.timer);
    retry = undefined;
  };

  /** The next automatic try: each failure doubles the wait, from about two seconds to the cap. */
  const scheduleRetry = () => {
    cancelRetry();
    const ceiling = Math.min(RETRY_CAP_MS, RETRY_FIRST_MS * 2 ** failures);
    failures += 1;
    const delay = ceiling * (0.75 + Math.random() * 0.5);
    retry = {
      at: Date.now() + delay,
      timer: setTimeout(() => {
        retry = undefined;
        void flush();
      }, delay),
    };
  };

  /**
   * Sends what waits, oldest first; stops at the first failure of the network or the session, and
   * then tries again later by itself. Asked while sending (the "send now" button right after an
   * answer was lost), it goes round once more as soon as the send in flight ends.
   */
  const flush = async () => {
    if (!navigator.onLine) {
      // The online event sends; a timer could only fail meanwhile.
      cancelRetry();
      return;
    }
    if (sending) {
      again = true;
      return;
    }
    cancelRetry();
    sending = true;
    let failed = false;
    try {
      for (const entry of load().filter((kept) => kept.state === "waiting" && kept.user === settings.user)) {
        const result = await send(entry);
        if (result.kind === "retry") {
          note = element("p", result.status ? say(words.serverBusy, { status: result.status }) : words.noAnswer);
          failed = true;
          break;
        }
        if (result.kind === "signIn") {
          // Only signing in again can help: no automatic try until then.
          note = signInNote();
          break;
        }
        note = undefined;
        failures = 0;
        if (result.kind === "created") {
          update(entry.key, () => undefined);
          sent.push({ id: result.id, title: result.title });
        } else {
          update(entry.key, (kept) => ({ ...kept, state: "attention", issues: result.issues }));
        }
      }
    } finally {
      sending = false;
      if (again) {
        again = false;
        void flush();
      } else if (failed) {
        scheduleRetry();
      }
      render();
    }
  };

  /** Keeps an activity the server could not be reached for; `why` is said above the queue. */
  const keep = (entry: OutboxEntry, why: "offline" | "signIn" | number): boolean => {
    try {
      save([...load(), entry]);
    } catch {
      const warning = element("p", words.notKept);
      warning.className = "notice bad";
      note = warning;
      render();
      return false;
    }
    note =
      why === "signIn"
        ? signInNote()
        : element(
            "p",
            typeof why === "number"
              ? say(words.serverBusy, { status: why })
              : say(words.queued, { title: entry.title }),
          );
    // Offline, the online event sends it; a server that did not answer is asked again soon.
    if (why !== "signIn" && navigator.onLine) scheduleRetry();
    render();
    return true;
  };

  window.addEventListener("online", () => {
    // A new connection: start again from the shortest wait.
    failures = 0;
    render();
    void flush();
  });
  window.addEventListener("offline", render);
  // Another tab of the form may have sent or kept something.
  window.addEventListener("storage", (event) => {
    if (event.key === STORE) render();
  });
  // A phone brings the page back after a while in the pocket: send what waited meanwhile.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void flush();
  });
  render();
  void flush();

  return { entryFor, send, keep, flush };
}
