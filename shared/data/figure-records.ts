// The records a report's figure counts (its drill-down), a page at a time: the narrowest key that
// holds them all (cellKey: a country's or a donor's links, the year's activities of a theme, the
// year's; the year's labs), read in key order and filtered by the figure's cell and scope. No Scan;
// a page costs what it reads of that key, at most MOST_READ items, never the whole table.
import type { Activity } from "../domain/activity";
import { activityCountsIn, cellKey, isLabCell, labCountsIn } from "../domain/figure-cells";
import type { LabInput } from "../domain/lab";
import { counts } from "../report/report-input";
import { getActivities } from "./activities";
import type { Database } from "./client";
import type { Page } from "./cursor";
import type { Stored } from "./entities";
import { linkedActivityId, model } from "./model";
import { cursorAt, type PageRequest, type QuerySpec, queryPage } from "./query";
import { toRecord } from "./transaction";

/** A page reads at most this many items of its key; fewer matches than asked then come with a cursor. */
const MOST_READ = 1000;
/** Items of the year read at a time (the figure's records may be a few among them). */
const YEAR_READ = 100;

export type FigureQuery = { year: number; cell: string; preview: boolean };

export type FigureRecord = { kind: "activity"; activity: Activity } | { kind: "lab"; lab: Stored<LabInput> };

type Item = Record<string, unknown>;

export async function listFigureRecords(
  db: Database,
  query: FigureQuery,
  page: PageRequest,
): Promise<Page<FigureRecord>> {
  const { year, cell, preview } = query;
  if (isLabCell(cell)) {
    return filteredPage(db, model.lab.indexes.labsOfYear.query({ year }), page, YEAR_READ, async (items) =>
      items.map((item) => {
        const lab = toRecord<Stored<LabInput>>(item);
        return labCountsIn(lab, cell) ? { kind: "lab" as const, lab } : undefined;
      }),
    );
  }
  const keep = (activity: Activity | undefined): FigureRecord | undefined =>
    activity && activity.year === year && counts(activity, preview) && activityCountsIn(activity, cell)
      ? { kind: "activity", activity }
      : undefined;
  const key = cellKey(cell);
  if ("country" in key || "donor" in key) {
    const links =
      "country" in key
        ? model.countryLink.key.query({ country: key.country, year })
        : model.donorLink.key.query({ donor: key.donor, year });
    // Each link costs a read of its activity: read about as many as the page still needs.
    return filteredPage(db, { ...links, keysOnly: true }, page, page.limit, async (items) => {
      const ids = items.map(linkedActivityId);
      const found = new Map((await getActivities(db, ids)).map((activity) => [activity.id, activity]));
      return ids.map((id) => keep(found.get(id)));
    });
  }
  const theme = "theme" in key ? key.theme : undefined;
  return filteredPage(
    db,
    model.activity.indexes.activitiesByYear.query({ year, theme }),
    page,
    YEAR_READ,
    async (items) => items.map((item) => keep(toRecord<Activity>(item))),
  );
}

/**
 * Reads the key from the cursor on, `read` items at a time, keeping what `resolve` keeps, until
 * the page is full, the key ends or MOST_READ items were read. The cursor is the last item used.
 */
async function filteredPage<T>(
  db: Database,
  spec: QuerySpec,
  page: PageRequest,
  read: number,
  resolve: (items: Item[]) => Promise<(T | undefined)[]>,
): Promise<Page<T>> {
  const out: T[] = [];
  let cursor = page.cursor;
  let done = 0;
  while (done < MOST_READ) {
    const batch = await queryPage(db, spec, { limit: Math.min(Math.max(read, 1), MOST_READ - done), cursor });
    const records = await resolve(batch.items);
    done += batch.items.length;
    for (const [index, record] of records.entries()) {
      if (record === undefined) continue;
      out.push(record);
      if (out.length === page.limit) {
        const last = index === batch.items.length - 1 && batch.nextCursor === undefined;
        const item = batch.items[index] as Item;
        return last ? { items: out } : { items: out, nextCursor: cursorAt(spec, item) };
      }
    }
    cursor = batch.nextCursor;
    if (cursor === undefined) return { items: out };
  }
  return { items: out, nextCursor: cursor };
}
