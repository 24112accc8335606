// The errors a client can act on. The API maps each to one HTTP status in one place.

export type FieldIssue = { path: string; message: string };

export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 503;
  abstract readonly code: string;
  /** Set where the same request may succeed later: how long to wait, sent as Retry-After. */
  readonly retryAfterSeconds?: number;
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly status = 400;
  readonly code = "validation_failed";
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), { issues });
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = "not_found";
  constructor(entity: string, id: string) {
    super(`${entity} "${id}" does not exist`);
  }
}

/** The client's copy is stale: the error carries the version the server holds now. */
export class VersionConflictError extends DomainError {
  readonly status = 409;
  readonly code = "version_conflict";
  constructor(entity: string, id: string, currentVersion: number, sentVersion: number) {
    super(
      `${entity} "${id}" is at version ${currentVersion}, not ${sentVersion}: reload it and apply your change again`,
      { currentVersion },
    );
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code = "conflict";
}

/** Other writes kept meeting this one on the same items: sending it again shortly may succeed. */
export class ConcurrentWriteError extends ConflictError {
  override readonly retryAfterSeconds = 1;
  constructor() {
    super("the record was being changed by someone else at the same moment: try again");
  }
}

/** The database is throttling, failing or out of reach: nothing was written, and a retry may succeed. */
export class UnavailableError extends DomainError {
  readonly status = 503;
  readonly code = "unavailable";
  constructor(
    message: string,
    override readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** The same Idempotency-Key came back with a different request body (IETF draft: 422). */
export class IdempotencyKeyReusedError extends DomainError {
  readonly status = 422;
  readonly code = "idempotency_key_reused";
  constructor(key: string) {
    super(`Idempotency-Key "${key}" was already used with a different request body`);
  }
}

/** No valid credentials: the client should sign in (again). */
export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly code = "unauthorized";
}

/** Signed in, but this role or person may not do this. */
export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = "forbidden";
}
