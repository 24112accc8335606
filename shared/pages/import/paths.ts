// Where the import page is.
export const IMPORT_PAGE_PATH = "/app/import";
