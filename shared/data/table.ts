// The table as the stack (infra/stack.ts) and the local set-up (local/create-table.ts) create it,
// read from its declaration in model.ts, so DynamoDB Local and AWS always hold the same shape and
// an index added there is created by both.
import { INDEXES, KEY } from "./model";

export { AUDIT_PREFIX, INDEXES, type IndexName, KEY, TTL_ATTRIBUTE } from "./model";

/** Every key attribute of the table and of its indexes (all strings), table keys first. */
export const KEY_ATTRIBUTES: readonly string[] = [
  KEY.partition,
  KEY.sort,
  ...Object.values(INDEXES).flatMap((index) => [index.partition, index.sort]),
];
