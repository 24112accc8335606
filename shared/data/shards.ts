// The shards of a hot counter (SHARDS in client.ts): a write picks one, a read takes them all.
import type { Database } from "./client";
import type { Key } from "./model";

/** A shard for one try of a write: at random, so that a try that met another moves elsewhere. */
export function anyShard(db: Database): number {
  return Math.floor(Math.random() * db.shards);
}

/** The keys of every shard of one counter, shard 0 first. */
export function everyShard(db: Database, keyOf: (shard: number) => Key): Key[] {
  return Array.from({ length: db.shards }, (_, shard) => keyOf(shard));
}
