// How large an import may be: the app's body limit reads it at every request, the reader at every file.
export const MAX_IMPORT_ROWS = 20_000;
/** Largest file: under Lambda's 6 MB request once API Gateway has base64-encoded it. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
