// Who is asking: the signed-in user's role and what it is bound to, read from verified token claims.
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

/**
 * The claims of a Cognito ID token that the product reads; the dev identity provider issues the
 * same. Read by hand rather than by a schema: every authenticated request passes here, and the
 * read of a record should not wait at a cold start for zod, which nothing else of it needs.
 */
type Claims = {
  sub: string;
  email?: string;
  name?: string;
  groups: string[];
  donorId?: string;
  mentorId?: string;
};

const isText = (value: unknown): value is string => typeof value === "string";
const isOptionalText = (value: unknown): value is string | undefined => value === undefined || isText(value);

function claimsOf(payload: unknown): Claims | undefined {
  if (typeof payload !== "object" || payload === null) return undefined;
  const {
    sub,
    email,
    name,
    "cognito:groups": groups = [],
    "custom:donorId": donorId,
    "custom:mentorId": mentorId,
  } = payload as Record<string, unknown>;
  if (!isText(sub) || sub === "" || !Array.isArray(groups) || !groups.every(isText)) return undefined;
  if (!isOptionalText(email) || !isOptionalText(name)) return undefined;
  if (!isOptionalText(donorId) || !isOptionalText(mentorId)) return undefined;
  return { sub, email, name, groups, donorId, mentorId };
}

/** A user in several groups acts with the strongest role. */
export function identityFromClaims(payload: unknown): Identity {
  const claims = claimsOf(payload);
  if (!claims) throw new UnauthorizedError("the token lacks the claims of a tracker user");
  const role = ROLES.find((candidate) => claims.groups.includes(candidate));
  if (!role) throw new UnauthorizedError("the user belongs to no tracker role (admin, manager, mentor or donor)");
  const { donorId, mentorId } = claims;
  if (role === "donor" && !donorId) throw new UnauthorizedError("a donor user must be bound to a donor organisation");
  return {
    id: claims.sub,
    email: claims.email,
    name: claims.name,
    role,
    ...(donorId && { donorId }),
    ...(mentorId && { mentorId }),
  };
}

export const isManager = (identity: Identity) => identity.role === "manager" || identity.role === "admin";

/** How a user is named in records and the audit trail: their e-mail when known, else their id. */
export const actorOf = (identity: Identity) => ({ id: identity.email ?? identity.id });
