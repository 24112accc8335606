import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../../shared/data/cursor";

describe("page cursors", () => {
  it("round-trips the last key read", () => {
    const key = { pk: "YEAR#2019", sk: "ACTIVITY", gsi1pk: "YEAR#2019", gsi1sk: "THEME#prevention#2019-01-01#a" };
    const cursor = encodeCursor(key) as string;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ["pk", "sk", "gsi1pk", "gsi1sk"])).toEqual(key);
  });

  it("refuses a cursor for another shape of key", () => {
    const cursor = encodeCursor({ pk: "a", sk: "b" });
    expect(() => decodeCursor(cursor, ["pk", "sk", "gsi1pk", "gsi1sk"])).toThrow(
      "cursor: is not a cursor this list returned",
    );
    expect(() => decodeCursor("%%%", ["pk", "sk"])).toThrow();
  });
});
