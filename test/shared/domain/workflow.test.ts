import { describe, expect, it } from "vitest";
import { assertTransition, canTransition } from "../../../shared/domain/workflow";

describe("validation workflow", () => {
  it("allows draft → submitted → validated and returning a submitted record", () => {
    expect(canTransition("draft", "submitted")).toBe(true);
    expect(canTransition("submitted", "validated")).toBe(true);
    expect(canTransition("submitted", "draft")).toBe(true);
  });

  it("refuses skipping submission and changing a validated record", () => {
    expect(canTransition("draft", "validated")).toBe(false);
    expect(() => assertTransition("validated", "draft")).toThrow(
      "a validated activity cannot become draft; it is final",
    );
  });
});
