// A fingerprint of the activities a year's totals count, kept in the totals themselves: each
// counted activity adds a checksum of its id, version and last change to two cells, so that the
// totals' checksum changes with every write of a counted activity (a title corrected, a narrative
// rewritten), not only with those that change a count. A reader that holds something built from
// those activities (the report) knows from the totals alone, read consistently and in one request,
// whether it is still theirs.
import type { Activity } from "./activity";

/** Not figures: the two halves of the sum of the counted activities' checksums. */
export const CHECKSUM_CELLS = ["checksum:a", "checksum:b"] as const;

type Cells = Record<string, number>;

/**
 * Two 32-bit hashes of the activity's id, version and last change (cyrb53's mixing). Every write
 * of an activity sets a new version and time, so that its checksum changes with it; the sum of a
 * year's stays within the integers a JavaScript number holds exactly (2^32 × 2 million activities).
 */
export function activityChecksum(activity: Pick<Activity, "id" | "version" | "updatedAt">): [number, number] {
  const text = `${activity.id}#${activity.version}#${activity.updatedAt}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** What one activity adds to the checksum cells of its year's totals. */
export function checksumCells(activity: Pick<Activity, "id" | "version" | "updatedAt">): Cells {
  const [a, b] = activityChecksum(activity);
  return { [CHECKSUM_CELLS[0]]: a, [CHECKSUM_CELLS[1]]: b };
}

/** The checksum of totals cells (0 where a table holds none yet), as one comparable string. */
export function checksumOf(cells: Cells): string {
  return CHECKSUM_CELLS.map((name) => cells[name] ?? 0).join(":");
}

/** The checksum the totals of these activities would hold. */
export function checksumOfActivities(activities: readonly Pick<Activity, "id" | "version" | "updatedAt">[]): string {
  let sumA = 0;
  let sumB = 0;
  for (const activity of activities) {
    const [a, b] = activityChecksum(activity);
    sumA += a;
    sumB += b;
  }
  return `${sumA}:${sumB}`;
}

/** The totals' figures: the cells without the checksum. */
export function withoutChecksum(cells: Cells): Cells {
  const figures = { ...cells };
  for (const name of CHECKSUM_CELLS) delete figures[name];
  return figures;
}
