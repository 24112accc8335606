// What managers do with the reference records (mentors, donors, labs, published figures) and
// who may read them: staff read every one, a donor its own donor record only.
import { actorOf } from "../auth/identity";
import { assertCanManage, assertCanReadReference } from "../auth/policy";
import { donors, figuresOfYear, labs, labsInCountry, mentors, publishedFigures } from "../data/catalog";
import type { entityStore, Stored } from "../data/entities";
import type { PageRequest } from "../data/query";
import { readPages } from "../data/read-pages";
import { reportTexts } from "../data/report-texts";
import { ValidationError } from "../domain/errors";
import type { ReportTextsInput } from "../domain/report-texts";
import type { Language } from "../language/languages";
import type { Caller, UseCaseDeps } from "./context";

type Store<Input extends object> = ReturnType<typeof entityStore<Input>>;

export type CatalogFilter = { country?: string; year?: number };

function catalog<Input extends object>(
  store: Store<Input>,
  what: string,
  options: {
    /** A donor may read the record whose id is its own organisation's. */
    ownedByDonor?: boolean;
    /** The list filters, as a sort-key prefix of the byEntity index. */
    prefix?: (filter: CatalogFilter) => string | undefined;
  } = {},
) {
  return {
    what,
    async create({ db }: UseCaseDeps, caller: Caller, input: Input): Promise<Stored<Input>> {
      assertCanManage(caller, what);
      return store.create(db, input, actorOf(caller));
    },
    async list({ db }: UseCaseDeps, caller: Caller, page: PageRequest, filter: CatalogFilter = {}) {
      assertCanReadReference(caller, what);
      return store.list(db, page, options.prefix?.(filter));
    },
    /** Every record, all pages read: the names a page shows beside ids. */
    async all({ db }: UseCaseDeps, caller: Caller): Promise<Stored<Input>[]> {
      assertCanReadReference(caller, what);
      return readPages((page) => store.list(db, page));
    },
    /** How many activities cite each record of `ids` (mentors and donors; none for the others), in one batched read. */
    async citationCounts({ db }: UseCaseDeps, caller: Caller, ids: string[]): Promise<Map<string, number>> {
      assertCanManage(caller, what);
      return store.citationCounts(db, ids);
    },
    async get({ db }: UseCaseDeps, caller: Caller, id: string): Promise<Stored<Input>> {
      assertCanReadReference(caller, what, options.ownedByDonor ? id : undefined);
      return store.get(db, id);
    },
    async replace({ db }: UseCaseDeps, caller: Caller, id: string, input: Input, version: number) {
      assertCanManage(caller, what);
      return store.replace(db, id, input, version, actorOf(caller));
    },
    async remove({ db }: UseCaseDeps, caller: Caller, id: string, version: number): Promise<void> {
      assertCanManage(caller, what);
      await store.remove(db, id, version, actorOf(caller));
    },
  };
}

export type Catalog<Input extends object> = ReturnType<typeof catalog<Input>>;

export const mentorCatalog = catalog(mentors, "Mentors");
export const donorCatalog = catalog(donors, "Donors", { ownedByDonor: true });
export const labCatalog = catalog(labs, "Labs", {
  prefix: (filter) => (filter.country ? labsInCountry(filter.country) : undefined),
});
export const publishedFigureCatalog = catalog(publishedFigures, "PublishedFigures", {
  prefix: (filter) => (filter.year !== undefined ? figuresOfYear(filter.year) : undefined),
});

const texts = catalog(reportTexts, "ReportTexts");

/** A year's report texts: stored under the year, so a replacement names the year it is stored under. */
export const reportTextsCatalog: typeof texts = {
  ...texts,
  async replace(deps, caller, id, input: ReportTextsInput, version) {
    if (String(input.year) !== id) {
      throw new ValidationError([{ path: "year", message: `the texts stored as "${id}" are those of ${id}` }]);
    }
    return texts.replace(deps, caller, id, input, version);
  },
};

/** A manager's note on a published figure, in one language: how it and the records' figure relate. */
export async function notePublishedFigure(
  deps: UseCaseDeps,
  caller: Caller,
  id: string,
  change: { language: Language; text: string; version: number },
) {
  const { year, indicator, value, qualifier, unit, label, source, note } = await publishedFigureCatalog.get(
    deps,
    caller,
    id,
  );
  const text = change.text.trim();
  const notes = { ...note, [change.language]: text || undefined };
  const kept = Object.values(notes).some(Boolean) ? { note: notes } : {};
  return publishedFigureCatalog.replace(
    deps,
    caller,
    id,
    { id, year, indicator, value, qualifier, unit, label, source, ...kept },
    change.version,
  );
}
