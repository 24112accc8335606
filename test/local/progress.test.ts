import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { counter, steps } from "../../local/progress";

/** A standard error that records what is written to it, a terminal or not. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      written.push(String(chunk));
      done();
    },
  });
  Object.assign(sink, { isTTY, columns: 100 });
  return { sink: sink as unknown as NodeJS.WriteStream, text: () => written.join("") };
}

describe("progress", () => {
  it("draws nothing when standard error is not a terminal", () => {
    const { sink, text } = stream(false);
    const phases = steps("Report 2019", 3, sink);
    phases.next("reading the records");
    phases.next("building the report");
    phases.stop();
    const count = counter("Year 2030", 10, "activities written", sink);
    count.increment(10);
    count.stop();
    expect(text()).toBe("");
  });

  it("draws the steps on a terminal, naming the one under way, and clears the line at the end", () => {
    const { sink, text } = stream(true);
    const phases = steps("Report 2019", 2, sink);
    phases.next("reading the records");
    phases.stop();
    expect(text()).toContain("Report 2019");
    expect(text()).toContain("0/2 reading the records");
    expect(text()).toContain("2/2 done");
    expect(text().endsWith("\u001b[2K")).toBe(true);
  });

  it("counts units on a terminal", () => {
    const { sink, text } = stream(true);
    const count = counter("Year 2030", 4, "activities written", sink);
    count.increment(4);
    count.stop();
    expect(text()).toContain("4/4 activities written | 100%");
  });
});
