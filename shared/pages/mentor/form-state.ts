// What the activity form shows again after a refused submission: the values typed and each
// issue next to the field or group it is about.
import type { FieldIssue } from "../../domain/errors";
import { LANGUAGES } from "../../language/languages";

export type FormState = {
  values: Map<string, string[]>;
  /** Messages by error slot: a field's name, or a group's path (countries, participants.bySex…). */
  issues: Map<string, string[]>;
  /** How many outcome rows the form has. */
  outcomeRows: number;
};

export const EMPTY_FORM: FormState = { values: new Map(), issues: new Map(), outcomeRows: 1 };

/** Groups whose issues are shown once for the group rather than next to one input. */
export const GROUP_SLOTS = [
  "countries",
  "partners",
  "donors",
  "participants",
  "participants.bySex",
  "participants.byProfession",
  "participants.byCountry",
  "topics",
  "outcomes",
  "narrative",
];

/** Single fields, whether or not the browser sent them. */
const FIELD_SLOTS = [
  "kind",
  "theme",
  "title",
  "startDate",
  "endDate",
  "countryCount",
  "region",
  "place",
  "participants.total",
  "participants.qualifier",
  ...LANGUAGES.map((language) => `narrative.${language}`),
];

/**
 * The slot an issue belongs to: its path if a field has that name, else the nearest group above
 * it (countries.1 → countries), else "" (the summary only). The page's script does the same.
 */
export function slotOf(path: string, slots: ReadonlySet<string>): string {
  const parts = path.split(".");
  while (parts.length > 0) {
    const candidate = parts.join(".");
    if (slots.has(candidate)) return candidate;
    parts.pop();
  }
  return "";
}

export function formState(entries: [string, string][], issues: FieldIssue[], fieldPath: (path: string) => string) {
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  const rows = entries.flatMap(([name]) => {
    const match = /^outcomes\.(\d+)\./.exec(name);
    return match ? [Number(match[1])] : [];
  });
  const outcomeRows = Math.min(20, Math.max(1, ...rows.map((row) => row + 1)));
  const slots = new Set([...GROUP_SLOTS, ...FIELD_SLOTS, ...values.keys()]);
  const bySlot = new Map<string, string[]>();
  for (const issue of issues) {
    const slot = slotOf(fieldPath(issue.path), slots);
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), issue.message]);
  }
  return { values, issues: bySlot, outcomeRows } satisfies FormState;
}
