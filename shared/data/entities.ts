// Reads and writes of the programme's reference records (mentors, donors, labs): one store
// shape, configured per record type.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Contribution } from "../domain/aggregates";
import type { RecordMeta } from "../domain/common";
import { ConflictError, NotFoundError, ValidationError, VersionConflictError } from "../domain/errors";
import { aggregateUpdates } from "./aggregates";
import { type Actor, auditItem } from "./audit";
import { citationCounts, citationDeletes, citationShards, readCitations } from "./citations";
import type { Database } from "./client";
import { type CountedType, KEY, type Key, type KeyCondition, type RecordModel, storedItem } from "./model";
import { type PageRequest, queryPage } from "./query";
import { LEGACY_CITATIONS, type TransactItem, toRecord, writeAll } from "./transaction";

export type EntityDefinition<Input> = {
  /** Its record type in model.ts: the key of its items (by id) and the indexes they are listed in. */
  model: { key: { of: (item: { id: string }) => Key }; indexes: RecordModel<Stored<Input>>["indexes"] };
  /** The read `list` serves (model.ts), whose order lists come back in. */
  list: { query: (query: Record<never, never>) => KeyCondition };
  /** Name used in messages ("Mentor"). */
  label: string;
  /** The id a new record gets: the client's (donor codes) or a fresh one. */
  idFor: (input: Input) => string;
  /** Records the input cites that must exist, as field path and key. */
  references?: (input: Input) => { path: string; key: Key; label: string }[];
  /** What the record adds to a year's totals, if anything (labs). */
  contribution?: (record: Input) => Contribution | undefined;
  /** Activities cite records of this type, which count their citations (citations.ts). */
  counted?: CountedType;
};

export type Stored<Input> = Input & { id: string } & RecordMeta;

// A record is only replaced or deleted at the version its client read.
const VERSION_MATCHES = "attribute_exists(pk) AND #version = :expectedVersion";
// A record stored before the citations were sharded counted them on its own item; a cited record stays.
const NOT_CITED = `attribute_not_exists(${LEGACY_CITATIONS}) OR ${LEGACY_CITATIONS} = :zero`;
/** Tries of a deletion whose record was cited and uncited again between its read and its write. */
const DELETE_ATTEMPTS = 3;

export function entityStore<Input extends object>(definition: EntityDefinition<Input>) {
  const { label } = definition;
  const keyOf = (id: string) => definition.model.key.of({ id });

  async function get(db: Database, id: string): Promise<Stored<Input>> {
    const result = await db.client.send(new GetCommand({ TableName: db.tableName, Key: keyOf(id) }));
    if (!result.Item) throw new NotFoundError(label, id);
    return toRecord<Stored<Input>>(result.Item);
  }

  function item(record: Stored<Input>) {
    return storedItem(definition.model, record);
  }

  function referenceChecks(db: Database, input: Input): TransactItem[] {
    return (definition.references?.(input) ?? []).map(({ key }) => ({
      ConditionCheck: { TableName: db.tableName, Key: key, ConditionExpression: "attribute_exists(pk)" },
    }));
  }

  function totalsChange(db: Database, before: Input | undefined, after: Input | undefined): TransactItem[] {
    const contribution = definition.contribution;
    return contribution ? aggregateUpdates(db, before && contribution(before), after && contribution(after)) : [];
  }

  /**
   * Runs a write whose first item is the record, then the checks of what the new state cites,
   * then the changes to the year's totals; explains any failed condition.
   */
  async function write(
    db: Database,
    change: { before?: Stored<Input>; after: Stored<Input>; actor: Actor },
    head: TransactItem,
    explainHead: () => Promise<Error>,
  ) {
    const input = change.after;
    const counted = definition.counted;
    const items = (): TransactItem[] => [
      head,
      ...referenceChecks(db, input),
      ...totalsChange(db, change.before, input),
      // A new record gets its citation shards, at zero, with it.
      ...(counted && !change.before ? citationShards(db, { type: counted, id: input.id }) : []),
      auditItem(db, {
        entity: label,
        recordId: input.id,
        action: change.before ? "update" : "create",
        actor: change.actor,
        before: change.before,
        after: change.after,
      }),
    ];
    const failed = await writeAll(db, items);
    if (failed.length === 0) return;
    if (failed.includes(0)) throw await explainHead();
    const references = definition.references?.(input) ?? [];
    throw new ValidationError(
      failed.map((index) => {
        const reference = references[index - 1];
        return { path: reference?.path ?? "", message: `unknown ${reference?.label ?? "reference"}` };
      }),
    );
  }

  return {
    get,

    async create(db: Database, input: Input, actor: Actor, id = definition.idFor(input)): Promise<Stored<Input>> {
      const now = new Date().toISOString();
      const record = {
        ...input,
        id,
        version: 1,
        createdAt: now,
        createdBy: actor.id,
        updatedAt: now,
        updatedBy: actor.id,
      } as Stored<Input>;
      const put = {
        Put: { TableName: db.tableName, Item: item(record), ConditionExpression: "attribute_not_exists(pk)" },
      };
      await write(
        db,
        { after: record, actor },
        put,
        async () => new ConflictError(`${label} "${id}" already exists`, { id }),
      );
      return record;
    },

    async replace(db: Database, id: string, input: Input, expectedVersion: number, actor: Actor) {
      const current = await get(db, id);
      if (current.version !== expectedVersion) {
        throw new VersionConflictError(label, id, current.version, expectedVersion);
      }
      const record = {
        ...input,
        id,
        version: current.version + 1,
        createdAt: current.createdAt,
        createdBy: current.createdBy,
        updatedAt: new Date().toISOString(),
        updatedBy: actor.id,
      } as Stored<Input>;
      const fields = replaceFields(item(record), current);
      const update = {
        Update: {
          TableName: db.tableName,
          Key: keyOf(id),
          ...fields,
          ExpressionAttributeValues: { ...fields.ExpressionAttributeValues, ":expectedVersion": expectedVersion },
          ConditionExpression: VERSION_MATCHES,
        },
      };
      await write(db, { before: current, after: record, actor }, update, async () =>
        conflictFor(db, id, expectedVersion),
      );
      return record;
    },

    /**
     * Deletes a record at the version read. A counted record goes with its citation shards, each on
     * the condition that it holds the count just read, all zero (citations.ts): a citation written
     * in between fails the deletion, which then reads the count again.
     */
    async remove(db: Database, id: string, expectedVersion: number, actor: Actor): Promise<void> {
      const current = await get(db, id);
      const counted = definition.counted;
      for (let attempt = 1; ; attempt++) {
        const shards = counted ? await readCitations(db, { type: counted, id }) : undefined;
        if (shards && shards.total > 0) throw await conflictFor(db, id, expectedVersion);
        const failed = await writeAll(db, () => [
          {
            Delete: {
              TableName: db.tableName,
              Key: keyOf(id),
              ConditionExpression: `${VERSION_MATCHES} AND (${NOT_CITED})`,
              ExpressionAttributeNames: { "#version": "version" },
              ExpressionAttributeValues: { ":expectedVersion": expectedVersion, ":zero": 0 },
            },
          },
          ...totalsChange(db, current, undefined),
          auditItem(db, { entity: label, recordId: id, action: "delete", actor, before: current }),
          ...(counted && shards ? citationDeletes(db, { type: counted, id }, shards.byShard) : []),
        ]);
        if (failed.length === 0) return;
        if (failed.includes(0) || attempt === DELETE_ATTEMPTS) throw await conflictFor(db, id, expectedVersion);
      }
    },

    /** The activities citing each record of `ids` (none for a kind not counted), in one batched read. */
    async citationCounts(db: Database, ids: string[]): Promise<Map<string, number>> {
      const counted = definition.counted;
      if (!counted || ids.length === 0) return new Map();
      return citationCounts(
        db,
        ids.map((id) => ({ type: counted, id })),
        ids.map(keyOf),
      );
    },

    async list(db: Database, page: PageRequest, sortPrefix?: string) {
      const result = await queryPage(db, { ...definition.list.query({}), ...(sortPrefix && { sortPrefix }) }, page);
      return { items: result.items.map(toRecord<Stored<Input>>), nextCursor: result.nextCursor };
    },
  };

  /** The activities citing the record: its shards' counts and, on a record stored before them, its own. */
  async function citations(db: Database, id: string): Promise<number> {
    const [legacy, shards] = await Promise.all([
      db.client.send(
        new GetCommand({
          TableName: db.tableName,
          Key: keyOf(id),
          ProjectionExpression: "#count",
          ExpressionAttributeNames: { "#count": LEGACY_CITATIONS },
          ConsistentRead: true,
        }),
      ),
      definition.counted ? readCitations(db, { type: definition.counted, id }) : undefined,
    ]);
    return Number(legacy.Item?.[LEGACY_CITATIONS] ?? 0) + (shards?.total ?? 0);
  }

  /** Why a conditional write on an existing record failed, read back from the record. */
  async function conflictFor(db: Database, id: string, expectedVersion: number): Promise<Error> {
    const current = await get(db, id);
    if (current.version !== expectedVersion) {
      return new VersionConflictError(label, id, current.version, expectedVersion);
    }
    const count = await citations(db, id);
    return new ConflictError(
      `${label} "${id}" is cited by ${count} activit${count === 1 ? "y" : "ies"}: it cannot be deleted`,
      {
        activityCount: count,
      },
    );
  }
}

/**
 * An update that sets every field of the new record and removes the fields it dropped. An
 * update rather than a put, so that the reference count, written by activity transactions at
 * any moment, is never overwritten with a stale value.
 */
function replaceFields(next: Record<string, unknown>, current: object) {
  const names: Record<string, string> = { "#version": "version" };
  const values: Record<string, unknown> = {};
  const set: string[] = [];
  Object.entries(next).forEach(([field, value], index) => {
    if (field === KEY.partition || field === KEY.sort) return;
    names[`#f${index}`] = field;
    values[`:v${index}`] = value;
    set.push(`#f${index} = :v${index}`);
  });
  const dropped = Object.keys(current).filter((field) => !(field in next));
  dropped.forEach((field, index) => {
    names[`#r${index}`] = field;
  });
  return {
    UpdateExpression: `SET ${set.join(", ")}${dropped.length ? ` REMOVE ${dropped.map((_, i) => `#r${i}`).join(", ")}` : ""}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
