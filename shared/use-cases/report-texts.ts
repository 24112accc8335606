// A manager writes a year's report texts one language at a time, starting from the previous year's.
import { assertCanManage } from "../auth/policy";
import { findReportTexts, latestReportTextsBefore } from "../data/report-texts";
import type { LanguageTexts, ReportTextsInput } from "../domain/report-texts";
import type { Language } from "../language/languages";
import { reportTextsCatalog } from "./catalog";
import type { Caller, UseCaseDeps } from "./context";

export type TextsToEdit = {
  year: number;
  /** The year the texts come from: this year's, or the latest before it with texts (a starting point). */
  from?: number;
  /** The stored version, when this year has its own texts. */
  version?: number;
  texts: ReportTextsInput;
};

/** What the editor shows for a year: its texts, or the previous year's to start from. */
export async function reportTextsToEdit({ db }: UseCaseDeps, caller: Caller, year: number): Promise<TextsToEdit> {
  assertCanManage(caller, "ReportTexts");
  const own = await findReportTexts(db, year);
  if (own) {
    const { id: _id, version, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...texts } = own;
    return { year, from: year, version, texts };
  }
  const before = await latestReportTextsBefore(db, year);
  // The symbol and the activities told together belong to their own year.
  const start: ReportTextsInput = { year, texts: before?.texts ?? {}, groups: [] };
  return { year, ...(before && { from: before.year }), texts: start };
}

/**
 * Saves one language's texts for the year: a new year's record starts as a copy of the texts it
 * was shown (the previous year's, in every language), then takes this language's.
 */
export async function saveLanguageTexts(
  deps: UseCaseDeps,
  caller: Caller,
  change: {
    year: number;
    language: Language;
    texts: LanguageTexts;
    symbol?: string;
    groups?: ReportTextsInput["groups"];
    version?: number;
  },
) {
  const current = await reportTextsToEdit(deps, caller, change.year);
  const { symbol: _symbol, ...kept } = current.texts;
  const input: ReportTextsInput = {
    ...kept,
    ...(change.symbol && { symbol: change.symbol }),
    ...(change.groups && { groups: change.groups }),
    texts: { ...current.texts.texts, [change.language]: change.texts },
  };
  if (current.version === undefined) return reportTextsCatalog.create(deps, caller, input);
  return reportTextsCatalog.replace(deps, caller, String(change.year), input, change.version ?? 0);
}
