// The year whose report counts a lab: apart from the lab's schema, so that the table's keys
// (shared/data/model.ts), which every request loads, do not load zod.

/** The year whose report counts the lab, if its set-up date or year is known. */
export function labYear(lab: { setUpOn?: string; year?: number }): number | undefined {
  return lab.setUpOn ? Number(lab.setUpOn.slice(0, 4)) : lab.year;
}
