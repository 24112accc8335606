import { describe, expect, it } from "vitest";
import { utf8Bytes } from "../../../../shared/report/render/utf8";

describe("utf8Bytes", () => {
  it("encodes pieces as their joined text, across batches and in every script the report writes", () => {
    // « », narrow no-break spaces, accents and a character outside the BMP, in pieces of every size.
    const pieces = Array.from({ length: 30_000 }, (_, i) =>
      i % 7 === 0 ? "« Côte d’Ivoire »\u202f;" : i % 11 === 0 ? "𝑥".repeat(i % 5) : "<p>".padEnd(i % 97, "é"),
    );
    const text = pieces.join("");
    expect(text.length).toBeGreaterThan(3 * 64 * 1024);
    expect(utf8Bytes(pieces).equals(Buffer.from(text, "utf8"))).toBe(true);
  });

  it("encodes nothing as no bytes", () => {
    expect(utf8Bytes([])).toHaveLength(0);
  });
});
