// What a use case is given: the database, and who is asking.
import type { Identity } from "../auth/identity";
import type { Database } from "../data/client";

export type UseCaseDeps = { db: Database };

/** The person a use case acts for, as their verified token says. */
export type Caller = Identity;
