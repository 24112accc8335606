// The single table's key schema and indexes: one definition read by the CDK stack and by the
// local set-up, so DynamoDB Local and AWS always hold the same shape.

export const KEY = { partition: "pk", sort: "sk" } as const;

/** Each index is named after the read it serves; its attributes keep generic names. */
export const INDEXES = {
  /** Activities of a reporting year, optionally of one theme. */
  byYear: { partition: "gsi1pk", sort: "gsi1sk" },
  /** Activities logged by a mentor, newest year first when read backwards. */
  byMentor: { partition: "gsi2pk", sort: "gsi2sk" },
  /** Mentors, donors and labs (labs sorted by country). */
  byEntity: { partition: "gsi3pk", sort: "gsi3sk" },
  /**
   * The validation queue, oldest submission first. Sparse: only submitted activities carry its
   * attributes, so the index holds the queue and nothing else, and a record leaves it when it is
   * validated or returned.
   */
  byStatus: { partition: "gsi4pk", sort: "gsi4sk" },
} as const;

export type IndexName = keyof typeof INDEXES;

/** Attribute DynamoDB deletes expired items by (idempotency records). */
export const TTL_ATTRIBUTE = "expiresAt";
