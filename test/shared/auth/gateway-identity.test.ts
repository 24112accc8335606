import { describe, expect, it } from "vitest";
import { asGatewayClaims, gatewayIdentity } from "../../../shared/auth/gateway-identity";
import { UnauthorizedError } from "../../../shared/domain/errors";

const expected = { issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_pool", audience: "app-client" };
const read = gatewayIdentity(expected);

/** Hono's `c.env` in Lambda for a request the authorizer passed, with these token claims. */
const bindings = (claims: Record<string, unknown>) => ({
  requestContext: {
    authorizer: {
      jwt: {
        claims: asGatewayClaims({
          iss: expected.issuer,
          aud: expected.audience,
          token_use: "id",
          sub: "u-1",
          ...claims,
        }),
        scopes: null,
      },
    },
  },
});

describe("the identity the gateway's JWT authorizer verified", () => {
  it("reads groups from the gateway's list form and acts with the strongest role", async () => {
    expect(asGatewayClaims({ "cognito:groups": ["manager", "admin"], exp: 1_700_000_000 })).toEqual({
      "cognito:groups": "[manager admin]",
      exp: "1700000000",
    });
    expect(await read(bindings({ "cognito:groups": ["manager", "admin"], email: "m@unodc.org" }))).toEqual({
      id: "u-1",
      email: "m@unodc.org",
      role: "admin",
    });
  });

  it("binds a mentor and a donor to their records", async () => {
    expect(await read(bindings({ "cognito:groups": ["mentor"], "custom:mentorId": "mentor-kenya" }))).toMatchObject({
      role: "mentor",
      mentorId: "mentor-kenya",
    });
    expect(await read(bindings({ "cognito:groups": ["donor"], "custom:donorId": "demo-donor-a" }))).toMatchObject({
      role: "donor",
      donorId: "demo-donor-a",
    });
  });

  it("is nothing for a request that passed no authorizer (the pages, whose cookie the app verifies)", async () => {
    expect(await read({ requestContext: { http: { method: "GET" } } })).toBeUndefined();
    expect(await read(undefined)).toBeUndefined();
  });

  it.each([
    ["an access token", { token_use: "access", "cognito:groups": ["manager"] }, "not an ID token"],
    ["another pool's token", { iss: "https://elsewhere.example", "cognito:groups": ["manager"] }, "iss claim"],
    ["another app client's token", { aud: "other-client", "cognito:groups": ["manager"] }, "aud claim"],
    ["a user in no tracker group", { "cognito:groups": ["staff"] }, "no tracker role"],
    ["a user in no group", {}, "no tracker role"],
    ["a donor user bound to no donor", { "cognito:groups": ["donor"] }, "bound to a donor"],
  ])("refuses %s", async (_, claims, message) => {
    await expect(read(bindings(claims))).rejects.toThrow(UnauthorizedError);
    await expect(read(bindings(claims))).rejects.toThrow(message);
  });
});
