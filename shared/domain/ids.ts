// What a record's id may be: here rather than in its schema (common.ts), for the read of one
// record, which checks it without loading zod (shared/api/routes/activity-read.ts).

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const ID_RULE = "use 1–64 letters, digits, '-' or '_'";
