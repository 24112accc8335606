// Shares in percent that add up to exactly 100, as IATI's rules ask of an activity's recipient
// countries and regions: each share rounded to hundredths by the largest remainder, so the
// rounding never makes the sum 99.99 or 100.01.

/** The weights as percentages with two decimals whose sum is exactly 100 (in hundredths). */
export function percentages(weights: readonly number[]): string[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length === 0 || total <= 0) return weights.map(() => "0");
  const exact = weights.map((weight) => (weight / total) * 10_000);
  const hundredths = exact.map(Math.floor);
  let missing = 10_000 - hundredths.reduce((sum, part) => sum + part, 0);
  // The largest remainders get the hundredths the flooring lost; ties go to the first listed.
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }));
  order.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    hundredths[index] = (hundredths[index] ?? 0) + 1;
    missing--;
  }
  return hundredths.map(formatHundredths);
}

function formatHundredths(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return String(whole);
  return `${whole}.${String(cents).padStart(2, "0").replace(/0$/, "")}`;
}
