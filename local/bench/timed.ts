// The wall-clock time of one piece of work, for the rows that time work in this process.

/** The time `work` takes, in ms. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}
