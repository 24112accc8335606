// Progress of the local commands' long work, drawn by cli-progress on standard error, and only
// when standard error is a terminal: redirected or captured output gets nothing from here.
import cliProgress from "cli-progress";

/** Work in named steps: `next` starts the next one, `stop` ends and clears the line. */
export type Steps = { next: (step: string) => void; stop: () => void };

/** Work counted in units (records written, runs measured). */
export type Counter = { increment: (by?: number) => void; stop: () => void };

type Stream = NodeJS.WriteStream;

export function progressEnabled(stream: Stream = process.stderr): boolean {
  return stream.isTTY === true;
}

function bar(format: string, stream: Stream) {
  return new cliProgress.SingleBar(
    {
      stream,
      format,
      barsize: 24,
      clearOnComplete: true,
      // The bar must not take Ctrl-C: cli-progress's gracefulExit would catch SIGINT and keep the
      // process (and its Java child) running. The cursor stays visible for the same reason.
      gracefulExit: false,
      hideCursor: false,
      linewrap: false,
    },
    cliProgress.Presets.shades_classic,
  );
}

/** A bar over `total` steps, naming the one under way. */
export function steps(title: string, total: number, stream: Stream = process.stderr): Steps {
  if (!progressEnabled(stream)) return { next: () => undefined, stop: () => undefined };
  const steps = bar(`${title} {bar} {value}/{total} {step}`, stream);
  let done = -1;
  steps.start(total, 0, { step: "" });
  return {
    next: (step) => {
      done = Math.min(done + 1, total - 1);
      steps.update(done, { step });
      // Steps are few and slow: each is drawn at once rather than at the next tick of the bar.
      steps.render();
    },
    stop: () => {
      steps.update(total, { step: "done" });
      steps.stop();
    },
  };
}

/** A bar counting `total` units of `what`, with the time left. */
export function counter(title: string, total: number, what: string, stream: Stream = process.stderr): Counter {
  if (!progressEnabled(stream)) return { increment: () => undefined, stop: () => undefined };
  const count = bar(`${title} {bar} {value}/{total} ${what} | {percentage}% | {eta_formatted} left`, stream);
  count.start(total, 0);
  return { increment: (by = 1) => count.increment(by), stop: () => count.stop() };
}
