// Who is asking: the signed-in user's role and what it is bound to, read from verified token claims.
import { z } from "zod";
import { UnauthorizedError } from "../domain/errors";

export const ROLES = ["admin", "manager", "mentor", "donor"] as const;
export type Role = (typeof ROLES)[number];

export type Identity = {
  /** Stable user id (the token's subject). */
  id: string;
  email?: string;
  name?: string;
  role: Role;
  /** The donor organisation a donor user belongs to. */
  donorId?: string;
  /** The Mentor record a mentor user is. */
  mentorId?: string;
};

/** The claims of a Cognito ID token that the product reads; the dev identity provider issues the same. */
const ClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string().optional(),
  name: z.string().optional(),
  "cognito:groups": z.array(z.string()).default([]),
  "custom:donorId": z.string().optional(),
  "custom:mentorId": z.string().optional(),
});

/** A user in several groups acts with the strongest role. */
export function identityFromClaims(claims: unknown): Identity {
  const parsed = ClaimsSchema.safeParse(claims);
  if (!parsed.success) throw new UnauthorizedError("the token lacks the claims of a tracker user");
  const groups = parsed.data["cognito:groups"];
  const role = ROLES.find((candidate) => groups.includes(candidate));
  if (!role) throw new UnauthorizedError("the user belongs to no tracker role (admin, manager, mentor or donor)");
  const donorId = parsed.data["custom:donorId"];
  const mentorId = parsed.data["custom:mentorId"];
  if (role === "donor" && !donorId) throw new UnauthorizedError("a donor user must be bound to a donor organisation");
  return {
    id: parsed.data.sub,
    email: parsed.data.email,
    name: parsed.data.name,
    role,
    ...(donorId && { donorId }),
    ...(mentorId && { mentorId }),
  };
}

export const isManager = (identity: Identity) => identity.role === "manager" || identity.role === "admin";

/** How a user is named in records and the audit trail: their e-mail when known, else their id. */
export const actorOf = (identity: Identity) => ({ id: identity.email ?? identity.id });
