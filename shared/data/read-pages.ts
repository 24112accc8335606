// Reads every page of a list: for reports and checks, which need all of a year's records.
import type { PageRequest } from "./query";

/** Items per page of a whole read: also the page of the benchmark's raw Query it is measured against. */
export const READ_PAGE_SIZE = 1000;

export async function readPages<T>(
  read: (page: PageRequest) => Promise<{ items: T[]; nextCursor?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ limit: READ_PAGE_SIZE, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
