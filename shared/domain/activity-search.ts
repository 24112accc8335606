// Finding activities: what a manager asks for (a year, filters, words to look for, an order and a
// page) and the plain functions that answer it within the records one indexed read returned.
import { z } from "zod";
import type { Activity } from "./activity";
import { CountryCodeSchema, IdSchema } from "./common";
import { ActivityKindSchema, ActivityStatusSchema, ThemeSchema } from "./vocabulary";

/** "returned" is a draft that carries a manager's comment: the state a mentor must act on. */
export const SearchStatusSchema = z.union([ActivityStatusSchema, z.literal("returned")]);
export type SearchStatus = z.infer<typeof SearchStatusSchema>;
export const SEARCH_STATUSES: readonly SearchStatus[] = ["draft", "returned", "submitted", "validated"];

export const SEARCH_SORTS = ["date", "title", "status", "updated"] as const;
export const SEARCH_PAGE_SIZE = 25;

/** An empty field of a GET form is no filter. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const ActivitySearchSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  q: optional(z.string().trim().max(200)),
  theme: optional(ThemeSchema),
  kind: optional(ActivityKindSchema),
  country: optional(CountryCodeSchema),
  mentor: optional(IdSchema),
  donor: optional(IdSchema),
  status: optional(SearchStatusSchema),
  sort: optional(z.enum(SEARCH_SORTS)).transform((sort) => sort ?? "date"),
  order: optional(z.enum(["asc", "desc"])).transform((order) => order ?? "asc"),
  page: optional(z.coerce.number().int().min(1).max(10_000)).transform((page) => page ?? 1),
});
export type ActivitySearch = z.infer<typeof ActivitySearchSchema>;

/**
 * The one key read that answers a search: country links, else donor links, else the mentor's index,
 * else the year's; each for the year [and theme]. Every other criterion filters that answer.
 */
export function searchKey(search: ActivitySearch) {
  const { year, theme } = search;
  if (search.country) return { country: search.country, year, theme };
  if (search.donor) return { donor: search.donor, year, theme };
  if (search.mentor) return { mentor: search.mentor, year, theme };
  return { year, theme };
}

/** Lower case without accents, so that "senegal" finds « Sénégal » and "cote" finds « Côte ». */
export function folded(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** Title, narratives in every language, place and partners: where the words are looked for. */
function searchedText(activity: Activity): string {
  return folded(
    [activity.title, ...Object.values(activity.narrative ?? {}), activity.place ?? "", ...activity.partners].join("\n"),
  );
}

export function statusOfRecord(activity: Pick<Activity, "status" | "returnComment">): SearchStatus {
  return activity.status === "draft" && activity.returnComment ? "returned" : activity.status;
}

/** Whether an activity meets every criterion: each word of `q` somewhere in its text, and each filter. */
export function matchesSearch(activity: Activity, search: ActivitySearch): boolean {
  if (activity.year !== search.year) return false;
  if (search.theme && activity.theme !== search.theme) return false;
  if (search.kind && activity.kind !== search.kind) return false;
  if (search.country && !activity.countries.includes(search.country)) return false;
  if (search.donor && !activity.donors.includes(search.donor)) return false;
  if (search.mentor && activity.mentorId !== search.mentor) return false;
  if (search.status && statusOfRecord(activity) !== search.status) return false;
  const words = folded(search.q ?? "")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const text = searchedText(activity);
  return words.every((word) => text.includes(word));
}

const STATUS_ORDER: Record<SearchStatus, number> = { draft: 0, returned: 1, submitted: 2, validated: 3 };

/** The records in the order asked, ties broken by start date then id, so that pages never overlap. */
export function sortActivities(activities: readonly Activity[], search: ActivitySearch, collator: Intl.Collator) {
  const byKey: Record<ActivitySearch["sort"], (a: Activity, b: Activity) => number> = {
    date: (a, b) => a.startDate.localeCompare(b.startDate),
    title: (a, b) => collator.compare(a.title, b.title),
    status: (a, b) => STATUS_ORDER[statusOfRecord(a)] - STATUS_ORDER[statusOfRecord(b)],
    updated: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
  };
  const direction = search.order === "desc" ? -1 : 1;
  const compare = byKey[search.sort];
  return [...activities].sort(
    (a, b) => direction * compare(a, b) || a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id),
  );
}

export type SearchResult = {
  items: Activity[];
  /** How many records meet the criteria, over every page. */
  total: number;
  page: number;
  pages: number;
};

/** The criteria applied to one read's answer: filtered, ordered, and the page asked for. */
export function searchPage(answer: readonly Activity[], search: ActivitySearch, collator: Intl.Collator): SearchResult {
  const found = sortActivities(
    answer.filter((activity) => matchesSearch(activity, search)),
    search,
    collator,
  );
  const pages = Math.max(1, Math.ceil(found.length / SEARCH_PAGE_SIZE));
  const page = Math.min(search.page, pages);
  return {
    items: found.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE),
    total: found.length,
    page,
    pages,
  };
}

/** What narrows the validation queue: the records of a year, a country, a mentor, a kind. */
export const QueueFilterSchema = z.object({
  year: optional(z.coerce.number().int().min(2000).max(2100)),
  country: optional(CountryCodeSchema),
  mentor: optional(IdSchema),
  kind: optional(ActivityKindSchema),
  page: optional(z.coerce.number().int().min(1).max(10_000)).transform((page) => page ?? 1),
});
export type QueueFilter = z.infer<typeof QueueFilterSchema>;

export function matchesQueueFilter(activity: Activity, filter: QueueFilter): boolean {
  return (
    (filter.year === undefined || activity.year === filter.year) &&
    (!filter.country || activity.countries.includes(filter.country)) &&
    (!filter.mentor || activity.mentorId === filter.mentor) &&
    (!filter.kind || activity.kind === filter.kind)
  );
}
