// Primary keys by record, for code outside shared/data that reads or checks an item by its key (the
// seed loader, tests). Each is built by its record type's declaration in model.ts.
import { type EntityType, type Key, model } from "./model";

export type { EntityType } from "./model";

const ENTITIES = {
  MENTOR: model.mentor,
  DONOR: model.donor,
  LAB: model.lab,
  FIGURE: model.publishedFigure,
  TEXTS: model.reportTexts,
};

export const keys = {
  activity: (id: string): Key => model.activity.key.of({ id }),
  entity: (type: EntityType, id: string): Key => ENTITIES[type].key.of({ id }),
  idempotency: (scope: string, key: string): Key => model.idempotency.key.of({ scope, key }),
  /** The totals of a year in one scope (validated or submitted): one of its shards, the first by default. */
  aggregate: (year: number, scope: string, shard = 0): Key => model.totals.key.of({ year, scope, shard }),
};
