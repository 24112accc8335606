// The single table, declared once: its key schema and indexes, and for each record type the key of
// its items and the reads it serves. Writes take every key and index attribute of an item from here,
// reads their key conditions, the stack and the local set-up the table itself (through table.ts). A
// new index is its entry in INDEXES and the read on it under its record type, here and nowhere else.
import type { Activity } from "../domain/activity";
import type { LabInput } from "../domain/lab";
import { labYear } from "../domain/lab-year";
import type { Theme } from "../domain/vocabulary";

export const KEY = { partition: "pk", sort: "sk" } as const;

/**
 * Each index is named after the read it serves; its attributes keep generic names. An entry here is
 * created by the stack and the local set-up and stripped from records read back (toRecord); an item
 * carries its attributes once a record type below declares a read on it.
 */
export const INDEXES = {
  /** Activities of a reporting year, optionally of one theme. */
  byYear: { partition: "gsi1pk", sort: "gsi1sk" },
  /** Activities logged by a mentor, newest year first when read backwards. */
  byMentor: { partition: "gsi2pk", sort: "gsi2sk" },
  /** Mentors, donors, labs (by country), published figures and report texts (by year), each type a partition. */
  byEntity: { partition: "gsi3pk", sort: "gsi3sk" },
  /** The validation queue, oldest submission first; sparse (see activitiesByStatus). */
  byStatus: { partition: "gsi4pk", sort: "gsi4sk" },
} as const;

export type IndexName = keyof typeof INDEXES;

/** Attribute DynamoDB deletes expired items by (idempotency records, import jobs). */
export const TTL_ATTRIBUTE = "expiresAt";

export type Key = { pk: string; sk: string };

/** What a Query needs: the index (none: the table), the partition, the sort-key prefix if it narrows. */
export type KeyCondition = { index?: IndexName; partition: string; sortPrefix?: string };

/**
 * A key: the partition a query names (an item names it with the same fields), the sort value of an
 * item, which is the order a read returns, and the prefix a query narrows the sort key to, if any.
 */
type KeyDeclaration<Item, Query> = {
  partition: (query: Query) => string;
  sort: (item: Item) => string;
  prefix?: (query: Query) => string | undefined;
};

/** A read on an index. `holds` makes it sparse: an item it refuses carries none of the index's attributes. */
type IndexDeclaration<Item, Query> = KeyDeclaration<Item, Query> & {
  index: IndexName;
  holds?: (item: Item) => boolean;
};

function condition<Query>(read: KeyDeclaration<never, Query>, query: Query, index?: IndexName): KeyCondition {
  const sortPrefix = read.prefix?.(query);
  return { ...(index && { index }), partition: read.partition(query), ...(sortPrefix !== undefined && { sortPrefix }) };
}

/** An item's own key (pk, sk); also a read on the table when several items share a partition. */
function primary<Item, Query = Item>(declaration: KeyDeclaration<Item, Query>) {
  return {
    ...declaration,
    of: (item: Item & Query): Key => ({ pk: declaration.partition(item), sk: declaration.sort(item) }),
    query: (query: Query): KeyCondition => condition(declaration, query),
  };
}

function secondary<Item, Query>(declaration: IndexDeclaration<Item, Query>) {
  const attributes = INDEXES[declaration.index];
  return {
    ...declaration,
    attributesOf: (item: Item): Record<string, string> =>
      declaration.holds && !declaration.holds(item)
        ? {}
        : // An item the read holds carries the fields its query names the partition with.
          {
            [attributes.partition]: declaration.partition(item as unknown as Query),
            [attributes.sort]: declaration.sort(item),
          },
    query: (query: Query): KeyCondition => condition(declaration, query, declaration.index),
  };
}

/** A read that names only its partition: every item of the record type, in sort order. */
type Whole = Record<never, never>;

const themePrefix = (theme: string) => `THEME#${theme}#`;
const yearPrefix = (year: number) => `YEAR#${year}#`;
const countryPrefix = (country: string) => `COUNTRY#${country}#`;
/** An activity's place in each of its collections: theme first, so a theme is a prefix, then date. */
const activityOrder = (activity: Pick<Activity, "theme" | "startDate" | "id">) =>
  `${themePrefix(activity.theme)}${activity.startDate}#${activity.id}`;
const byTheme = ({ theme }: { theme?: Theme }) => (theme ? themePrefix(theme) : undefined);

type LinkItem = Pick<Activity, "theme" | "startDate" | "id">;
type Named = { id: string; name: string };

export type EntityType = "MENTOR" | "DONOR" | "LAB" | "FIGURE" | "TEXTS";
const entityKey = (type: EntityType) =>
  primary<{ id: string }>({ partition: ({ id }) => `${type}#${id}`, sort: () => type });

/** Every audit entry's partition begins so: the deployed function may not update or delete such items. */
export const AUDIT_PREFIX = "AUDIT#";

export const model = {
  activity: {
    key: primary<{ id: string }>({ partition: ({ id }) => `ACTIVITY#${id}`, sort: () => "ACTIVITY" }),
    indexes: {
      activitiesByYear: secondary<Activity, { year: number; theme?: Theme }>({
        index: "byYear",
        partition: ({ year }) => `YEAR#${year}`,
        sort: activityOrder,
        prefix: byTheme,
      }),
      /** Only activities that have a mentor. */
      activitiesByMentor: secondary<Activity, { mentorId: string; year?: number; theme?: Theme }>({
        index: "byMentor",
        holds: (activity) => Boolean(activity.mentorId),
        partition: ({ mentorId }) => `MENTOR#${mentorId}`,
        sort: (activity) => `${yearPrefix(activity.year)}${activityOrder(activity)}`,
        prefix: ({ year, theme }) =>
          year === undefined ? undefined : `${yearPrefix(year)}${byTheme({ theme }) ?? ""}`,
      }),
      /**
       * The validation queue. Sparse: only a submitted activity carries its attributes. Every write
       * puts the whole item, so validating or returning a record drops them, and the record leaves
       * the queue in the same transaction.
       */
      activitiesByStatus: secondary<Activity, { status: "submitted" }>({
        index: "byStatus",
        holds: (activity) => activity.status === "submitted",
        partition: ({ status }) => `STATUS#${status}`,
        // Submitting sets updatedAt, so the queue reads oldest submission first; the id breaks ties.
        sort: (activity) => `${activity.updatedAt}#${activity.id}`,
      }),
    },
  },

  /** Activities of a country and year [and theme]: one link item (keys only) per country of an activity. */
  countryLink: {
    key: primary<LinkItem, { country: string; year: number; theme?: Theme }>({
      partition: ({ country, year }) => `COUNTRY#${country}#YEAR#${year}`,
      sort: activityOrder,
      prefix: byTheme,
    }),
  },

  /** Activities of a donor and year [and theme]: one link item per donor of an activity. */
  donorLink: {
    key: primary<LinkItem, { donor: string; year: number; theme?: Theme }>({
      partition: ({ donor, year }) => `DONOR#${donor}#YEAR#${year}`,
      sort: activityOrder,
      prefix: byTheme,
    }),
  },

  mentor: {
    key: entityKey("MENTOR"),
    indexes: {
      mentorsByName: secondary<Named, Whole>({
        index: "byEntity",
        partition: () => "MENTOR",
        sort: (mentor) => `${mentor.name.toLowerCase()}#${mentor.id}`,
      }),
    },
  },

  donor: {
    key: entityKey("DONOR"),
    indexes: {
      donorsByName: secondary<Named, Whole>({
        index: "byEntity",
        partition: () => "DONOR",
        sort: (donor) => `${donor.name.toLowerCase()}#${donor.id}`,
      }),
    },
  },

  lab: {
    key: entityKey("LAB"),
    indexes: {
      labsByCountry: secondary<{ id: string; country: string; institution: string }, { country?: string }>({
        index: "byEntity",
        partition: () => "LAB",
        sort: (lab) => `${countryPrefix(lab.country)}${lab.institution.toLowerCase()}#${lab.id}`,
        prefix: ({ country }) => (country === undefined ? undefined : countryPrefix(country)),
      }),
      /**
       * The labs a year's report and totals count (set up that year), read by key rather than
       * every lab of every year. In the byYear index under a partition of their own; a lab with
       * no year is in no report and not in it.
       */
      labsOfYear: secondary<Pick<LabInput, "year" | "setUpOn"> & { id: string; country: string }, { year: number }>({
        index: "byYear",
        holds: (lab) => labYear(lab) !== undefined,
        partition: (lab) => `LAB#YEAR#${labYear(lab)}`,
        sort: (lab) => `${countryPrefix(lab.country)}${lab.id}`,
      }),
    },
  },

  publishedFigure: {
    key: entityKey("FIGURE"),
    indexes: {
      figuresByYear: secondary<{ id: string; year: number; indicator: string }, { year?: number }>({
        index: "byEntity",
        partition: () => "FIGURE",
        sort: (figure) => `${yearPrefix(figure.year)}${figure.indicator}#${figure.id}`,
        prefix: ({ year }) => (year === undefined ? undefined : yearPrefix(year)),
      }),
    },
  },

  /** A year's report texts (its id is the year), listed by year: the editor starts from the latest before. */
  reportTexts: {
    key: entityKey("TEXTS"),
    indexes: {
      textsByYear: secondary<{ id: string; year: number }, Whole>({
        index: "byEntity",
        partition: () => "TEXTS",
        sort: (texts) => yearPrefix(texts.year),
      }),
    },
  },

  /** A POST's idempotency key, per caller (scope); expires by TTL_ATTRIBUTE. */
  idempotency: {
    key: primary<{ scope: string; key: string }>({
      partition: ({ scope, key }) => `IDEMPOTENCY#${scope}#${key}`,
      sort: () => "IDEMPOTENCY",
    }),
  },

  /** The history of a record: time first, so it reads oldest first; a random tail keeps two changes of one ms apart. */
  audit: {
    key: primary<{ at: string; unique: string }, { entity: string; recordId: string }>({
      partition: ({ entity, recordId }) => `${AUDIT_PREFIX}${entity}#${recordId}`,
      sort: ({ at, unique }) => `${at}#${unique}`,
    }),
  },

  /**
   * A batch of a spreadsheet import whose totals have been added: written in the same transaction
   * as them, so a batch written again (after a failure) never adds them twice.
   */
  importBatch: {
    key: primary<{ importId: string; batch: number }, { importId: string }>({
      partition: ({ importId }) => `IMPORT#${importId}`,
      sort: ({ batch }) => `BATCH#${String(batch).padStart(6, "0")}`,
    }),
  },

  /** A spreadsheet import run as a job: its status and progress; expires by TTL_ATTRIBUTE. */
  importJob: {
    key: primary<{ id: string }>({
      partition: ({ id }) => `IMPORTJOB#${id}`,
      sort: () => "IMPORTJOB",
    }),
  },

  /**
   * The totals of a year in one scope (validated or submitted), one attribute per cell, kept as
   * SHARDS items (see SHARDS in client.ts): the totals are the sum of the shards.
   */
  totals: {
    key: primary<{ year: number; scope: string; shard?: number }>({
      partition: ({ year, scope, shard }) => `AGGREGATE#${year}#${scope}${shardSuffix(shard)}`,
      sort: () => "AGGREGATE",
    }),
  },

  /** The validated activities a donor funds in a year, as the year's totals count them; sharded likewise. */
  donorTotals: {
    key: primary<{ year: number; donor: string; shard?: number }>({
      partition: ({ year, donor, shard }) => `AGGREGATE#${year}#DONOR#${donor}${shardSuffix(shard)}`,
      sort: () => "AGGREGATE",
    }),
  },

  /**
   * The activities citing a mentor or donor, counted over SHARDS items that exist exactly while
   * the record does: created with it, deleted with it on the condition that each still holds the
   * count read just before (so that the count is zero when it goes), and written by every
   * activity that cites it on the condition that it exists.
   */
  citations: {
    key: primary<{ type: CountedType; id: string; shard: number }>({
      partition: ({ type, id, shard }) => `COUNT#${type}#${id}${shardSuffix(shard)}`,
      sort: () => "COUNT",
    }),
  },
};

/** The records whose citations are counted: a cited one cannot be deleted. */
export type CountedType = Extract<EntityType, "MENTOR" | "DONOR">;

function shardSuffix(shard: number | undefined): string {
  return shard ? `#${shard}` : "";
}

/** The id of the activity a link item stands for: the end of its sort key (see activityOrder). */
export function linkedActivityId(link: Record<string, unknown>): string {
  return String(link[KEY.sort]).split("#").at(-1) as string;
}

/** What the write path needs of a record type's declaration. */
export type RecordModel<Item> = {
  key: { of: (item: Item) => Key };
  indexes?: Record<string, { attributesOf: (item: Item) => Record<string, string> }>;
};

/** Every index attribute an item is written with: those of each index read of its record type. */
export function indexAttributes<Item>(record: RecordModel<Item>, item: Item): Record<string, string> {
  return Object.assign({}, ...Object.values(record.indexes ?? {}).map((read) => read.attributesOf(item)));
}

/** The item a record is stored as: its key, its index attributes, then its own fields. */
export function storedItem<Item extends object>(record: RecordModel<Item>, item: Item) {
  return { ...record.key.of(item), ...indexAttributes(record, item), ...item };
}
