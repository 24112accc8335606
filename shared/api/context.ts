// What every route handler can reach: the database, and who is asking.
import type { Config } from "../config";
import type { Actor } from "../data/activities";
import type { Database } from "../data/client";

export type Deps = { db: Database; config: Config };

export type AppEnv = {
  Variables: {
    requestId: string;
    actor: Actor;
  };
};
