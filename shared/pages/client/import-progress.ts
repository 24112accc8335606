/// <reference lib="dom" />
// The script of an import job's page while the job runs: asks the API how far it is every second
// and a half, moves the progress bar and its words, and reloads the page once the job is done or
// failed, which the server then renders with the report. Without it, the page's own link does the same.
// Runs in the browser; served by its source text, so it may not use imports at run time.

export function importProgress() {
  const section = document.getElementById("import-progress");
  const url = section?.dataset.poll;
  if (!section || !url) return;
  const bar = section.querySelector("progress");
  const text = section.querySelector("[data-progress-text]");
  const fill = (template: string, job: Record<string, unknown>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => String(job[name] ?? ""));
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const job = (await response.json()) as Record<string, unknown>;
        if (job.status === "done" || job.status === "failed") {
          location.reload();
          return;
        }
        const writing = Number(job.toWrite) > 0;
        const template = writing ? section.dataset.writing : job.status === "running" ? section.dataset.checking : "";
        if (text && template) text.textContent = fill(template, job);
        if (bar && writing) {
          bar.max = Number(job.toWrite);
          bar.value = Number(job.written);
        }
      }
    } catch {
      // The network or the server paused: the next poll tries again.
    }
    setTimeout(poll, 1500);
  };
  setTimeout(poll, 1000);
}
