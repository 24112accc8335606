import { describe, expect, it } from "vitest";
import type { Activity } from "../../../shared/domain/activity";
import {
  ActivitySearchSchema,
  folded,
  matchesSearch,
  SEARCH_PAGE_SIZE,
  searchKey,
  searchPage,
} from "../../../shared/domain/activity-search";

const base: Activity = {
  id: "a",
  kind: "training",
  theme: "cryptocurrency_darknet",
  title: "Training",
  startDate: "2024-01-01",
  endDate: "2024-01-02",
  year: 2024,
  countries: ["KEN"],
  partners: [],
  donors: [],
  topics: [],
  outcomes: [],
  status: "draft",
  version: 1,
  createdAt: "2024-01-01T00:00:00.000Z",
  createdBy: "x",
  updatedAt: "2024-01-01T00:00:00.000Z",
  updatedBy: "x",
};
const search = (query: Record<string, string>) => ActivitySearchSchema.parse({ year: "2024", ...query });
const collator = new Intl.Collator("en");

describe("finding activities", () => {
  it("folds case and accents", () => {
    expect(folded("Côte d’Ivoire SÉNÉGAL")).toBe("cote d’ivoire senegal");
  });

  it("needs every word somewhere in the title, narratives, place or partners", () => {
    const activity = { ...base, place: "Abiyán", partners: ["Policía Nacional"], narrative: { fr: "Une enquête" } };
    expect(matchesSearch(activity, search({ q: "abiyan policia" }))).toBe(true);
    expect(matchesSearch(activity, search({ q: "enquete" }))).toBe(true);
    expect(matchesSearch(activity, search({ q: "abiyan lagos" }))).toBe(false);
  });

  it("tells a returned draft from a plain one", () => {
    const returned = { ...base, returnComment: "Add the women" };
    expect(matchesSearch(returned, search({ status: "returned" }))).toBe(true);
    expect(matchesSearch(returned, search({ status: "draft" }))).toBe(false);
    expect(matchesSearch(base, search({ status: "draft" }))).toBe(true);
  });

  it("reads one key: country, else donor, else mentor, else the year, each with the theme", () => {
    expect(searchKey(search({ country: "KEN", donor: "d", mentor: "m", theme: "prevention" }))).toEqual({
      country: "KEN",
      year: 2024,
      theme: "prevention",
    });
    expect(searchKey(search({ donor: "d", mentor: "m" }))).toEqual({ donor: "d", year: 2024, theme: undefined });
    expect(searchKey(search({ mentor: "m" }))).toEqual({ mentor: "m", year: 2024, theme: undefined });
    expect(searchKey(search({ q: "x", kind: "meeting" }))).toEqual({ year: 2024, theme: undefined });
  });

  it("treats empty fields of the form as no filter, and refuses what is not one", () => {
    expect(search({ q: "", country: "", status: "", page: "" })).toMatchObject({ sort: "date", order: "asc", page: 1 });
    expect(ActivitySearchSchema.safeParse({ year: "2024", status: "lost" }).success).toBe(false);
    expect(ActivitySearchSchema.safeParse({ year: "1999" }).success).toBe(false);
  });

  it("pages through the ordered results without overlap, the last page when asked past it", () => {
    const many = Array.from({ length: SEARCH_PAGE_SIZE * 2 + 3 }, (_, index) => ({
      ...base,
      id: `id-${String(index).padStart(3, "0")}`,
      // Many records share a date: the id keeps the order stable.
      startDate: `2024-01-${String((index % 5) + 1).padStart(2, "0")}`,
    }));
    const pages = [1, 2, 3].map((page) => searchPage(many, search({ page: String(page) }), collator));
    expect(pages.map((page) => page.items.length)).toEqual([SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE, 3]);
    expect(pages[0]).toMatchObject({ total: many.length, pages: 3, page: 1 });
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(many.length);
    expect(searchPage(many, search({ page: "9" }), collator).page).toBe(3);
    const dates = ids.map((id) => many.find((item) => item.id === id)?.startDate);
    expect(dates).toEqual([...dates].sort());
  });
});
