// Reads every page of a list: for reports and checks, which need all of a year's records.
import type { PageRequest } from "./query";

const PAGE_SIZE = 1000;

export async function readPages<T>(
  read: (page: PageRequest) => Promise<{ items: T[]; nextCursor?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read({ limit: PAGE_SIZE, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
