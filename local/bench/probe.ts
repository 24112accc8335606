// A fresh process that measures one thing and prints it as one JSON line: time of each run and
// the process's peak resident memory. Run by the rows through `probe()` below, never by hand.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A report's document: its size, and how the API sends it (`kept`: a 303 to the file store). */
export type Delivery = { documentBytes: number; kept: boolean; lambdaBytes: number };

export type ProbeResult = {
  ms: number[];
  maxRssMiB: number;
  bytes?: number;
  gzipBytes?: number;
  delivery?: Delivery;
};

/** Runs `script` (a file of local/bench/) in a new Node process with tsx, handing it `input`. */
export function probe(script: string, input: unknown): Promise<ProbeResult> {
  const file = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--no-warnings", "--import", "tsx", file],
      { env: { ...process.env, BENCH_PROBE: JSON.stringify(input) }, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${script} failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as ProbeResult);
      },
    );
  });
}

/** The probe's input, in the probe. */
export function probeInput<T>(): T {
  const input = process.env.BENCH_PROBE;
  if (!input) throw new Error("run by npm run bench, which hands this process its input in BENCH_PROBE");
  return JSON.parse(input) as T;
}

/** Prints the result: the time of each run and the peak memory of the whole process. */
export function probeDone(ms: number[], extra: Partial<ProbeResult> = {}): void {
  const result: ProbeResult = { ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...extra };
  console.log(JSON.stringify(result));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
