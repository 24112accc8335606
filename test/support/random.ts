// Random test data that a failure can replay: the same seed gives the same draws.

/** A small deterministic generator, so that a failure can be replayed. */
export function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)] as T;
  const some = <T>(values: readonly T[], count: number): T[] =>
    [...values].sort(() => next() - 0.5).slice(0, Math.max(1, count));
  return { next, int, pick, some };
}
