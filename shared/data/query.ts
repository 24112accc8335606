// One page of a Query on the table or an index, with an opaque cursor in and out.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { ValidationError } from "../domain/errors";
import type { Database } from "./client";
import { decodeCursor, encodeCursor } from "./cursor";
import { INDEXES, type IndexName, KEY } from "./model";

export type PageRequest = { limit: number; cursor?: string };

export type QuerySpec = {
  index?: IndexName;
  partition: string;
  sortPrefix?: string;
  /** Read only the key attributes (link items carry nothing else worth reading). */
  keysOnly?: boolean;
  newestFirst?: boolean;
  /** A strongly consistent read (the table only): what was written before the read is there. */
  consistent?: boolean;
  /** Only sort keys from `from` (inclusive) to `before` (exclusive), either end open. */
  sortRange?: SortRange;
};

export type SortRange = { from?: string; before?: string };

function inRange(sort: string | undefined, { from, before }: SortRange): boolean {
  return sort !== undefined && (from === undefined || sort >= from) && (before === undefined || sort < before);
}

/**
 * A key condition can bound the sort key on both ends only with BETWEEN, which holds its upper
 * end: an item exactly at `before` is read, and left out of the page (`excludes`).
 */
function rangeCondition(range: SortRange): { expression: string; values: Record<string, string> } | undefined {
  const { from, before } = range;
  if (from !== undefined && before !== undefined)
    return { expression: "#sk BETWEEN :from AND :before", values: { ":from": from, ":before": before } };
  if (from !== undefined) return { expression: "#sk >= :from", values: { ":from": from } };
  if (before !== undefined) return { expression: "#sk < :before", values: { ":before": before } };
  return undefined;
}

/** The attributes of a page's last key in a read: the table's key, and the index's where it reads one. */
function keyAttributesOf(spec: QuerySpec): string[] {
  const index = spec.index ? INDEXES[spec.index] : KEY;
  return spec.index ? [KEY.partition, KEY.sort, index.partition, index.sort] : [KEY.partition, KEY.sort];
}

/** The cursor of a page that ends on this item of the read: the next page starts after it. */
export function cursorAt(spec: QuerySpec, item: Record<string, unknown>): string | undefined {
  return encodeCursor(Object.fromEntries(keyAttributesOf(spec).map((name) => [name, item[name]])));
}

export async function queryPage(db: Database, spec: QuerySpec, page: PageRequest) {
  if (spec.sortRange && (spec.sortPrefix !== undefined || spec.keysOnly))
    // A range leaves out the item at its end by its sort key, which a keys-only read does not return.
    throw new Error("a range read narrows by no prefix and reads whole items");
  const index = spec.index ? INDEXES[spec.index] : KEY;
  const keyAttributes = keyAttributesOf(spec);
  const startKey = decodeCursor(page.cursor, keyAttributes);
  const otherList = new ValidationError([{ path: "cursor", message: "belongs to another list" }]);
  if (startKey && startKey[index.partition] !== spec.partition) throw otherList;
  if (startKey && spec.sortPrefix && !startKey[index.sort]?.startsWith(spec.sortPrefix)) throw otherList;
  if (startKey && spec.sortRange && !inRange(startKey[index.sort], spec.sortRange)) throw otherList;
  const range = spec.sortRange && rangeCondition(spec.sortRange);
  const sortCondition = spec.sortPrefix ? "begins_with(#sk, :prefix)" : range?.expression;
  const query = new QueryCommand({
    TableName: db.tableName,
    IndexName: spec.index,
    KeyConditionExpression: sortCondition ? `#pk = :pk AND ${sortCondition}` : "#pk = :pk",
    ExpressionAttributeNames: {
      "#pk": index.partition,
      ...(sortCondition && { "#sk": index.sort }),
      ...(spec.keysOnly && { "#basePk": KEY.partition, "#baseSk": KEY.sort }),
    },
    ExpressionAttributeValues: {
      ":pk": spec.partition,
      ...(spec.sortPrefix && { ":prefix": spec.sortPrefix }),
      ...range?.values,
    },
    ProjectionExpression: spec.keysOnly ? "#basePk, #baseSk" : undefined,
    ExclusiveStartKey: startKey,
    Limit: page.limit,
    ScanIndexForward: !spec.newestFirst,
    ...(spec.consistent && { ConsistentRead: true }),
  });
  try {
    const result = await db.client.send(query);
    const items = result.Items ?? [];
    const before = spec.sortRange?.before;
    const excludes = spec.sortRange?.from !== undefined && before !== undefined;
    return {
      items: excludes ? items.filter((item) => item[index.sort] !== before) : items,
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  } catch (error) {
    // A start key that passes the checks above but that no item of this list could have is
    // refused by DynamoDB as invalid input: the cursor's fault, not the server's.
    if (startKey && error instanceof Error && error.name === "ValidationException") {
      throw new ValidationError([{ path: "cursor", message: "is not a cursor this list returned" }]);
    }
    throw error;
  }
}
