// A development identity provider inside the local server: its own signing key, a JWKS document,
// and ID tokens for seeded users, shaped like Cognito's so that the same verification runs.
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { NotFoundError } from "../domain/errors";
import type { Role } from "./identity";

export type DevUser = { username: string; name: string; role: Role; donorId?: string; mentorId?: string };

/** One user per role, bound to seeded records: two mentors, a manager, two donors, an admin. */
export const DEV_USERS: DevUser[] = [
  { username: "mentor.kenya", name: "Mentor, Nairobi", role: "mentor", mentorId: "mentor-kenya" },
  { username: "mentor.elsalvador", name: "Mentor, San Salvador", role: "mentor", mentorId: "mentor-el-salvador" },
  { username: "manager", name: "Programme manager", role: "manager" },
  { username: "donor.a", name: "Demo donor A", role: "donor", donorId: "demo-donor-a" },
  { username: "donor.b", name: "Demo donor B", role: "donor", donorId: "demo-donor-b" },
  { username: "admin", name: "Administrator", role: "admin" },
];

export const DEV_AUDIENCE = "local-dev-client";
export const TOKEN_LIFETIME_SECONDS = 3600;

export type DevIdentityProvider = Awaited<ReturnType<typeof createDevIdentityProvider>>;

export async function createDevIdentityProvider(issuer: string) {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const kid = `dev-${Date.now().toString(36)}`;
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" } as JWK] };
  return {
    issuer,
    audience: DEV_AUDIENCE,
    jwks,
    keys: createLocalJWKSet(jwks),
    users: DEV_USERS,
    /**
     * An ID token for a seeded user, as Cognito would issue it. `overrides` replaces claims, to
     * try how the API treats an expired token or one for another audience.
     */
    async issue(username: string, overrides: Record<string, unknown> = {}): Promise<string> {
      const user = DEV_USERS.find((candidate) => candidate.username === username);
      if (!user) throw new NotFoundError("Development user", username);
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        iss: issuer,
        aud: DEV_AUDIENCE,
        sub: user.username,
        iat: now,
        exp: now + TOKEN_LIFETIME_SECONDS,
        token_use: "id",
        email: `${user.username}@example.org`,
        name: user.name,
        "cognito:groups": [user.role],
        ...(user.donorId && { "custom:donorId": user.donorId }),
        ...(user.mentorId && { "custom:mentorId": user.mentorId }),
        ...overrides,
      })
        .setProtectedHeader({ alg: "RS256", kid })
        .sign(privateKey);
    },
  };
}
