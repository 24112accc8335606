import { describe, expect, it } from "vitest";
import { identityFromClaims } from "../../../shared/auth/identity";

const manager = { sub: "u-1", email: "manager@unodc.org", name: "A Manager", "cognito:groups": ["manager"] };

describe("who a token's claims say is asking", () => {
  it("takes the strongest role of the user's groups and the records a user is bound to", () => {
    expect(identityFromClaims(manager)).toEqual({
      id: "u-1",
      email: "manager@unodc.org",
      name: "A Manager",
      role: "manager",
    });
    expect(identityFromClaims({ ...manager, "cognito:groups": ["mentor", "admin"] }).role).toBe("admin");
    expect(identityFromClaims({ sub: "u-2", "cognito:groups": ["mentor"], "custom:mentorId": "mentor-kenya" })).toEqual(
      { id: "u-2", email: undefined, name: undefined, role: "mentor", mentorId: "mentor-kenya" },
    );
    expect(
      identityFromClaims({ sub: "u-3", "cognito:groups": ["donor"], "custom:donorId": "canada", extra: 1 }),
    ).toMatchObject({ role: "donor", donorId: "canada" });
  });

  it.each([
    ["no claims at all", null],
    ["no subject", { ...manager, sub: undefined }],
    ["an empty subject", { ...manager, sub: "" }],
    ["an e-mail that is not text", { ...manager, email: 42 }],
    ["a name that is null", { ...manager, name: null }],
    ["groups that are not a list", { ...manager, "cognito:groups": "manager" }],
    ["a group that is not text", { ...manager, "cognito:groups": ["manager", 7] }],
    ["a mentor binding that is not text", { ...manager, "custom:mentorId": ["m"] }],
  ])("refuses a token with %s", (_, claims) => {
    expect(() => identityFromClaims(claims)).toThrow("the token lacks the claims of a tracker user");
  });

  it("refuses a user of no tracker role, and a donor user bound to no donor", () => {
    expect(() => identityFromClaims({ sub: "u-4" })).toThrow(/no tracker role/);
    expect(() => identityFromClaims({ sub: "u-5", "cognito:groups": ["donor"] })).toThrow(/bound to a donor/);
  });
});
